import { and, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { badUserInput } from "../graphql/errors.js";

/** Relay's paging arguments as a client sends them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Validated paging: how many rows, which way, and the keys of the cursors to start after/before. */
export interface PageRequest {
  /** Names the ordering: a cursor made under one order is refused under another. */
  order: string;
  size: number;
  backward: boolean;
  after?: unknown[];
  before?: unknown[];
}

/** One key of a keyset ordering; the last key of every ordering must be unique (the row id). */
export interface OrderKey<R> {
  column: SQLWrapper;
  direction: "asc" | "desc";
  /** What the key holds, to check cursors a client sends back. */
  type: "string" | "number";
  /** NULLs sort after every value, whichever the direction. */
  nullable?: boolean;
  /**
   * For a computed key (a subquery, not a column of the row): the name it is selected under, so
   * that `value` can read it off the row for the cursor.
   */
  selectAs?: string;
  value: (row: R) => string | number | boolean | null;
}

export interface Page<R> {
  edges: { cursor: string; node: R }[];
  nodes: R[];
  pageInfo: PageInfoShape;
  readonly totalCount: number | Promise<number>;
}

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

function checkSize(value: number | null | undefined, name: "first" | "last"): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`${name} must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, name);
  }
  return value;
}

function decodeCursor<R>(
  cursor: string | null | undefined,
  name: "after" | "before",
  keys: OrderKey<R>[],
  order: string,
) {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString());
    if (!Array.isArray(decoded) || decoded[0] !== order) throw new Error("another order's cursor");
    const values = decoded.slice(1);
    const fits = (v: unknown, i: number) =>
      typeof v === keys[i]!.type || (v === null && keys[i]!.nullable === true);
    if (Array.isArray(values) && values.length === keys.length && values.every(fits)) return values;
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`${name} is not a cursor from this list; pass an edge's cursor back`, name);
}

/** Validates Relay arguments, and their cursors against the ordering `keys`. */
export function pageRequest<R>(args: PageArgs, keys: OrderKey<R>[], order = ""): PageRequest {
  const first = checkSize(args.first, "first");
  const last = checkSize(args.last, "last");
  if (first !== undefined && last !== undefined) {
    throw badUserInput("pass either first (with after) or last (with before), not both", "last");
  }
  return {
    order,
    size: first ?? last ?? DEFAULT_PAGE_SIZE,
    backward: last !== undefined,
    after: decodeCursor(args.after, "after", keys, order),
    before: decodeCursor(args.before, "before", keys, order),
  };
}

export function encodeCursor<R>(row: R, keys: OrderKey<R>[], order: string): string {
  return Buffer.from(JSON.stringify([order, ...keys.map((k) => k.value(row))])).toString(
    "base64url",
  );
}

/** The computed keys, to add to a query's selection under their names. */
export function selectedKeys<R>(keys: OrderKey<R>[]): Record<string, SQL.Aliased> {
  return Object.fromEntries(
    keys.filter((k) => k.selectAs).map((k) => [k.selectAs!, sql`${k.column}`.as(k.selectAs!)]),
  );
}

/** ORDER BY terms for the keys, reversed when paging backward. */
export function orderBy<R>(keys: OrderKey<R>[], backward: boolean): SQL[] {
  const terms: SQL[] = [];
  for (const key of keys) {
    const asc = (key.direction === "asc") !== backward;
    if (key.nullable)
      terms.push(sql`(${key.column} IS NULL) ${sql.raw(backward ? "DESC" : "ASC")}`);
    terms.push(sql`${key.column} ${sql.raw(asc ? "ASC" : "DESC")}`);
  }
  return terms;
}

/** Rows strictly after (`forward`) or before the row whose key values are `values`. */
function beyond<R>(keys: OrderKey<R>[], values: unknown[], forward: boolean): SQL {
  const alternatives: SQL[] = [];
  const equal: SQL[] = [];
  keys.forEach((key, i) => {
    const value = values[i] ?? null;
    const later = (key.direction === "asc") === forward ? sql`>` : sql`<`;
    if (key.nullable && value === null) {
      // NULLs come last: before a NULL stands every non-NULL row, after it none.
      if (!forward) alternatives.push(and(...equal, sql`${key.column} IS NOT NULL`)!);
    } else if (key.nullable && forward) {
      alternatives.push(
        and(...equal, sql`(${key.column} ${later} ${value} OR ${key.column} IS NULL)`)!,
      );
    } else {
      alternatives.push(and(...equal, sql`${key.column} ${later} ${value}`)!);
    }
    equal.push(sql`${key.column} IS ${value}`);
  });
  return or(...alternatives)!;
}

/** The WHERE condition for the cursors of a request, or undefined for the first page. */
export function cursorCondition<R>(keys: OrderKey<R>[], request: PageRequest): SQL | undefined {
  return and(
    request.after ? beyond(keys, request.after, true) : undefined,
    request.before ? beyond(keys, request.before, false) : undefined,
  );
}

/**
 * Turns the rows a query returned (at most `size + 1`, in query order) into a Relay page;
 * `count` runs only if the client asks for totalCount.
 */
export function toPage<R>(
  rows: R[],
  request: PageRequest,
  keys: OrderKey<R>[],
  count: () => number | Promise<number>,
): Page<R> {
  const hasMore = rows.length > request.size;
  const nodes = rows.slice(0, request.size);
  if (request.backward) nodes.reverse();
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node, keys, request.order), node }));
  let total: number | Promise<number> | undefined;
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: request.backward ? request.before !== undefined : hasMore,
      hasPreviousPage: request.backward ? hasMore : request.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      total ??= count();
      return total;
    },
  };
}
