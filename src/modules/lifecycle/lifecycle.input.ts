import { Field, InputType } from "type-graphql";
import type { Channel as ChannelValue, LifecycleStage as Stage } from "../../db/tables/enums.js";
import { Channel } from "../../graphql/enums.js";
import { DateScalar } from "../../graphql/scalars.js";
import { SourceInput } from "../sources/index.js";
import { LifecycleStage } from "./lifecycle.type.js";

@InputType({
  description:
    "A step in a model's life on a channel. Recording a stage the model already has on that channel moves it to the new date.",
})
export class LifecycleEventInput {
  @Field(() => String, { description: "The model's slug or alias." })
  model!: string;

  @Field(() => Channel, { description: "Where it happens." })
  channel!: ChannelValue;

  @Field(() => LifecycleStage, { description: "What happens." })
  stage!: Stage;

  @Field(() => DateScalar, { description: "The day it takes effect." })
  date!: string;

  @Field(() => String, {
    nullable: true,
    description: "Details, e.g. the recommended replacement.",
  })
  note?: string | null;

  @Field(() => SourceInput, { nullable: true, description: "Where it is announced." })
  source?: SourceInput | null;
}
