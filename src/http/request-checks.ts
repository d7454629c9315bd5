import { createHash } from "node:crypto";

/** How deeply variables may nest: the deepest input (a model with its prices and FAQ) needs 5. */
export const MAX_VARIABLE_DEPTH = 32;
/** How many values (objects, arrays and scalars) the variables may hold in all. */
export const MAX_VARIABLE_VALUES = 20_000;

/** A request the HTTP layer refuses before anything recurses on it, with a client's code. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Measures a JSON value without recursion (so a 10,000-deep value cannot overflow the stack) and
 * refuses one deeper than MAX_VARIABLE_DEPTH or larger than MAX_VARIABLE_VALUES.
 */
export function checkVariables(value: unknown): Refusal | undefined {
  const stack: [unknown, number][] = [[value, 1]];
  let values = 0;
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (++values > MAX_VARIABLE_VALUES)
      return {
        status: 400,
        code: "BAD_REQUEST",
        message: `Variables may hold at most ${MAX_VARIABLE_VALUES} values.`,
      };
    if (item === null || typeof item !== "object") continue;
    if (depth > MAX_VARIABLE_DEPTH)
      return {
        status: 400,
        code: "BAD_REQUEST",
        message: `Variables may nest at most ${MAX_VARIABLE_DEPTH} levels deep.`,
      };
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
      else values++;
    }
  }
  return undefined;
}

/** Parses a GET parameter that carries JSON; undefined when it is absent or not JSON. */
function jsonParameter(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Checks what a GraphQL request carries besides its document, before the response cache or Apollo
 * reads it: variables nested or sized past the bounds (400 BAD_REQUEST), and an automatic
 * persisted query of another version (400 PERSISTED_QUERY_VERSION_NOT_SUPPORTED) or whose hash is
 * not its query's (400 PERSISTED_QUERY_HASH_MISMATCH), which Apollo would answer as internal errors.
 */
export function checkRequest(input: Record<string, unknown>): Refusal | undefined {
  // GET sends variables and extensions as JSON text; Apollo parses them and recurses on them.
  const variables = jsonParameter(input.variables);
  const refused = variables === undefined ? undefined : checkVariables(variables);
  if (refused) return refused;
  const extensions = jsonParameter(input.extensions);
  if (extensions !== undefined) {
    const tooDeep = checkVariables(extensions);
    if (tooDeep) return { ...tooDeep, message: tooDeep.message.replace("Variables", "Extensions") };
  }
  const persisted = isObject(extensions) ? extensions.persistedQuery : undefined;
  if (!isObject(persisted)) return undefined;
  if (persisted.version !== 1)
    return {
      status: 400,
      code: "PERSISTED_QUERY_VERSION_NOT_SUPPORTED",
      message: `Persisted queries of version ${JSON.stringify(persisted.version)} are not supported: send version 1.`,
    };
  if (typeof persisted.sha256Hash !== "string" || !/^[0-9a-f]{64}$/.test(persisted.sha256Hash))
    return {
      status: 400,
      code: "PERSISTED_QUERY_HASH_MISMATCH",
      message:
        "extensions.persistedQuery.sha256Hash must be the 64 lower-case hex digits of a SHA-256.",
    };
  if (
    typeof input.query === "string" &&
    createHash("sha256").update(input.query).digest("hex") !== persisted.sha256Hash
  )
    return {
      status: 400,
      code: "PERSISTED_QUERY_HASH_MISMATCH",
      message: "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.",
    };
  return undefined;
}
