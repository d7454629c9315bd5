-- Each offering's columns become the claims of the catalog whose snapshot it cites: that it lists
-- the offering, and the limits it gives.
INSERT OR IGNORE INTO `offering_claims` (`offering_id`, `field`, `value`, `origin`, `source_id`, `observed_on`, `wins`)
SELECT o.`id`, f.`field`, f.`value`, s.`catalog`, o.`source_id`, s.`retrieved_on`, 1
FROM (
  SELECT `id`, 'listed' AS `field`, 'true' AS `value` FROM `offerings`
  UNION ALL SELECT `id`, 'contextWindow', json_quote(`context_window`) FROM `offerings` WHERE `context_window` IS NOT NULL
  UNION ALL SELECT `id`, 'maxOutputTokens', json_quote(`max_output_tokens`) FROM `offerings` WHERE `max_output_tokens` IS NOT NULL
) f
JOIN `offerings` o ON o.`id` = f.`id`
JOIN `sources` s ON s.`id` = o.`source_id`
WHERE s.`catalog` IS NOT NULL;
