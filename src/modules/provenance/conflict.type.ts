import { Field, ObjectType } from "type-graphql";
import type { factConflicts } from "../../db/schema.js";

@ObjectType({
  description:
    "Where two sources disagree about a model. The graph keeps `value`; `otherValue` is what another source says.",
})
export class FactConflict {
  modelId!: number;
  sourceId!: number | null;
  otherSourceId!: number | null;

  @Field(() => String, { description: 'The fact, e.g. "knowledgeCutoff" or "price.STANDARD".' })
  field!: string;

  @Field(() => String, { nullable: true, description: "The value the graph keeps." })
  value!: string | null;

  @Field(() => String, { nullable: true, description: "The value the other source gives." })
  otherValue!: string | null;

  static fromRow(row: typeof factConflicts.$inferSelect): FactConflict {
    return Object.assign(new FactConflict(), row);
  }
}
