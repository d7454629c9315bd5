/**
 * The request-shape phase: what a request to /graphql carries besides a valid document, checked
 * before the response cache or Apollo reads it. Bodies are UTF-8 (onRequest); variables and
 * extensions are bounded in depth and size; an automatic persisted query names version 1 and the
 * hash of its query. It also says what names a request's document, for the response cache: its
 * text, or the hash of a persisted query sent without it.
 */
import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from "fastify";
import { httpError } from "./error-mapping.js";

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

/** A GraphQL request's parameters: a POST's body or a GET's query string. */
export type GraphQLInput = Record<string, unknown>;

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

/** The charset a Content-Type header declares. */
const declaredCharset = /charset=([^;]+)/i;

/** Bodies are read as UTF-8; one declared in another charset is refused (415), not misread. */
export const refuseOtherCharsets: onRequestHookHandler = (request, reply, done) => {
  const charset = declaredCharset
    .exec(request.headers["content-type"] ?? "")?.[1]
    ?.trim()
    .replace(/"/g, "");
  if (charset && !/^utf-?8$/i.test(charset)) {
    reply
      .code(415)
      .send(httpError("UNSUPPORTED_MEDIA_TYPE", `Request bodies must be UTF-8, not ${charset}.`));
    return;
  }
  done();
};

/** A request URL's path, without its query string. */
function pathOf(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

/** The GraphQL parameters of a request to /graphql (GET or POST); null for any other request. */
export function graphqlInput(request: FastifyRequest): GraphQLInput | null {
  if (pathOf(request.url) !== "/graphql") return null;
  const input =
    request.method === "GET" ? request.query : request.method === "POST" ? request.body : null;
  return isObject(input) ? input : null;
}

/**
 * Answers a request whose parameters checkRequest refuses, with its status and a client's code;
 * true when it answered. What Apollo (and the cache key) would recurse on or answer as an
 * internal error never reaches them.
 */
export function refuseRequest(reply: FastifyReply, input: GraphQLInput): boolean {
  const refused = checkRequest(input);
  if (!refused) return false;
  reply.code(refused.status).send(httpError(refused.code, refused.message));
  return true;
}

/** A GraphQL request whose every part has the type Apollo accepts (GET sends strings). */
export function isWellFormed(input: GraphQLInput, get: boolean): boolean {
  const optional = (v: unknown, ok: (v: unknown) => boolean) =>
    v === undefined || v === null || ok(v);
  const structured = get ? (v: unknown) => typeof v === "string" : isObject;
  return (
    optional(input.query, (v) => typeof v === "string") &&
    optional(input.operationName, (v) => typeof v === "string") &&
    optional(input.variables, structured) &&
    optional(input.extensions, structured) &&
    Object.keys(input).every((k) =>
      ["query", "operationName", "variables", "extensions"].includes(k),
    )
  );
}

/**
 * What names the document of a request: its text, or for an automatic persisted query sent
 * without it, the SHA-256 hash Apollo stored it under (GET sends extensions as JSON text).
 */
export function documentOf(input: GraphQLInput): string | undefined {
  if (typeof input.query === "string") return `query:${input.query}`;
  let extensions = input.extensions;
  if (typeof extensions === "string") {
    try {
      extensions = JSON.parse(extensions) as unknown;
    } catch {
      return undefined;
    }
  }
  const persisted = isObject(extensions) ? extensions.persistedQuery : undefined;
  if (!isObject(persisted)) return undefined;
  const { version, sha256Hash } = persisted;
  // Apollo answers any other version with an error, which is Apollo's to give.
  if (version !== 1 || typeof sha256Hash !== "string" || !/^[0-9a-f]{64}$/.test(sha256Hash))
    return undefined;
  return `sha256:${sha256Hash}`;
}
