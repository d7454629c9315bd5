import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";

@ObjectType({ description: "Where a page of a connection stands in the whole list (Relay)." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether items come before this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of the first edge of this page.",
  })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the last edge of this page." })
  endCursor!: string | null;
}

@ArgsType()
// Matches PageArgs (sql/pagination.ts) by shape; the GraphQL floor does not import the SQL one.
export class ForwardPageArgs {
  @Field(() => Int, {
    nullable: true,
    description: "How many items to return, from 0 to 100 (default 20).",
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Return the items after this cursor (an edge's `cursor` or `pageInfo.endCursor`).",
  })
  after?: string | null;
}

@ArgsType()
export class PageArgsType extends ForwardPageArgs {
  @Field(() => Int, {
    nullable: true,
    description: "How many items to return from the end, from 0 to 100; pairs with `before`.",
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Return the items before this cursor (`pageInfo.startCursor`).",
  })
  before?: string | null;
}

/**
 * Builds the Relay connection and edge types for one node type: `<Name>Connection` with `edges`,
 * a flat `nodes` list, `pageInfo` and `totalCount`.
 */
export function Connection<T extends object>(node: ClassType<T>, name: string, plural: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Pass it as `after` or `before` to page from here." })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [Edge], { description: `The ${plural} of this page, each with its cursor.` })
    edges!: Edge[];

    @Field(() => [node], { description: `The ${plural} of this page, without cursors.` })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Whether there is more before or after this page." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${plural} the whole list holds, across all pages.` })
    totalCount!: number;
  }
  return ConnectionType;
}
