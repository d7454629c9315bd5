import type BetterSqlite3 from "better-sqlite3";

/**
 * Adds a synthetic graph of `count` models to a seeded database, for measuring growth: up to 200
 * providers; each model with two STANDARD price periods and a BATCH price, results on the seed
 * benchmarks for half of them, API lifecycle events (one model in twenty deprecated, one in forty
 * retired), and SUCCESSOR edges that form 12-long chains, every tenth of which loops back on itself. Returns the slug of a chain's first model, for a 10-deep walk.
 */
export function generateScaleData(sqlite: BetterSqlite3.Database, count: number): string {
  const insertProvider = sqlite.prepare("INSERT INTO providers (slug, name) VALUES (?, ?)");
  const insertModel = sqlite.prepare(
    "INSERT INTO models (slug, name, provider_id, family, release_date, context_window, max_output_tokens) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const insertPrice = sqlite.prepare(
    "INSERT INTO prices (model_id, tier, input_per_million, output_per_million, effective_from, effective_to) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insertResult = sqlite.prepare(
    "INSERT INTO benchmark_results (model_id, benchmark_id, score, date) VALUES (?, ?, ?, ?)",
  );
  const insertEdge = sqlite.prepare(
    "INSERT INTO model_relations (from_model_id, to_model_id, kind) VALUES (?, ?, 'SUCCESSOR')",
  );
  const insertEvent = sqlite.prepare(
    "INSERT INTO lifecycle_events (model_id, channel, stage, date) VALUES (?, 'API', ?, ?)",
  );
  const benchmarks = (sqlite.prepare("SELECT id FROM benchmarks").all() as { id: number }[]).map(
    (b) => b.id,
  );
  sqlite.transaction(() => {
    const providers: number[] = [];
    // 200 providers for a large graph; one per 500 models below that.
    for (let p = 0; p < Math.min(200, Math.ceil(count / 500)); p++)
      providers.push(
        Number(insertProvider.run(`scale-provider-${p}`, `Scale Provider ${p}`).lastInsertRowid),
      );
    let previous: number | undefined;
    let chainStart: number | undefined;
    for (let i = 0; i < count; i++) {
      const day = `20${20 + (i % 6)}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
      const id = Number(
        insertModel.run(
          `scale-${i}`,
          `Scale Model ${i}`,
          providers[i % providers.length],
          `family-${i % 50}`,
          day,
          8_000 * ((i % 64) + 1),
          4_000,
        ).lastInsertRowid,
      );
      const price = 0.1 + (i % 100) / 10;
      insertPrice.run(id, "STANDARD", price * 2, price * 8, "2024-01-01", "2025-06-01");
      insertPrice.run(id, "STANDARD", price, price * 4, "2025-06-01", null);
      insertPrice.run(id, "BATCH", price / 2, price * 2, "2024-01-01", null);
      insertEvent.run(id, "RELEASED", day);
      // One model in twenty is deprecated a year on, and every other one of those retired.
      if (i % 20 === 0) insertEvent.run(id, "DEPRECATED", `20${21 + (i % 6)}${day.slice(4)}`);
      if (i % 40 === 0) insertEvent.run(id, "RETIRED", `20${22 + (i % 6)}${day.slice(4)}`);
      if (i % 2 === 0) for (const b of benchmarks) insertResult.run(id, b, (i * 7) % 100, day);
      if (i % 12 === 0) {
        if (chainStart !== undefined && previous !== undefined && (i / 12) % 10 === 0)
          insertEdge.run(previous, chainStart);
        chainStart = id;
      } else if (previous !== undefined) {
        insertEdge.run(previous, id);
      }
      previous = id;
    }
  })();
  sqlite.exec("ANALYZE");
  return "scale-0";
}
