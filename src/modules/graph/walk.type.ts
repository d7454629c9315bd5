import { Field, Int, ObjectType } from "type-graphql";
import { Model } from "../models/index.js";
import { ModelRelation } from "./relation.type.js";

@ObjectType({ description: "One model reached on a successor walk, with how it was reached." })
export class ChainStep {
  @Field(() => Int, {
    description: "How many SUCCESSOR edges from the start (1 = a direct successor).",
  })
  depth!: number;

  @Field(() => Model, { description: "The model reached." })
  model!: Model;

  @Field(() => ModelRelation, {
    description: "The SUCCESSOR edge that reached it, from a model one step nearer the start.",
  })
  via!: ModelRelation;
}

@ObjectType({ description: "A shortest path from one model to another along typed edges." })
export class ModelPath {
  @Field(() => Model, { description: "Where the path starts." })
  from!: Model;

  @Field(() => Model, { description: "Where the path ends." })
  to!: Model;

  @Field(() => Int, { description: "How many edges the path has (0 when `from` is `to`)." })
  length!: number;

  @Field(() => [ModelRelation], { description: "The edges, in order from `from` to `to`." })
  steps!: ModelRelation[];

  @Field(() => [Model], { description: "The models along the path, `from` and `to` included." })
  models!: Model[];
}
