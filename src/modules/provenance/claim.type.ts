import { Field, ObjectType } from "type-graphql";
import type { DatePrecision as DatePrecisionValue } from "../../db/tables/enums.js";
import { DateScalar } from "../../graphql/scalars.js";
import { DatePrecision } from "../models/index.js";

@ObjectType({
  description:
    "What one source says about one fact of a model. The graph serves the winning claim of each field: curated facts (the project's own catalog and API writes) first, then the public catalogs in a documented order per field.",
})
export class Claim {
  modelId!: number;
  sourceId!: number | null;
  origin!: string;

  @Field(() => String, {
    description:
      'The fact: a Model field ("releaseDate", "contextWindow", "inputModalities"…) or a lifecycle date ("lifecycle.API.DEPRECATED").',
  })
  field!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value as the source states it ("2024-05", "200000", "TEXT, IMAGE").',
  })
  value!: string | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: "For dates: whether the source states a day, a month or a year.",
  })
  precision!: DatePrecisionValue | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The day the source was observed: a catalog's snapshot, or the day a curated source was retrieved.",
  })
  observedOn!: string | null;

  @Field(() => Boolean, { description: "Whether the graph serves this claim's value." })
  wins!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Why this claim wins, or why another one does.",
  })
  reason!: string | null;
}
