import { registerEnumType } from "type-graphql";
import {
  channels,
  modelStatuses,
  type ModelStatus as ModelStatusValue,
} from "../db/tables/enums.js";

/**
 * Registers a GraphQL enum whose values are the strings of a const list (the same list the
 * database CHECKs), with a description for the type and for every value.
 */
export function registerStringEnum<const V extends string>(
  name: string,
  values: readonly V[],
  description: string,
  valueDescriptions: Record<V, string>,
): Record<V, V> {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as Record<V, V>;
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      values.map((v) => [v, { description: valueDescriptions[v] }]),
    ) as Record<V, { description: string }>,
  });
  return enumObject;
}

export const orderDirections = ["ASC", "DESC"] as const;
export type OrderDirection = (typeof orderDirections)[number];
export const OrderDirection = registerStringEnum(
  "OrderDirection",
  orderDirections,
  "Which way a list is sorted. Items without the sorted value come last either way.",
  { ASC: "Smallest (or earliest, or A) first.", DESC: "Largest (or latest, or Z) first." },
);

// Enums that more than one module's types use (the lifecycle's own, and the models filter).

export const Channel = registerStringEnum(
  "Channel",
  channels,
  "Where a model is offered; its lifecycle can differ per channel.",
  {
    API: "The maker's developer API.",
    CHAT_APP: "The maker's consumer chat app (e.g. ChatGPT).",
    AZURE:
      "Microsoft Azure (Azure OpenAI / Azure AI Foundry), which retires models on its own schedule.",
    AWS_BEDROCK: "Amazon Bedrock, which retires models on its own schedule.",
    GOOGLE_VERTEX: "Google Cloud Vertex AI, which retires models on its own schedule.",
  },
);

export type { ModelStatusValue };
export const ModelStatus = registerStringEnum(
  "ModelStatus",
  modelStatuses,
  "Where a model stands on a channel on a given day, derived from its lifecycle events.",
  {
    UNRELEASED: "Before its release (its first event on the channel), or announced only.",
    PREVIEW: "In preview.",
    ACTIVE: "Released and not deprecated.",
    DEPRECATED: "Deprecated: still served, retirement announced.",
    RETIRED: "Retired: no longer served.",
    UNKNOWN:
      "Nothing is known about the model on this channel on that day: no event, or only a deprecation or retirement after it (its release is undated).",
  },
);

/** Orderings of models computed for every candidate (a price on a day, a best score): a sort reads every model. */
export const computedModelOrders: ReadonlySet<string> = new Set([
  "INPUT_PRICE",
  "OUTPUT_PRICE",
  "BENCHMARK_SCORE",
]);
