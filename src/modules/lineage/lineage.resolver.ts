import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { Channel as ChannelValue } from "../../db/tables/enums.js";
import { ForwardPageArgs } from "../../graphql/connection.type.js";
import { Channel } from "../../graphql/enums.js";
import { badUserInput } from "../../graphql/errors.js";
import type { Page } from "../../sql/pagination.js";
import { DateScalar } from "../../graphql/scalars.js";
import type { ChangesContext } from "../changes/index.js";
import { ModelRelation } from "../graph/index.js";
import { ModelRelationPayload } from "../graph/relation.input.js";
import type { GraphContext } from "../graph/index.js";
import type { LifecycleContext } from "../lifecycle/index.js";
import { Model, type ModelsContext } from "../models/index.js";
import { servedOn, type PricingContext } from "../pricing/index.js";
import { Source, type SourcesContext } from "../sources/index.js";
import type { LineageContext } from "./index.js";
import { ReviewInferredRelationInput } from "./lineage.input.js";
import {
  DeprecationNotice,
  Migration,
  MigrationConnection,
  ReplacementAdvice,
} from "./lineage.type.js";
import { findReplacement, type LineageReader, type Replacement } from "./replacement.js";
import { reviewInferredRelation } from "./review.writer.js";

type Ctx = LineageContext &
  GraphContext &
  LifecycleContext &
  ModelsContext &
  PricingContext &
  SourcesContext;

function reader(ctx: Ctx): LineageReader {
  return {
    notices: (id) => ctx.lineage.loaders.notices.load(id),
    edges: (id) => ctx.graph.loaders.outgoing.load(id),
    events: (id) => ctx.lifecycle.loaders.forModel.load(id),
  };
}

async function loadModel(ctx: ModelsContext, id: number): Promise<Model> {
  const model = await ctx.models.loaders.byId.load(id);
  if (!model) throw new Error(`lineage reached missing model ${id}`);
  return model;
}

const ratio = (value: number | null | undefined, base: number | null | undefined) =>
  value == null || base == null || base === 0 ? null : Math.round((value / base) * 1000) / 1000;

/** The standard-tier price (no long-context threshold) a model is served at on a day. */
async function standardPrice(ctx: Ctx, modelId: number, day: string) {
  const prices = servedOn(await ctx.pricing.loaders.forModel.load(modelId), day);
  return prices.find((p) => p.tier === "STANDARD" && p.minPromptTokens === null);
}

async function modalities(ctx: Ctx, modelId: number) {
  const rows = await ctx.models.loaders.modalities.load(modelId);
  return {
    INPUT: rows.filter((r) => r.direction === "INPUT").map((r) => r.modality),
    OUTPUT: rows.filter((r) => r.direction === "OUTPUT").map((r) => r.modality),
  };
}

/** How a replacement compares with the model it replaces, as of `day`. */
async function adviceFor(
  ctx: Ctx,
  fromModelId: number,
  found: Replacement,
  day: string,
): Promise<ReplacementAdvice> {
  const [from, to, fromPrice, toPrice, had, has] = await Promise.all([
    loadModel(ctx, fromModelId),
    loadModel(ctx, found.modelId),
    standardPrice(ctx, fromModelId, day),
    standardPrice(ctx, found.modelId, day),
    modalities(ctx, fromModelId),
    modalities(ctx, found.modelId),
  ]);
  const sameCurrency = fromPrice && toPrice && fromPrice.currency === toPrice.currency;
  return Object.assign(new ReplacementAdvice(), {
    found,
    fromModelId,
    day,
    inputPriceRatio: sameCurrency
      ? ratio(toPrice.inputPerMillion, fromPrice.inputPerMillion)
      : null,
    outputPriceRatio: sameCurrency
      ? ratio(toPrice.outputPerMillion, fromPrice.outputPerMillion)
      : null,
    contextWindowRatio: ratio(to.contextWindow, from.contextWindow),
    inputModalitiesGained: has.INPUT.filter((m) => !had.INPUT.includes(m)),
    inputModalitiesLost: had.INPUT.filter((m) => !has.INPUT.includes(m)),
    outputModalitiesGained: has.OUTPUT.filter((m) => !had.OUTPUT.includes(m)),
    outputModalitiesLost: had.OUTPUT.filter((m) => !has.OUTPUT.includes(m)),
  });
}

@ArgsType()
class ReplacementArgs {
  @Field(() => Channel, {
    nullable: true,
    defaultValue: "API",
    description: "The channel to move within; its own notices and statuses are read.",
  })
  channel!: ChannelValue;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The day to ask about (default today, UTC): notices announced later are not yet known.",
  })
  asOf?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      "Whether to follow edges a rule proposed when no notice or source names a replacement (default true).",
  })
  includeInferred!: boolean;
}

