import { Field, ObjectType } from "type-graphql";
import type { lifecycleEvents } from "../../db/schema.js";
import {
  channels,
  lifecycleStages,
  type Channel as ChannelValue,
  type LifecycleStage as Stage,
} from "../../db/tables/enums.js";
import { registerStringEnum } from "../../shared/enums.js";
import { DateScalar } from "../../shared/scalars.js";

export const Channel = registerStringEnum(
  "Channel",
  channels,
  "Where a model is offered; its lifecycle can differ per channel.",
  {
    API: "The maker's developer API.",
    CHAT_APP: "The maker's consumer chat app (e.g. ChatGPT).",
  },
);

export const LifecycleStage = registerStringEnum(
  "LifecycleStage",
  lifecycleStages,
  "A step in a model's life on one channel.",
  {
    ANNOUNCED: "Made public, not yet usable.",
    PREVIEW: "Usable as a preview or beta.",
    RELEASED: "Generally available.",
    DEPRECATED: "Still usable, with a retirement announced; move off it.",
    RETIRED: "No longer served.",
  },
);

export const modelStatuses = [
  "UNRELEASED",
  "PREVIEW",
  "ACTIVE",
  "DEPRECATED",
  "RETIRED",
  "UNKNOWN",
] as const;
export type ModelStatusValue = (typeof modelStatuses)[number];
export const ModelStatus = registerStringEnum(
  "ModelStatus",
  modelStatuses,
  "Where a model stands on a channel on a given day, derived from its lifecycle events.",
  {
    UNRELEASED: "Before its first event on the channel, or announced only.",
    PREVIEW: "In preview.",
    ACTIVE: "Released and not deprecated.",
    DEPRECATED: "Deprecated: still served, retirement announced.",
    RETIRED: "Retired: no longer served.",
    UNKNOWN: "Nothing is known about the model on this channel.",
  },
);

@ObjectType({ description: "A dated step in a model's life on one channel." })
export class LifecycleEvent {
  rowId!: number;
  modelId!: number;
  sourceId!: number | null;

  @Field(() => Channel, { description: "Where it happened." })
  channel!: ChannelValue;

  @Field(() => LifecycleStage, { description: "What happened." })
  stage!: Stage;

  @Field(() => DateScalar, { description: "The day it takes effect." })
  date!: string;

  @Field(() => String, {
    nullable: true,
    description: "Details, e.g. the recommended replacement.",
  })
  note!: string | null;

  static fromRow(row: typeof lifecycleEvents.$inferSelect): LifecycleEvent {
    const { id, ...fields } = row;
    return Object.assign(new LifecycleEvent(), fields, { rowId: id });
  }
}
