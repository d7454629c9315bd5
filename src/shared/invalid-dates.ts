import type { MiddlewareFn } from "type-graphql";
import { badUserInput } from "./errors.js";
import { InvalidDate } from "./scalars.js";

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

/**
 * Refuses a malformed `Date` argument with BAD_USER_INPUT before the resolver runs. Mutations are
 * the exception: they report it in `userErrors`, naming the input field.
 */
export const rejectInvalidDates: MiddlewareFn = ({ args, info }, next) => {
  if (info.parentType.name !== "Mutation") {
    const found = findInvalidDate(args);
    if (found)
      throw badUserInput(`${found.path.join(".")} ${found.date.message}`, found.path.join("."));
  }
  return next();
};