/** The replacement the walk finds for a model, and the day it was asked about. */
async function replacementOf(ctx: Ctx, model: Model, args: ReplacementArgs) {
  const day = args.asOf ?? ctx.clock.today();
  const found = await findReplacement(
    reader(ctx),
    model.rowId,
    args.channel ?? "API",
    day,
    args.includeInferred ?? true,
  );
  return { found, day };
}

const WALK_RULE =
  "Follows, step by step, the replacements each model names: first those of the deprecation notice in force on the channel that day (the API's when the channel has none), else its SUCCESSOR edges stated by a source or curator and true that day (the latest stated first), else — unless `includeInferred` is false — the edges a rule proposed. It stops at the first model that is neither RETIRED nor UNRELEASED on the channel that day; at one depth a named or sourced replacement beats an inferred one, then ACTIVE beats PREVIEW, DEPRECATED and UNKNOWN.";

@Resolver(() => Model)
export class ModelLineageResolver {
  @FieldResolver(() => Model, {
    nullable: true,
    description: `What to move to from this model. ${WALK_RULE} Null when nothing qualifies within 10 steps. \`replacementAdvice\` says which kind of edge was used and how the replacement compares.`,
  })
  async recommendedReplacement(
    @Root() model: Model,
    @Args(() => ReplacementArgs) args: ReplacementArgs,
    @Ctx() ctx: Ctx,
  ): Promise<Model | null> {
    const { found } = await replacementOf(ctx, model, args);
    return found ? loadModel(ctx, found.modelId) : null;
  }

  @FieldResolver(() => ReplacementAdvice, {
    nullable: true,
    description:
      "The recommended replacement (see `recommendedReplacement`, same arguments) with how it was found and how it compares: price ratios as of the day, context window, modalities gained and lost.",
  })
  async replacementAdvice(
    @Root() model: Model,
    @Args(() => ReplacementArgs) args: ReplacementArgs,
    @Ctx() ctx: Ctx,
  ): Promise<ReplacementAdvice | null> {
    const { found, day } = await replacementOf(ctx, model, args);
    return found ? adviceFor(ctx, model.rowId, found, day) : null;
  }

  @FieldResolver(() => [DeprecationNotice], {
    description:
      "Every deprecation notice about the model, oldest announcement first: the makers' (curated) and a tracker's, each with its dates and named replacements. `inForce` marks the one each channel follows today.",
  })
  async deprecationNotices(
    @Root() model: Model,
    @Arg("channel", () => Channel, {
      nullable: true,
      description: "Only the notices about this channel (default all).",
    })
    channel: ChannelValue | null,
    @Ctx() ctx: Ctx,
  ): Promise<DeprecationNotice[]> {
    const notices = await ctx.lineage.loaders.notices.load(model.rowId);
    const today = ctx.clock.today();
    return notices
      .filter((n) => channel == null || n.channel === channel)
      .map((notice) => DeprecationNotice.of(notice, notices, today));
  }
}

@Resolver(() => DeprecationNotice)
export class DeprecationNoticeResolver {
  @FieldResolver(() => [Model], { description: "The replacements it names, in its order." })
  replacements(@Root() n: DeprecationNotice, @Ctx() ctx: ModelsContext): Promise<Model[]> {
    return Promise.all(n.notice.replacementIds.map((id) => loadModel(ctx, id)));
  }

  @FieldResolver(() => Source, { nullable: true, description: "Where the notice is published." })
  source(@Root() n: DeprecationNotice, @Ctx() ctx: SourcesContext): Promise<Source | null> {
    return ctx.sources.of(n.notice.sourceId);
  }
}

@Resolver(() => ReplacementAdvice)
export class ReplacementAdviceResolver {
  @FieldResolver(() => Model, { description: "The replacement." })
  model(@Root() advice: ReplacementAdvice, @Ctx() ctx: ModelsContext): Promise<Model> {
    return loadModel(ctx, advice.found.modelId);
  }

  @FieldResolver(() => [Model], {
    description:
      "The models walked through, the model asked about first and the replacement last (more than two when a named replacement had itself retired).",
  })
  path(@Root() advice: ReplacementAdvice, @Ctx() ctx: ModelsContext): Promise<Model[]> {
    return Promise.all(advice.found.path.map((id) => loadModel(ctx, id)));
  }

  @FieldResolver(() => ModelRelation, {
    nullable: true,
    description: "The edge of the last step, when it followed one (SOURCED or INFERRED).",
  })
  via(@Root() advice: ReplacementAdvice): ModelRelation | null {
    return advice.found.edge ?? null;
  }

  @FieldResolver(() => DeprecationNotice, {
    nullable: true,
    description: "The notice that named the replacement in the last step, when one did (NAMED).",
  })
  async notice(
    @Root() advice: ReplacementAdvice,
    @Ctx() ctx: Ctx,
  ): Promise<DeprecationNotice | null> {
    const notice = advice.found.notice;
    if (!notice) return null;
    const all = await ctx.lineage.loaders.notices.load(notice.modelId);
    return DeprecationNotice.of(notice, all, ctx.clock.today());
  }
}

