import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { ForwardPageArgs } from "../../graphql/connection.type.js";
import type { Page } from "../../sql/pagination.js";
import { Model, ModelConnection, type ModelsContext } from "../models/index.js";
import type { ChangesContext } from "../changes/index.js";
import type { ProvidersContext } from "./index.js";
import { ProviderInput, ProviderPayload } from "./provider.input.js";
import { upsertProvider } from "./provider.writer.js";
import { Provider, ProviderConnection } from "./provider.type.js";

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => Provider, {
    nullable: true,
    description: "A provider by slug; null when none matches.",
  })
  provider(
    @Arg("slug", () => String, { description: 'The provider\'s slug, e.g. "openai".' })
    slug: string,
    @Ctx() ctx: ProvidersContext,
  ): Promise<Provider | null> {
    return ctx.providers.loaders.bySlug.load(slug.trim().toLowerCase());
  }

  @Query(() => ProviderConnection, { description: "Every provider, by name (then slug)." })
  providers(
    @Args(() => ForwardPageArgs) page: ForwardPageArgs,
    @Ctx() ctx: ProvidersContext,
  ): Page<Provider> {
    return ctx.providers.repository.page(page);
  }

  @FieldResolver(() => ModelConnection, { description: "The models this provider makes, by name." })
  models(
    @Root() provider: Provider,
    @Args(() => ForwardPageArgs) page: ForwardPageArgs,
    @Ctx() ctx: ModelsContext,
  ): Promise<Page<Model>> {
    return ctx.models.scopedPage("provider", provider.rowId, page, {
      field: "NAME",
      direction: "ASC",
    });
  }
}

@Resolver()
export class ProviderMutationResolver {
  @Mutation(() => ProviderPayload, {
    description: "Creates a provider, or updates the one with this slug.",
  })
  async upsertProvider(
    @Arg("input", () => ProviderInput, { description: "The provider." }) input: ProviderInput,
    @Ctx() ctx: ProvidersContext & ChangesContext,
  ): Promise<ProviderPayload> {
    const { value, userErrors } = await ctx.changes.write((work, errors) =>
      upsertProvider(work, errors, input),
    );
    return {
      provider: value === null ? null : await ctx.providers.loaders.byId.load(value),
      userErrors,
    };
  }
}

@Resolver(() => Model)
export class ModelProviderResolver {
  @FieldResolver(() => Provider, { description: "The organisation that makes the model." })
  async provider(@Root() model: Model, @Ctx() ctx: ProvidersContext): Promise<Provider> {
    const provider = await ctx.providers.loaders.byId.load(model.providerId);
    if (!provider) throw new Error(`model ${model.slug} has no provider row ${model.providerId}`);
    return provider;
  }
}
