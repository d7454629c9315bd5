import { Field, ObjectType } from "type-graphql";
import { type ClaimValue, displayValue } from "../claims/index.js";

@ObjectType({
  description:
    "Where two sources disagree about a model, after units, rounding, window kinds and date precision are allowed for. The graph keeps `value`; `otherValue` is what another source says.",
})
export class FactConflict {
  modelId!: number;
  sourceId!: number | null;
  otherSourceId!: number | null;

  @Field(() => String, {
    description:
      'The fact, e.g. "knowledgeCutoff", "lifecycle.API.DEPRECATED" or "price.STANDARD".',
  })
  field!: string;

  @Field(() => String, { nullable: true, description: "The value the graph keeps." })
  value!: string | null;

  @Field(() => String, { nullable: true, description: "The value the other source gives." })
  otherValue!: string | null;

  static of(
    modelId: number,
    field: string,
    value: ClaimValue,
    sourceId: number | null,
    otherValue: ClaimValue,
    otherSourceId: number | null,
  ): FactConflict {
    return Object.assign(new FactConflict(), {
      modelId,
      field,
      value: displayValue(value),
      sourceId,
      otherValue: displayValue(otherValue),
      otherSourceId,
    });
  }
}