/** A migration's replacement: what runs on its channel on the day it retires, found that day. */
async function migrationAdvice(ctx: Ctx, m: Migration): Promise<ReplacementAdvice | null> {
  const key = `${m.modelId}|${m.channel}|${m.retiresOn}`;
  let pending = ctx.lineage.advice.get(key);
  if (!pending) {
    pending = findReplacement(reader(ctx), m.modelId, m.channel, m.retiresOn).then((found) =>
      found ? adviceFor(ctx, m.modelId, found, m.retiresOn) : null,
    );
    ctx.lineage.advice.set(key, pending);
  }
  return pending;
}

@Resolver(() => Migration)
export class MigrationResolver {
  @FieldResolver(() => Model, { description: "The model that retires." })
  model(@Root() m: Migration, @Ctx() ctx: ModelsContext): Promise<Model> {
    return loadModel(ctx, m.modelId);
  }

  @FieldResolver(() => Model, {
    nullable: true,
    description:
      "What to move to: the recommended replacement on the channel as of the retirement day (so it still runs then); null when none is known.",
  })
  async replacement(@Root() m: Migration, @Ctx() ctx: Ctx): Promise<Model | null> {
    const advice = await migrationAdvice(ctx, m);
    return advice ? loadModel(ctx, advice.found.modelId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "How the replacement was found: NAMED (by the deprecation notice), SOURCED (a stated edge) or INFERRED (a rule's proposal).",
  })
  async replacementKind(@Root() m: Migration, @Ctx() ctx: Ctx): Promise<string | null> {
    return (await migrationAdvice(ctx, m))?.kind ?? null;
  }

  @FieldResolver(() => Number, {
    nullable: true,
    description: "The replacement's standard input price over the model's (0.5: half).",
  })
  async inputPriceRatio(@Root() m: Migration, @Ctx() ctx: Ctx): Promise<number | null> {
    return (await migrationAdvice(ctx, m))?.inputPriceRatio ?? null;
  }

  @FieldResolver(() => Number, {
    nullable: true,
    description: "The replacement's standard output price over the model's.",
  })
  async outputPriceRatio(@Root() m: Migration, @Ctx() ctx: Ctx): Promise<number | null> {
    return (await migrationAdvice(ctx, m))?.outputPriceRatio ?? null;
  }

  @FieldResolver(() => ReplacementAdvice, {
    nullable: true,
    description: "The replacement in full: path, kind, context window and modalities compared.",
  })
  advice(@Root() m: Migration, @Ctx() ctx: Ctx): Promise<ReplacementAdvice | null> {
    return migrationAdvice(ctx, m);
  }

  @FieldResolver(() => Source, { nullable: true, description: "Where the retirement is stated." })
  source(@Root() m: Migration, @Ctx() ctx: SourcesContext): Promise<Source | null> {
    return ctx.sources.of(m.sourceId);
  }
}

@Resolver()
export class MigrationsQueryResolver {
  @Query(() => MigrationConnection, {
    description:
      "Models retiring from `from` (default today) up to and including `before`, soonest first, each with what to move to: a migration plan for the quarter ahead.",
  })
  migrationsDue(
    @Arg("before", () => DateScalar, {
      description: "The last day to include, e.g. the end of the quarter being planned.",
    })
    before: string,
    @Arg("channel", () => Channel, {
      nullable: true,
      description: "Only retirements on this channel (default every channel).",
    })
    channel: ChannelValue | null,
    @Arg("from", () => DateScalar, {
      nullable: true,
      description:
        "The first day to include (default today); an earlier day lists past retirements too.",
    })
    from: string | null,
    @Args(() => ForwardPageArgs) page: ForwardPageArgs,
    @Ctx() ctx: Ctx,
  ): Page<Migration> {
    const start = from ?? ctx.clock.today();
    if (start > before)
      throw badUserInput(`before (${before}) must not be earlier than from (${start})`, "before");
    return ctx.lineage.migrations.page(page, start, before, channel);
  }
}

@Resolver()
export class LineageMutationResolver {
  @Mutation(() => ModelRelationPayload, {
    description:
      "Confirms or rejects an edge a rule proposed (`inferred: true`): confirmed, it becomes a curated edge; rejected, it is removed and the rule does not propose it again.",
  })
  async reviewInferredRelation(
    @Arg("input", () => ReviewInferredRelationInput, { description: "The edge and the verdict." })
    input: ReviewInferredRelationInput,
    @Ctx() ctx: ChangesContext,
  ): Promise<ModelRelationPayload> {
    const { value, userErrors } = await ctx.changes.write((work, errors) =>
      reviewInferredRelation(work, errors, input, ctx.clock.now().toISOString()),
    );
    return { relation: value ?? null, userErrors };
  }
}
