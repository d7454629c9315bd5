import { registerEnumType } from "type-graphql";

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
