import { Field, ID, InterfaceType } from "type-graphql";

/** Anything a client can refetch by its global id with `node(id:)`. */
@InterfaceType({ description: "An object with a global id that `node(id:)` resolves." })
export abstract class Node {
  @Field(() => ID, { description: "An opaque global id; pass it to `node(id:)` to refetch." })
  id!: string;
}
