import type { UserErrors } from "../../graphql/user-errors.js";

/** Slugs are lower-kebab handles: "o4-mini", "gpt-5.4-mini", "aime-2025". */
export const slugPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** A write's check of a slug it is given: lower-kebab, at most 200 characters. */
export function checkSlug(errors: UserErrors, field: string[], value: string): boolean {
  return slugPattern.test(value) && value.length <= 200
    ? true
    : errors.add(
        field,
        `must be a lower-kebab slug of at most 200 characters (a-z, 0-9, "-", "."), got ${JSON.stringify(value)}`,
      );
}
