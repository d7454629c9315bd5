import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Channel as ChannelValue } from "../../db/tables/enums.js";
import { DateScalar } from "../../graphql/scalars.js";
import type { ChangesContext } from "../changes/index.js";
import { Model, ModelPayload, type ModelsContext } from "../models/index.js";
import { Source, type SourcesContext } from "../sources/index.js";
import type { LifecycleContext } from "./index.js";
import { Channel, ModelStatus, type ModelStatusValue } from "../../graphql/enums.js";
import { LifecycleEventInput } from "./lifecycle.input.js";
import { LifecycleEvent } from "./lifecycle.type.js";
import { recordLifecycleEvent } from "./lifecycle.writer.js";
import { statusAt } from "./status.js";

@Resolver(() => LifecycleEvent)
export class LifecycleEventResolver {
  @FieldResolver(() => Source, { nullable: true, description: "Where this event is announced." })
  source(@Root() event: LifecycleEvent, @Ctx() ctx: SourcesContext): Promise<Source | null> {
    return ctx.sources.of(event.sourceId);
  }
}

@Resolver()
export class LifecycleMutationResolver {
  @Mutation(() => ModelPayload, { description: "Records a step in a model's life on a channel." })
  async recordLifecycleEvent(
    @Arg("input", () => LifecycleEventInput, { description: "The event." })
    input: LifecycleEventInput,
    @Ctx() ctx: ModelsContext & ChangesContext,
  ): Promise<ModelPayload> {
    const { value, userErrors } = await ctx.changes.write((work, errors) =>
      recordLifecycleEvent(work, errors, input),
    );
    return { model: value === null ? null : await ctx.models.loaders.byId.load(value), userErrors };
  }
}

@Resolver(() => Model)
export class ModelLifecycleResolver {
  @FieldResolver(() => [LifecycleEvent], {
    description: "Every lifecycle event on every channel, oldest first.",
  })
  lifecycle(@Root() model: Model, @Ctx() ctx: LifecycleContext): Promise<LifecycleEvent[]> {
    return ctx.lifecycle.loaders.forModel.load(model.rowId);
  }

  @FieldResolver(() => ModelStatus, {
    description:
      "Where the model stands on a channel on `asOf` (default today), from its lifecycle.",
  })
  async status(
    @Root() model: Model,
    @Arg("channel", () => Channel, {
      nullable: true,
      defaultValue: "API",
      description: "Which channel.",
    })
    channel: ChannelValue | null,
    @Arg("asOf", () => DateScalar, {
      nullable: true,
      description: "The day to ask about (default today, UTC).",
    })
    asOf: string | null,
    @Ctx() ctx: LifecycleContext,
  ): Promise<ModelStatusValue> {
    const events = await ctx.lifecycle.loaders.forModel.load(model.rowId);
    return statusAt(events, channel ?? "API", asOf ?? ctx.clock.today());
  }
}
