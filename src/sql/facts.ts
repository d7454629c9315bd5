import DataLoader from "dataloader";
import type BetterSqlite3 from "better-sqlite3";
import {
  getTableColumns,
  Placeholder,
  sql,
  Table,
  type GetColumnData,
  type SQL,
} from "drizzle-orm";
import { SQLiteSyncDialect, type SQLiteColumn, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { observeQuery, type Database } from "../db/client.js";
import { MAX_BATCH, scheduleBatch } from "./loaders.js";

/**
 * What a model page reads about each model (its aliases, prices, events, edges, results,
 * sources…) comes from one statement per round of the page, whatever kinds of fact it asks for:
 * each kind is a correlated subquery that gives one model's rows as a JSON array, and a statement
 * holds the subqueries of the kinds its round asks for. A page then runs as many statements as it has rounds
 * (the model; its facts; the models it links to; theirs), not one per kind and round, and no
 * more for a model with many prices or results than for one with few.
 */

/** A selection of columns, as Drizzle's `select()` takes it: a column, or a table for all its columns. */
type Selection = Record<string, SQLiteColumn | SQLiteTable>;

/** The row a selection gives, each column mapped as Drizzle maps it. */
export type RowOf<S extends Selection> = {
  [K in keyof S]: S[K] extends SQLiteTable
    ? S[K]["$inferSelect"]
    : S[K] extends SQLiteColumn
      ? GetColumnData<S[K]>
      : never;
};

/** One kind of fact about a model: how to select a model's rows of it, and what they become. */
export interface FactKind<R> {
  readonly name: string;
  /** A scalar subquery giving the rows of the model whose id is `modelId`, as one JSON array. */
  readonly select: (modelId: SQL) => SQL;
  /** What the JSON text (null when the model has none) becomes. */
  readonly decode: (json: string | null) => R;
}

const kinds: FactKind<unknown>[] = [];

/** Column types whose values come out of SQLite's JSON as Drizzle would give them. */
const plainColumnTypes = new Set(["SQLiteText", "SQLiteInteger", "SQLiteReal"]);

/**
 * Declares a kind of fact: the rows of `from` that `where` keeps for one model, in `orderBy`
 * order, each the `select`ed columns made into an item by `toItem`. Kinds are declared when their
 * module loads, before any request runs.
 */
export function factKind<S extends Selection, R>(
  name: string,
  query: {
    select: S;
    from: SQL;
    where: (modelId: SQL) => SQL;
    orderBy?: SQL;
  },
  toItem: (row: RowOf<S>) => R,
): FactKind<R[]> {
  // Each column's place in the JSON array, and the object (or nested table object) it fills.
  const columns: { key: string; table?: string; column: SQLiteColumn }[] = [];
  for (const [key, value] of Object.entries(query.select)) {
    if (value instanceof Table) {
      for (const [field, column] of Object.entries(getTableColumns(value as SQLiteTable)))
        columns.push({ key: field, table: key, column });
    } else columns.push({ key, column: value });
  }
  if (kinds.some((k) => k.name === name)) throw new Error(`fact kind ${name} declared twice`);
  const tables = [...new Set(columns.flatMap((c) => (c.table ? [c.table] : [])))];
  // Only booleans, JSON and timestamps differ from what SQLite's JSON gives: the rest are kept.
  const mapped = columns.map(({ column }) => !plainColumnTypes.has(column.columnType));
  const kind: FactKind<R[]> = {
    name,
    select: (modelId) =>
      sql`(SELECT json_group_array(json_array(${sql.join(
        columns.map((c) => sql`${c.column}`),
        sql`, `,
      )})${query.orderBy ? sql` ORDER BY ${query.orderBy}` : sql``}) FROM ${query.from} WHERE ${query.where(modelId)})`,
    decode: (json) => {
      if (json === null) return [];
      return (JSON.parse(json) as unknown[][]).map((values) => {
        const row: Record<string, unknown> = {};
        for (const table of tables) row[table] = {};
        columns.forEach(({ key, table, column }, i) => {
          let value: unknown = values[i] ?? null;
          if (value !== null && mapped[i]) value = column.mapFromDriverValue(value as never);
          if (table) (row[table] as Record<string, unknown>)[key] = value;
          else row[key] = value;
        });
        return toItem(row as RowOf<S>);
      });
    },
  };
  kinds.push(kind as FactKind<unknown>);
  return kind;
}

/**
 * Declares the kind of fact that is a table's rows naming a model in `modelId` (and meeting
 * `where`), in `orderBy` order, each made into an item by `toItem`.
 */
export function tableFacts<T extends SQLiteTable, R>(
  name: string,
  table: T,
  modelId: SQLiteColumn,
  options: { where?: SQL; orderBy: SQL },
  toItem: (row: T["$inferSelect"]) => R,
): FactKind<R[]> {
  return factKind(
    name,
    {
      select: getTableColumns(table),
      from: sql`${table}`,
      where: (id) =>
        options.where ? sql`${modelId} = ${id} AND ${options.where}` : sql`${modelId} = ${id}`,
      orderBy: options.orderBy,
    },
    (row) => toItem(row as T["$inferSelect"]),
  );
}

/** A statement reading some kinds of fact, and what it binds. */
interface FactStatement {
  /** The kinds it reads, in the order of its columns after the model id. */
  kinds: FactKind<unknown>[];
  statement: BetterSqlite3.Statement;
  /** Each bound parameter: the key list, or a value of the SQL itself. */
  params: ({ keys: true } | { value: unknown })[];
}

/**
 * The statements of each database, by the set of kinds they read: a round reads only what it
 * asks for (an unasked subquery still costs SQLite its setup). Pages ask for few distinct sets.
 */
const statements = new WeakMap<Database, Map<string, FactStatement>>();
const dialect = new SQLiteSyncDialect();

/** The statement reading `asked`, prepared once per database and set of kinds. */
function factStatement(db: Database, asked: FactKind<unknown>[]): FactStatement {
  let known = statements.get(db);
  if (!known) statements.set(db, (known = new Map()));
  const key = asked.map((kind) => kind.name).join(",");
  const found = known.get(key);
  if (found) return found;
  const modelId = sql.raw("k.value");
  const query = dialect.sqlToQuery(
    sql`SELECT k.value, ${sql.join(
      asked.map((kind) => kind.select(modelId)),
      sql`, `,
    )} FROM json_each(${sql.placeholder("keys")}) k`,
  );
  const made: FactStatement = {
    kinds: asked,
    statement: db.$client.prepare(query.sql),
    params: query.params.map((p) =>
      p instanceof Placeholder ? { keys: true } : { value: typeof p === "boolean" ? Number(p) : p },
    ),
  };
  known.set(key, made);
  return made;
}

/** Each model's row: its id, then one JSON text (or null) per kind of `statement`. */
function readFacts(db: Database, ids: number[], { statement, params }: FactStatement) {
  const rows = new Map<number, unknown[]>();
  for (let start = 0; start < ids.length; start += MAX_BATCH) {
    const keys = JSON.stringify(ids.slice(start, start + MAX_BATCH));
    const values = params.map((p) => ("keys" in p ? keys : p.value));
    observeQuery(db, statement.source, values);
    for (const row of statement.raw(true).all(...values) as unknown[][])
      rows.set(row[0] as number, row);
  }
  return rows;
}

/**
 * A request's reader of facts: every kind of fact asked for, for any model, in one tick is read
 * by one statement. Answers are kept for the request, like any loader's.
 */
export function createFacts(db: Database) {
  const loader = new DataLoader<{ kind: FactKind<unknown>; modelId: number }, unknown, string>(
    async (keys) => {
      // The kinds asked for, in the order they were declared (one statement per set).
      const asked = kinds.filter((kind) => keys.some((k) => k.kind === kind));
      const statement = factStatement(db, asked);
      const rows = readFacts(db, [...new Set(keys.map((k) => k.modelId))], statement);
      return keys.map(({ kind, modelId }) => {
        const json = rows.get(modelId)?.[asked.indexOf(kind) + 1];
        return kind.decode(typeof json === "string" ? json : null);
      });
    },
    { cacheKeyFn: (k) => `${k.kind.name}:${k.modelId}`, batchScheduleFn: scheduleBatch },
  );
  return {
    /** One model's facts of a kind. */
    load<R>(kind: FactKind<R>, modelId: number): Promise<R> {
      return loader.load({ kind: kind as FactKind<unknown>, modelId }) as Promise<R>;
    },
    /** A loader of one kind, in the shape of the loaders it replaces. */
    of<R>(kind: FactKind<R>): { load(modelId: number): Promise<R> } {
      return { load: (modelId) => this.load(kind, modelId) };
    },
  };
}

export type Facts = ReturnType<typeof createFacts>;
