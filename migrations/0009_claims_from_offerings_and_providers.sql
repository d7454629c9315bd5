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
--> statement-breakpoint
-- Each provider's name and URL are the claims of the source it cites (curated when that is no
-- catalog's snapshot). A catalog that named a provider only by its slug claimed no name.
INSERT OR IGNORE INTO `provider_claims` (`provider_id`, `field`, `value`, `origin`, `source_id`, `observed_on`, `wins`)
SELECT p.`id`, f.`field`, f.`value`, coalesce(s.`catalog`, 'curated'), p.`source_id`, s.`retrieved_on`, 1
FROM (
  SELECT `id`, 'name' AS `field`, json_quote(`name`) AS `value` FROM `providers` WHERE `name` <> `slug`
  UNION ALL SELECT `id`, 'url', json_quote(`url`) FROM `providers` WHERE `url` IS NOT NULL
) f
JOIN `providers` p ON p.`id` = f.`id`
LEFT JOIN `sources` s ON s.`id` = p.`source_id`;
