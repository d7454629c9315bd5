-- Facts become claims: each model's own column values are claims of the source that owned its row
-- (curated when that source is no public catalog's snapshot). A catalog's month-only cutoff was
-- stored as the month's first day: it becomes a month again.
INSERT OR IGNORE INTO `model_claims` (`model_id`, `field`, `value`, `precision`, `origin`, `source_id`, `observed_on`, `wins`)
SELECT f.`model_id`, f.`field`,
  CASE WHEN f.`field` = 'knowledgeCutoff' AND s.`catalog` IS NOT NULL AND f.`raw` LIKE '%-01'
    THEN json_quote(substr(f.`raw`, 1, 7)) ELSE f.`value` END,
  CASE WHEN f.`field` IN ('releaseDate', 'knowledgeCutoff')
    THEN CASE WHEN f.`field` = 'knowledgeCutoff' AND s.`catalog` IS NOT NULL AND f.`raw` LIKE '%-01'
      THEN 'MONTH' ELSE 'DAY' END END,
  coalesce(s.`catalog`, 'curated'), m.`source_id`, s.`retrieved_on`, 1
FROM (
  SELECT `id` AS `model_id`, 'name' AS `field`, json_quote(`name`) AS `value`, `name` AS `raw` FROM `models`
  UNION ALL SELECT `id`, 'family', json_quote(`family`), `family` FROM `models` WHERE `family` IS NOT NULL
  UNION ALL SELECT `id`, 'tagline', json_quote(`tagline`), `tagline` FROM `models` WHERE `tagline` IS NOT NULL
  UNION ALL SELECT `id`, 'description', json_quote(`description`), `description` FROM `models` WHERE `description` IS NOT NULL
  UNION ALL SELECT `id`, 'releaseDate', json_quote(`release_date`), `release_date` FROM `models` WHERE `release_date` IS NOT NULL
  UNION ALL SELECT `id`, 'knowledgeCutoff', json_quote(`knowledge_cutoff`), `knowledge_cutoff` FROM `models` WHERE `knowledge_cutoff` IS NOT NULL
  UNION ALL SELECT `id`, 'contextWindow', json_quote(`context_window`), NULL FROM `models` WHERE `context_window` IS NOT NULL
  UNION ALL SELECT `id`, 'maxOutputTokens', json_quote(`max_output_tokens`), NULL FROM `models` WHERE `max_output_tokens` IS NOT NULL
  UNION ALL SELECT `id`, 'fineTunable', CASE WHEN `fine_tunable` THEN 'true' ELSE 'false' END, NULL FROM `models` WHERE `fine_tunable` IS NOT NULL
  UNION ALL SELECT `id`, 'openWeights', CASE WHEN `open_weights` THEN 'true' ELSE 'false' END, NULL FROM `models` WHERE `open_weights` IS NOT NULL
  UNION ALL SELECT `id`, 'intelligence', json_quote(`intelligence`), NULL FROM `models` WHERE `intelligence` IS NOT NULL
  UNION ALL SELECT `id`, 'speed', json_quote(`speed`), NULL FROM `models` WHERE `speed` IS NOT NULL
  UNION ALL SELECT `id`, 'outputTokensPerSecond', json_quote(`output_tokens_per_second`), NULL FROM `models` WHERE `output_tokens_per_second` IS NOT NULL
  UNION ALL SELECT `id`, 'timeToFirstTokenSeconds', json_quote(`time_to_first_token_seconds`), NULL FROM `models` WHERE `time_to_first_token_seconds` IS NOT NULL
) f
JOIN `models` m ON m.`id` = f.`model_id`
LEFT JOIN `sources` s ON s.`id` = m.`source_id`
-- An imported model without a name of its own was named by its slug: that is no catalog's claim.
WHERE NOT (f.`field` = 'name' AND s.`catalog` IS NOT NULL AND f.`raw` = m.`slug`);
--> statement-breakpoint
-- Modalities and capabilities: each source's list, in its order, is one claim.
INSERT OR IGNORE INTO `model_claims` (`model_id`, `field`, `value`, `precision`, `origin`, `source_id`, `observed_on`, `wins`)
SELECT g.`model_id`,
  CASE g.`direction` WHEN 'INPUT' THEN 'inputModalities' ELSE 'outputModalities' END,
  (SELECT json_group_array(x.`modality`) FROM (SELECT `modality` FROM `model_modalities`
    WHERE `model_id` = g.`model_id` AND `direction` = g.`direction` AND `source_id` IS g.`source_id`
    ORDER BY `position`) x),
  NULL, coalesce(s.`catalog`, 'curated'), g.`source_id`, s.`retrieved_on`, 1
FROM (SELECT DISTINCT `model_id`, `direction`, `source_id` FROM `model_modalities`) g
LEFT JOIN `sources` s ON s.`id` = g.`source_id`;
--> statement-breakpoint
INSERT OR IGNORE INTO `model_claims` (`model_id`, `field`, `value`, `precision`, `origin`, `source_id`, `observed_on`, `wins`)
SELECT g.`model_id`, 'capabilities',
  (SELECT json_group_array(x.`slug`) FROM (SELECT c.`slug` FROM `model_capabilities` mc
    JOIN `capabilities` c ON c.`id` = mc.`capability_id`
    WHERE mc.`model_id` = g.`model_id` AND mc.`source_id` IS g.`source_id` ORDER BY c.`id`) x),
  NULL, coalesce(s.`catalog`, 'curated'), g.`source_id`, s.`retrieved_on`, 1
FROM (SELECT DISTINCT `model_id`, `source_id` FROM `model_capabilities`) g
LEFT JOIN `sources` s ON s.`id` = g.`source_id`;
--> statement-breakpoint
-- Lifecycle dates a catalog gave (LiteLLM's deprecation dates) are that catalog's claims.
INSERT OR IGNORE INTO `model_claims` (`model_id`, `field`, `value`, `precision`, `origin`, `source_id`, `observed_on`, `wins`)
SELECT e.`model_id`, 'lifecycle.' || e.`channel` || '.' || e.`stage`, json_quote(e.`date`), 'DAY',
  s.`catalog`, e.`source_id`, s.`retrieved_on`, 1
FROM `lifecycle_events` e JOIN `sources` s ON s.`id` = e.`source_id`
WHERE s.`catalog` IS NOT NULL;
--> statement-breakpoint
-- What a catalog said where another source owned the fact was kept as a conflict: it becomes that
-- catalog's claim, so no fact is lost (price conflicts come back with the next import).
INSERT OR IGNORE INTO `model_claims` (`model_id`, `field`, `value`, `precision`, `origin`, `source_id`, `observed_on`, `wins`)
SELECT c.`model_id`, c.`field`,
  CASE WHEN c.`field` IN ('releaseDate', 'knowledgeCutoff') OR c.`field` LIKE 'lifecycle.%'
    THEN json_quote(c.`other_value`) ELSE c.`other_value` END,
  CASE WHEN c.`field` IN ('releaseDate', 'knowledgeCutoff') OR c.`field` LIKE 'lifecycle.%'
    THEN CASE length(c.`other_value`) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END END,
  s.`catalog`, c.`other_source_id`, s.`retrieved_on`, 0
FROM `fact_conflicts` c JOIN `sources` s ON s.`id` = c.`other_source_id`
WHERE s.`catalog` IS NOT NULL AND c.`other_value` IS NOT NULL
  AND (c.`field` IN ('releaseDate', 'knowledgeCutoff', 'contextWindow', 'maxOutputTokens', 'openWeights')
    OR c.`field` LIKE 'lifecycle.%')
  AND json_valid(CASE WHEN c.`field` IN ('releaseDate', 'knowledgeCutoff') OR c.`field` LIKE 'lifecycle.%'
    THEN json_quote(c.`other_value`) ELSE c.`other_value` END);
--> statement-breakpoint
UPDATE `models` SET `release_date_precision` = 'DAY' WHERE `release_date` IS NOT NULL;
--> statement-breakpoint
UPDATE `models` SET `knowledge_cutoff_precision` = coalesce((SELECT `precision` FROM `model_claims` c
  WHERE c.`model_id` = `models`.`id` AND c.`field` = 'knowledgeCutoff' AND c.`wins`), 'DAY')
WHERE `knowledge_cutoff` IS NOT NULL;
--> statement-breakpoint
-- The page's texts: each source's "best for", limitations and FAQ lists, in order, are claims.
INSERT OR IGNORE INTO `model_claims` (`model_id`, `field`, `value`, `precision`, `origin`, `source_id`, `observed_on`, `wins`)
SELECT g.`model_id`, 'bestFor',
  (SELECT json_group_array(x.`text`) FROM (SELECT `text` FROM `best_for`
    WHERE `model_id` = g.`model_id` AND `source_id` IS g.`source_id` ORDER BY `position`) x),
  NULL, coalesce(s.`catalog`, 'curated'), g.`source_id`, s.`retrieved_on`, 1
FROM (SELECT DISTINCT `model_id`, `source_id` FROM `best_for`) g
LEFT JOIN `sources` s ON s.`id` = g.`source_id`;
--> statement-breakpoint
INSERT OR IGNORE INTO `model_claims` (`model_id`, `field`, `value`, `precision`, `origin`, `source_id`, `observed_on`, `wins`)
SELECT g.`model_id`, 'limitations',
  (SELECT json_group_array(x.`text`) FROM (SELECT `text` FROM `limitations`
    WHERE `model_id` = g.`model_id` AND `source_id` IS g.`source_id` ORDER BY `position`) x),
  NULL, coalesce(s.`catalog`, 'curated'), g.`source_id`, s.`retrieved_on`, 1
FROM (SELECT DISTINCT `model_id`, `source_id` FROM `limitations`) g
LEFT JOIN `sources` s ON s.`id` = g.`source_id`;
--> statement-breakpoint
INSERT OR IGNORE INTO `model_claims` (`model_id`, `field`, `value`, `precision`, `origin`, `source_id`, `observed_on`, `wins`)
SELECT g.`model_id`, 'faq',
  (SELECT json_group_array(json_object('question', x.`question`, 'answer', x.`answer`)) FROM
    (SELECT `question`, `answer` FROM `faq_entries`
    WHERE `model_id` = g.`model_id` AND `source_id` IS g.`source_id` ORDER BY `position`) x),
  NULL, coalesce(s.`catalog`, 'curated'), g.`source_id`, s.`retrieved_on`, 1
FROM (SELECT DISTINCT `model_id`, `source_id` FROM `faq_entries`) g
LEFT JOIN `sources` s ON s.`id` = g.`source_id`;
