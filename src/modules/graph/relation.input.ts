import { Field, InputType, ObjectType } from "type-graphql";
import type { RelationKind as Kind } from "../../db/tables/enums.js";
import { DateScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-errors.js";
import { SourceInput } from "../sources/index.js";
import { ModelRelation, RelationKind } from "./relation.type.js";

@InputType({ description: "An edge to add between two models: `from` → `to`." })
export class LinkModelsInput {
  @Field(() => String, { description: "Slug or alias of the model the edge starts from." })
  from!: string;

  @Field(() => String, { description: "Slug or alias of the model it points to." })
  to!: string;

  @Field(() => RelationKind, { description: "What the edge means." })
  kind!: Kind;

  @Field(() => String, { nullable: true, description: "Why the edge is there." })
  note?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day the edge became true." })
  since?: string | null;

  @Field(() => SourceInput, { nullable: true, description: "Where the edge is stated." })
  source?: SourceInput | null;
}

@InputType({ description: "The edge to remove." })
export class UnlinkModelsInput {
  @Field(() => String, { description: "Slug or alias of the model the edge starts from." })
  from!: string;

  @Field(() => String, { description: "Slug or alias of the model it points to." })
  to!: string;

  @Field(() => RelationKind, { description: "The edge's kind." })
  kind!: Kind;
}

@ObjectType({ description: "The result of linkModels." })
export class ModelRelationPayload {
  @Field(() => ModelRelation, {
    nullable: true,
    description: "The edge as written; null when refused.",
  })
  relation!: ModelRelation | null;

  @Field(() => [UserError], {
    description: "What was wrong with the input; empty when the write was accepted.",
  })
  userErrors!: UserError[];
}
