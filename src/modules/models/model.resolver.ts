import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Modality as ModalityValue } from "../../db/tables/enums.js";
import { PageArgsType } from "../../graphql/connection.type.js";
import type { Page } from "../../sql/pagination.js";
import { toGlobalId } from "../../graphql/ids.js";
import { DeletePayload } from "../../graphql/user-errors.js";
import type { ChangesContext } from "../changes/index.js";
import type { ModelsContext } from "./index.js";
import { ModelFilter, ModelInput, ModelOrder, ModelPayload } from "./model.input.js";
import { deleteModel, upsertModel } from "./model.writer.js";
import { FaqEntry, Modality, Model, ModelConnection } from "./model.type.js";

@Resolver(() => Model)
export class ModelResolver {
  @Query(() => Model, {
    nullable: true,
    description: "A model by its slug or any of its aliases, in any case; null when none matches.",
  })
  async model(
    @Arg("slug", () => String, {
      description: 'A slug or alias, e.g. "o4-mini" or "openai/o4-mini".',
    })
    slug: string,
    @Ctx() ctx: ModelsContext,
  ): Promise<Model | null> {
    const found = await ctx.models.loaders.bySlug.load(slug.trim().toLowerCase());
    return found?.model ?? null;
  }

  @Query(() => ModelConnection, { description: "Models, filtered and sorted, a page at a time." })
  async models(
    @Arg("filter", () => ModelFilter, { nullable: true, description: "Which models to list." })
    filter: ModelFilter | null,
    @Arg("orderBy", () => ModelOrder, {
      nullable: true,
      description: "How to sort them (default: the order they were added).",
    })
    orderBy: ModelOrder | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: ModelsContext,
  ): Promise<Page<Model>> {
    return ctx.models.page(page, filter, orderBy);
  }

  @FieldResolver(() => [String], {
    description: 'Other ids the same model goes by, e.g. "o4-mini-2025-04-16", "openai/o4-mini".',
  })
  async aliases(@Root() model: Model, @Ctx() ctx: ModelsContext): Promise<string[]> {
    return (await ctx.models.loaders.aliases.load(model.rowId)).map((a) => a.alias);
  }

  @FieldResolver(() => [Modality], { description: "What the model takes in, e.g. [TEXT, IMAGE]." })
  async inputModalities(@Root() model: Model, @Ctx() ctx: ModelsContext): Promise<ModalityValue[]> {
    const rows = await ctx.models.loaders.modalities.load(model.rowId);
    return rows.filter((r) => r.direction === "INPUT").map((r) => r.modality);
  }

  @FieldResolver(() => [Modality], { description: "What the model gives out, e.g. [TEXT]." })
  async outputModalities(
    @Root() model: Model,
    @Ctx() ctx: ModelsContext,
  ): Promise<ModalityValue[]> {
    const rows = await ctx.models.loaders.modalities.load(model.rowId);
    return rows.filter((r) => r.direction === "OUTPUT").map((r) => r.modality);
  }

  @FieldResolver(() => [String], {
    description: 'The "Best for" points of the model page, in order.',
  })
  async bestFor(@Root() model: Model, @Ctx() ctx: ModelsContext): Promise<string[]> {
    return (await ctx.models.loaders.bestFor.load(model.rowId)).map((r) => r.text);
  }

  @FieldResolver(() => [String], { description: "What the model struggles with, in order." })
  async limitations(@Root() model: Model, @Ctx() ctx: ModelsContext): Promise<string[]> {
    return (await ctx.models.loaders.limitations.load(model.rowId)).map((r) => r.text);
  }

  @FieldResolver(() => [FaqEntry], { description: "Frequently asked questions, in page order." })
  async faq(@Root() model: Model, @Ctx() ctx: ModelsContext): Promise<FaqEntry[]> {
    return ctx.models.loaders.faq.load(model.rowId);
  }
}

@Resolver()
export class ModelMutationResolver {
  @Mutation(() => ModelPayload, {
    description:
      "Creates a model, or updates the one with this slug; each list given replaces the stored one.",
  })
  async upsertModel(
    @Arg("input", () => ModelInput, { description: "The model." }) input: ModelInput,
    @Ctx() ctx: ModelsContext & ChangesContext,
  ): Promise<ModelPayload> {
    const { value, userErrors } = await ctx.changes.write((work, errors) =>
      upsertModel(work, errors, input),
    );
    return { model: value === null ? null : await ctx.models.loaders.byId.load(value), userErrors };
  }

  @Mutation(() => DeletePayload, {
    description:
      "Deletes a model with its prices, results, lifecycle events, lists and every edge to or from it.",
  })
  async deleteModel(
    @Arg("slug", () => String, { description: "The slug (or an alias) of the model to delete." })
    slug: string,
    @Ctx() ctx: ChangesContext,
  ): Promise<DeletePayload> {
    const { value, userErrors } = await ctx.changes.write((work, errors) =>
      deleteModel(work, errors, slug),
    );
    return { deletedId: value === null ? null : toGlobalId("Model", value), userErrors };
  }
}
