import { Field, InputType } from "type-graphql";
import type { RelationKind as Kind } from "../../db/tables/enums.js";
import { RelationKind } from "../graph/relation.type.js";
import { SourceInput } from "../sources/index.js";

@InputType({
  description: "A curator's verdict on an edge a rule proposed (`ModelRelation.inferred`).",
})
export class ReviewInferredRelationInput {
  @Field(() => String, { description: "Slug or alias of the model the edge starts from." })
  from!: string;

  @Field(() => String, { description: "Slug or alias of the model it points to." })
  to!: string;

  @Field(() => RelationKind, {
    nullable: true,
    defaultValue: "SUCCESSOR",
    description: "The edge's kind.",
  })
  kind!: Kind;

  @Field(() => Boolean, {
    description:
      "true: the edge holds, and becomes a curated edge. false: it does not; it is removed and not proposed again.",
  })
  holds!: boolean;

  @Field(() => String, { nullable: true, description: "Why, in words." })
  note?: string | null;

  @Field(() => SourceInput, { nullable: true, description: "Where the verdict is grounded." })
  source?: SourceInput | null;
}
