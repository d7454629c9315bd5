import { Field, ObjectType } from "type-graphql";
import type { lifecycleEvents } from "../../db/schema.js";
import {
  lifecycleStages,
  type Channel as ChannelValue,
  type LifecycleStage as Stage,
} from "../../db/tables/enums.js";
import { Channel, registerStringEnum } from "../../graphql/enums.js";
import { DateScalar } from "../../graphql/scalars.js";

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
