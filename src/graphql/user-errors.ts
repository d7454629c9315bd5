import { Field, ID, ObjectType } from "type-graphql";
import { registerStringEnum } from "./enums.js";
import { isIsoDate } from "../shared/dates.js";
import { InvalidDate } from "./scalars.js";

export const userErrorCodes = ["INVALID", "NOT_FOUND", "CONFLICT", "CYCLE_NOT_ALLOWED"] as const;
export type UserErrorCodeValue = (typeof userErrorCodes)[number];
export const UserErrorCode = registerStringEnum(
  "UserErrorCode",
  userErrorCodes,
  "Why a write was refused; stable, for clients to branch on.",
  {
    INVALID: "A value is malformed or out of range.",
    NOT_FOUND: "A slug names nothing.",
    CONFLICT: "The write clashes with what is already there (a duplicate, an overlapping price).",
    CYCLE_NOT_ALLOWED: "The edge would make a model derive from itself.",
  },
);

@ObjectType({ description: "Something wrong with a write's input. The write changed nothing." })
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description:
      'The path of the input field at fault, e.g. ["input", "prices", "0", "inputPerMillion"].',
  })
  field!: string[] | null;

  @Field(() => String, { description: "What is wrong and how to fix it." })
  message!: string;

  @Field(() => UserErrorCode, { description: "Why, as a stable code." })
  code!: UserErrorCodeValue;
}

const MAX_TEXT = 20_000;

/**
 * Collects the user errors of one write. Each check names the input path it looks at and returns
 * whether the value passed, so a writer can skip work that depends on a bad value.
 */
export class UserErrors {
  readonly list: UserError[] = [];

  get any(): boolean {
    return this.list.length > 0;
  }

  add(field: string[], message: string, code: UserErrorCodeValue = "INVALID"): false {
    this.list.push(Object.assign(new UserError(), { field, message, code }));
    return false;
  }

  text(
    field: string[],
    value: string | null | undefined,
    options: { required?: boolean; max?: number } = {},
  ): boolean {
    if (value == null) return options.required ? this.add(field, "is required") : true;
    if (options.required && value.trim() === "") return this.add(field, "must not be empty");
    const max = options.max ?? MAX_TEXT;
    return value.length <= max
      ? true
      : this.add(field, `must be at most ${max} characters, got ${value.length}`);
  }

  date(field: string[], value: unknown): boolean {
    if (value == null) return true;
    if (value instanceof InvalidDate) return this.add(field, value.message);
    return typeof value === "string" && isIsoDate(value)
      ? true
      : this.add(field, "must be an ISO calendar date");
  }

  /** A finite number of 0 or more (prices, speeds). */
  nonNegative(field: string[], value: number | null | undefined): boolean {
    if (value == null) return true;
    return Number.isFinite(value) && value >= 0
      ? true
      : this.add(field, `must be a finite number of 0 or more, got ${value}`);
  }

  positiveInt(field: string[], value: number | null | undefined): boolean {
    if (value == null) return true;
    return Number.isInteger(value) && value > 0
      ? true
      : this.add(field, `must be a whole number above 0, got ${value}`);
  }

  finite(field: string[], value: number | null | undefined): boolean {
    if (value == null) return true;
    return Number.isFinite(value) ? true : this.add(field, `must be a finite number, got ${value}`);
  }

  url(field: string[], value: string | null | undefined): boolean {
    if (value == null) return true;
    try {
      const url = new URL(value);
      if (url.protocol === "http:" || url.protocol === "https:")
        return this.text(field, value, { max: 2000 });
    } catch {
      // fall through
    }
    return this.add(field, `must be an http(s) URL, got ${JSON.stringify(value.slice(0, 100))}`);
  }

  items<T>(field: string[], values: T[] | null | undefined, max: number): boolean {
    if (values == null) return true;
    return values.length <= max
      ? true
      : this.add(field, `takes at most ${max} items, got ${values.length}`);
  }
}

@ObjectType({ description: "The result of a delete." })
export class DeletePayload {
  @Field(() => ID, {
    nullable: true,
    description: "The global id of what was deleted; null when refused.",
  })
  deletedId!: string | null;

  @Field(() => [UserError], {
    description: "What was wrong with the input; empty when the delete was accepted.",
  })
  userErrors!: UserError[];
}
