import type { DatabaseHandle } from "../../src/db/client.js";

/**
 * Everything the graph knows about its models, keyed by slugs and source keys instead of row ids,
 * so that two databases built in different orders compare fact for fact.
 */
export function dumpGraph(database: DatabaseHandle): Record<string, unknown> {
  const all = (sql: string) => database.sqlite.prepare(sql).all() as Record<string, unknown>[];
  const byModel = (rows: Record<string, unknown>[]) => {
    const out: Record<string, unknown[]> = {};
    for (const { slug, ...rest } of rows) (out[slug as string] ??= []).push(rest);
    return out;
  };
  const models = all(`SELECT m.slug, m.name, p.slug AS provider, m.family, m.tagline, m.description,
      m.release_date, m.release_date_precision, m.knowledge_cutoff, m.knowledge_cutoff_precision,
      m.context_window, m.max_output_tokens, m.fine_tunable, m.open_weights, m.intelligence, m.speed,
      m.output_tokens_per_second, m.time_to_first_token_seconds
    FROM models m JOIN providers p ON p.id = m.provider_id ORDER BY m.slug`);
  return {
    models,
    aliases: byModel(
      all(
        `SELECT m.slug, a.alias FROM model_aliases a JOIN models m ON m.id = a.model_id ORDER BY m.slug, a.alias`,
      ),
    ),
    claims: byModel(
      all(`SELECT m.slug, c.field, c.origin, c.value, c.precision, c.observed_on, c.wins, s.key AS source
        FROM model_claims c JOIN models m ON m.id = c.model_id LEFT JOIN sources s ON s.id = c.source_id
        ORDER BY m.slug, c.field, c.origin`),
    ),
    modalities: byModel(
      all(`SELECT m.slug, x.direction, x.modality, x.position, s.key AS source FROM model_modalities x
        JOIN models m ON m.id = x.model_id LEFT JOIN sources s ON s.id = x.source_id
        ORDER BY m.slug, x.direction, x.position`),
    ),
    capabilities: byModel(
      all(`SELECT m.slug, c.slug AS capability, s.key AS source FROM model_capabilities x
        JOIN models m ON m.id = x.model_id JOIN capabilities c ON c.id = x.capability_id
        LEFT JOIN sources s ON s.id = x.source_id ORDER BY m.slug, c.slug`),
    ),
    prices: byModel(
      all(`SELECT m.slug, h.slug AS host, o.host_model_id, p.tier, p.currency, p.input_per_million,
          p.output_per_million, p.cached_input_per_million, p.cache_write_per_million,
          p.min_prompt_tokens, p.effective_from, p.effective_to, p.superseded, s.key AS source
        FROM prices p JOIN models m ON m.id = p.model_id LEFT JOIN offerings o ON o.id = p.offering_id
        LEFT JOIN providers h ON h.id = o.host_id LEFT JOIN sources s ON s.id = p.source_id
        ORDER BY m.slug, host, o.host_model_id, p.tier, p.min_prompt_tokens, p.effective_from, source`),
    ),
    offerings: byModel(
      all(`SELECT m.slug, h.slug AS host, o.host_model_id, o.model_name, o.context_window,
          o.max_output_tokens, s.key AS source FROM offerings o JOIN models m ON m.id = o.model_id
        JOIN providers h ON h.id = o.host_id LEFT JOIN sources s ON s.id = o.source_id
        ORDER BY m.slug, h.slug, o.host_model_id`),
    ),
    lifecycle: byModel(
      all(`SELECT m.slug, e.channel, e.stage, e.date, e.note, s.key AS source FROM lifecycle_events e
        JOIN models m ON m.id = e.model_id LEFT JOIN sources s ON s.id = e.source_id
        ORDER BY m.slug, e.channel, e.stage`),
    ),
    statusPeriods: byModel(
      all(`SELECT m.slug, x.channel, x.starts_on, x.ends_on, x.status FROM status_periods x
        JOIN models m ON m.id = x.model_id ORDER BY m.slug, x.channel, x.starts_on`),
    ),
    pricePeriods: byModel(
      all(`SELECT m.slug, x.starts_on, x.ends_on, x.input_per_million, x.output_per_million
        FROM standard_price_periods x JOIN models m ON m.id = x.model_id ORDER BY m.slug, x.starts_on`),
    ),
    results: byModel(
      all(`SELECT m.slug, b.slug AS benchmark, r.score, r.setting, r.date, r.superseded, s.key AS source
        FROM benchmark_results r JOIN models m ON m.id = r.model_id
        JOIN benchmarks b ON b.id = r.benchmark_id LEFT JOIN sources s ON s.id = r.source_id
        ORDER BY m.slug, b.slug, r.setting, r.score`),
    ),
    relations: byModel(
      all(`SELECT f.slug, r.kind, t.slug AS target, s.key AS source FROM model_relations r
        JOIN models f ON f.id = r.from_model_id JOIN models t ON t.id = r.to_model_id
        LEFT JOIN sources s ON s.id = r.source_id ORDER BY f.slug, r.kind, t.slug`),
    ),
    offeringClaims: all(`SELECT h.slug AS host, o.host_model_id, c.field, c.origin, c.value, c.wins,
        s.key AS source FROM offering_claims c JOIN offerings o ON o.id = c.offering_id
        JOIN providers h ON h.id = o.host_id LEFT JOIN sources s ON s.id = c.source_id
        ORDER BY h.slug, o.host_model_id, c.field, c.origin`),
    providerClaims: all(`SELECT p.slug, c.field, c.origin, c.value, c.wins, s.key AS source
        FROM provider_claims c JOIN providers p ON p.id = c.provider_id
        LEFT JOIN sources s ON s.id = c.source_id ORDER BY p.slug, c.field, c.origin`),
    pending: all(
      `SELECT catalog, kind, key, model FROM pending_records ORDER BY catalog, kind, key`,
    ),
    providers: all(`SELECT p.slug, p.name, p.url, s.key AS source FROM providers p
        LEFT JOIN sources s ON s.id = p.source_id ORDER BY p.slug`),
    benchmarks: all(`SELECT slug, name, metric FROM benchmarks ORDER BY slug`),
  };
}
