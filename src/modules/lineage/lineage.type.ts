import { Field, Float, Int, ObjectType } from "type-graphql";
import type { lifecycleEvents } from "../../db/schema.js";
import type { Channel as ChannelValue, Modality as ModalityValue } from "../../db/tables/enums.js";
import { noticeInForce, type Notice } from "../claims/index.js";
import { Connection } from "../../graphql/connection.type.js";
import { Channel, registerStringEnum } from "../../graphql/enums.js";
import { DateScalar } from "../../graphql/scalars.js";
import { Modality } from "../models/model.type.js";
import {
  replacementKinds,
  type Replacement,
  type ReplacementKind as KindValue,
} from "./replacement.js";

export const ReplacementKind = registerStringEnum(
  "ReplacementKind",
  replacementKinds,
  "How a replacement was found; a walk of several steps takes its weakest step's kind.",
  {
    NAMED:
      "Named by the deprecation notice in force (the maker's, or a tracker of the makers' pages).",
    SOURCED: "Along a SUCCESSOR edge a source or a curator states.",
    INFERRED:
      "Along a SUCCESSOR edge a rule proposed (see `ModelRelation.rule`); no source names it.",
  },
);

@ObjectType({
  description:
    "A deprecation notice as one source published it: on `announcedOn` the model was deprecated on a channel, to retire on `retiresOn`, with named replacements. A maker that moves a date or names another replacement publishes a new notice; the older ones stay.",
})
export class DeprecationNotice {
  notice!: Notice;
  inForceId!: number | undefined;

  /** A notice as the API shows it, among all the notices of its model, on `today`. */
  static of(notice: Notice, all: readonly Notice[], today: string): DeprecationNotice {
    return Object.assign(new DeprecationNotice(), {
      notice,
      inForceId: noticeInForce(all, notice.channel, today)?.id,
    });
  }

  @Field(() => Channel, { description: "The channel the notice is about." })
  get channel(): ChannelValue {
    return this.notice.channel;
  }

  @Field(() => DateScalar, {
    description:
      "The day it was published (for a tracker without dates, the day it was first seen).",
  })
  get announcedOn(): string {
    return this.notice.announcedOn;
  }

  @Field(() => DateScalar, {
    nullable: true,
    description: "The deprecation day, when it differs from the announcement.",
  })
  get deprecatedOn(): string | null {
    return this.notice.deprecatedOn;
  }

  @Field(() => DateScalar, {
    nullable: true,
    description: "The shutdown day; null when none is set yet.",
  })
  get retiresOn(): string | null {
    return this.notice.retiresOn;
  }

  @Field(() => String, {
    nullable: true,
    description: "The notice's own words kept as written (a replacement's mode, a caveat).",
  })
  get note(): string | null {
    return this.notice.note;
  }

  @Field(() => String, {
    description:
      '`curated` (the makers\' tables in the catalog) or the catalog it came from ("deprecations").',
  })
  get origin(): string {
    return this.notice.origin;
  }

  @Field(() => Boolean, {
    description:
      "Whether this is the notice in force today on its channel: the best source's latest announcement.",
  })
  get inForce(): boolean {
    return this.notice.id === this.inForceId;
  }
}

@ObjectType({
  description:
    "A replacement with how it compares: what a team needs to decide whether to move to it.",
})
export class ReplacementAdvice {
  found!: Replacement;
  fromModelId!: number;
  day!: string;

  @Field(() => ReplacementKind, { description: "How the replacement was found." })
  get kind(): KindValue {
    return this.found.kind;
  }

  @Field(() => Int, { description: "How many steps from the model asked about (1: named by it)." })
  get depth(): number {
    return this.found.depth;
  }

  @Field(() => Float, {
    nullable: true,
    description:
      "The replacement's standard input price over the model's, as of the day asked about (0.5: half); null when either price is unknown.",
  })
  inputPriceRatio!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The same ratio for output tokens.",
  })
  outputPriceRatio!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The replacement's context window over the model's (2: twice as long); null when either is unknown.",
  })
  contextWindowRatio!: number | null;

  @Field(() => [Modality], {
    description: "Input modalities the replacement accepts and the model did not.",
  })
  inputModalitiesGained!: ModalityValue[];

  @Field(() => [Modality], {
    description: "Input modalities the model accepted and the replacement does not.",
  })
  inputModalitiesLost!: ModalityValue[];

  @Field(() => [Modality], {
    description: "Output modalities the replacement produces and the model did not.",
  })
  outputModalitiesGained!: ModalityValue[];

  @Field(() => [Modality], {
    description: "Output modalities the model produced and the replacement does not.",
  })
  outputModalitiesLost!: ModalityValue[];
}

@ObjectType({
  description:
    "A model retiring on a channel, with what to move to: one row of a migration plan (`migrationsDue`).",
})
export class Migration {
  eventId!: number;
  modelId!: number;
  sourceId!: number | null;

  @Field(() => Channel, { description: "Where it retires." })
  channel!: ChannelValue;

  @Field(() => DateScalar, { description: "The day it retires there." })
  retiresOn!: string;

  static fromEvent(row: typeof lifecycleEvents.$inferSelect): Migration {
    return Object.assign(new Migration(), {
      eventId: row.id,
      modelId: row.modelId,
      sourceId: row.sourceId,
      channel: row.channel,
      retiresOn: row.date,
    });
  }
}

@ObjectType({ description: "A page of migrations, soonest retirement first." })
export class MigrationConnection extends Connection(Migration, "Migration", "migrations") {}
