import { Field, Float, ObjectType } from "type-graphql";
import type { modelRelations } from "../../db/schema.js";
import {
  relationKinds,
  type RelationKind as Kind,
  type RelationOrigin,
} from "../../db/tables/enums.js";
import { registerStringEnum } from "../../graphql/enums.js";
import { DateScalar } from "../../graphql/scalars.js";

export const RelationKind = registerStringEnum(
  "RelationKind",
  relationKinds,
  "What an edge from one model to another means; read it as `from` → `to`.",
  {
    SUCCESSOR: "`to` succeeds `from`: the replacement its maker recommends.",
    RELATED: "`to` is related to `from` in some other way (see the note).",
    SIBLING: "`to` is a sibling of `from`: same generation, different size or purpose.",
    DISTILLED_FROM: "`from` was distilled from `to`.",
    FINE_TUNED_FROM: "`from` was fine-tuned from `to`.",
    SNAPSHOT_OF: "`from` is a dated snapshot of `to`.",
  },
);

export const relationDirections = ["OUTGOING", "INCOMING", "BOTH"] as const;
export type RelationDirectionValue = (typeof relationDirections)[number];
export const RelationDirection = registerStringEnum(
  "RelationDirection",
  relationDirections,
  "Which of a model's edges to follow.",
  {
    OUTGOING: "Edges from this model to others.",
    INCOMING: "Edges from others to this model.",
    BOTH: "Edges either way.",
  },
);

@ObjectType({ description: "A typed, directed edge between two models, with its provenance." })
export class ModelRelation {
  rowId!: number;
  fromModelId!: number;
  toModelId!: number;
  sourceId!: number | null;
  origin!: RelationOrigin;

  @Field(() => RelationKind, { description: "What the edge means." })
  kind!: Kind;

  @Field(() => String, { nullable: true, description: "Why the edge is there, in words." })
  note!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day the edge became true." })
  since!: string | null;

  @Field(() => Boolean, {
    description:
      "Whether a rule proposed the edge (see `rule` and `confidence`) rather than a source stating it. Sourced edges always win over inferred ones; a curator can confirm or reject a proposal (`reviewInferredRelation`).",
  })
  get inferred(): boolean {
    return this.origin === "inferred";
  }

  @Field(() => String, {
    nullable: true,
    description:
      "For an inferred edge, the rule that proposed it (e.g. `family-release-order`); null for a sourced one.",
  })
  rule!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "For an inferred edge, how sure its rule is, from 0 to 1; null for a sourced one.",
  })
  confidence!: number | null;

  static fromRow(row: typeof modelRelations.$inferSelect): ModelRelation {
    const { id, ...fields } = row;
    return Object.assign(new ModelRelation(), fields, { rowId: id });
  }
}
