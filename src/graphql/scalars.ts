import { GraphQLScalarType, Kind } from "graphql";
import { badUserInput } from "./errors.js";
import { isIsoDate } from "../shared/dates.js";

/**
 * A `Date` input that is a string but not a real ISO calendar day. The scalar lets it through so
 * that a mutation can report it as a `userErrors` entry naming its field; everywhere else the
 * `applyDateChecks` wrapper turns it into a BAD_USER_INPUT error before any resolver runs.
 */
export class InvalidDate {
  constructor(readonly text: string) {}

  get message(): string {
    return `must be an ISO calendar date such as "2026-10-23", got ${JSON.stringify(this.text)}`;
  }
}

function parseDate(value: unknown): string | InvalidDate {
  if (typeof value !== "string") {
    throw badUserInput(`Date must be a string such as "2026-10-23", got ${JSON.stringify(value)}`);
  }
  return isIsoDate(value) ? value : new InvalidDate(value);
}

/** `Date`: an ISO calendar date, kept as a YYYY-MM-DD string end to end. */
export const DateScalar = new GraphQLScalarType<string | InvalidDate, string>({
  name: "Date",
  description: 'An ISO 8601 calendar date without time or zone, e.g. "2026-10-23".',
  specifiedByURL: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6",
  serialize: (value) => {
    if (typeof value !== "string" || !isIsoDate(value))
      throw new Error(`not a Date: ${String(value)}`);
    return value;
  },
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** `DateTime`: an instant, as an ISO 8601 UTC timestamp. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: "DateTime",
  description: 'An ISO 8601 instant in UTC, e.g. "2026-11-25T18:43:00.000Z".',
  specifiedByURL: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6",
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== "string" || Number.isNaN(Date.parse(value))) {
      throw badUserInput(`DateTime must be an ISO 8601 timestamp, got ${JSON.stringify(value)}`);
    }
    return new Date(value).toISOString();
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(Date.parse(ast.value))) {
      throw badUserInput("DateTime must be an ISO 8601 timestamp");
    }
    return new Date(ast.value).toISOString();
  },
});
