import { GraphQLScalarType, Kind } from "graphql";
import { badUserInput } from "./errors.js";
import { isIsoDate } from "./dates.js";

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw badUserInput(
      `Date must be an ISO calendar date such as "2026-10-23", got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** `Date`: an ISO calendar date, kept as a YYYY-MM-DD string end to end. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: 'An ISO 8601 calendar date without time or zone, e.g. "2026-10-23".',
  specifiedByURL: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6",
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
