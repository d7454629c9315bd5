import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { badUserInput } from "./errors.js";
import { DateScalar, InvalidDate } from "./scalars.js";

/** The path and value of the first invalid date inside a resolver's arguments, if any. */
export function findInvalidDate(
  value: unknown,
  path: string[] = [],
): { path: string[]; date: InvalidDate } | null {
  if (value instanceof InvalidDate) return { path, date: value };
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findInvalidDate(item, [...path, String(i)]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = findInvalidDate(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** Whether a value of this input type can hold a `Date`, at any depth. */
function holdsDate(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named === DateScalar) return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => holdsDate(field.type, seen));
}

/**
 * Refuses a malformed `Date` argument with BAD_USER_INPUT before the resolver runs, on the fields
 * that take a date (no other field pays for the check). Mutations are the exception: they report
 * it in `userErrors`, naming the input field.
 */
export function applyDateChecks(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => holdsDate(arg.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const found = findInvalidDate(args);
        if (found)
          throw badUserInput(`${found.path.join(".")} ${found.date.message}`, found.path.join("."));
        return resolve(source, args, context, info);
      };
    }
  }
}
