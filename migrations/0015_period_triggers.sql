-- Custom SQL migration (drizzle-kit generate --custom): keeps the two projections of 0014 by
-- triggers, so that every writer (the API, imports, the catalog sync, raw SQL) keeps them true.
-- A drizzle-kit table rebuild of lifecycle_events, prices or models drops these triggers: such a
-- migration must create them again.
--
-- lifecycle_events.ends_on: the day the next event of the same model and channel (by day, then
-- life order: ANNOUNCED, PREVIEW, RELEASED, DEPRECATED, RETIRED) takes over; NULL for the last.
CREATE TRIGGER lifecycle_events_ends_on_insert AFTER INSERT ON lifecycle_events BEGIN
  UPDATE lifecycle_events SET ends_on = (
    SELECT n.date FROM lifecycle_events n
    WHERE n.model_id = lifecycle_events.model_id AND n.channel = lifecycle_events.channel
      AND (n.date > lifecycle_events.date
        OR (n.date = lifecycle_events.date AND CASE n.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END > CASE lifecycle_events.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END))
    ORDER BY n.date, CASE n.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END LIMIT 1)
  WHERE model_id = NEW.model_id AND channel = NEW.channel;
END;
--> statement-breakpoint
CREATE TRIGGER lifecycle_events_ends_on_delete AFTER DELETE ON lifecycle_events BEGIN
  UPDATE lifecycle_events SET ends_on = (
    SELECT n.date FROM lifecycle_events n
    WHERE n.model_id = lifecycle_events.model_id AND n.channel = lifecycle_events.channel
      AND (n.date > lifecycle_events.date
        OR (n.date = lifecycle_events.date AND CASE n.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END > CASE lifecycle_events.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END))
    ORDER BY n.date, CASE n.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END LIMIT 1)
  WHERE model_id = OLD.model_id AND channel = OLD.channel;
END;
--> statement-breakpoint
CREATE TRIGGER lifecycle_events_ends_on_update AFTER UPDATE OF model_id, channel, stage, date ON lifecycle_events BEGIN
  UPDATE lifecycle_events SET ends_on = (
    SELECT n.date FROM lifecycle_events n
    WHERE n.model_id = lifecycle_events.model_id AND n.channel = lifecycle_events.channel
      AND (n.date > lifecycle_events.date
        OR (n.date = lifecycle_events.date AND CASE n.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END > CASE lifecycle_events.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END))
    ORDER BY n.date, CASE n.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END LIMIT 1)
  WHERE model_id = OLD.model_id AND channel = OLD.channel;
  UPDATE lifecycle_events SET ends_on = (
    SELECT n.date FROM lifecycle_events n
    WHERE n.model_id = lifecycle_events.model_id AND n.channel = lifecycle_events.channel
      AND (n.date > lifecycle_events.date
        OR (n.date = lifecycle_events.date AND CASE n.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END > CASE lifecycle_events.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END))
    ORDER BY n.date, CASE n.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END LIMIT 1)
  WHERE model_id = NEW.model_id AND channel = NEW.channel;
END;
--> statement-breakpoint
UPDATE lifecycle_events SET ends_on = (
    SELECT n.date FROM lifecycle_events n
    WHERE n.model_id = lifecycle_events.model_id AND n.channel = lifecycle_events.channel
      AND (n.date > lifecycle_events.date
        OR (n.date = lifecycle_events.date AND CASE n.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END > CASE lifecycle_events.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END))
    ORDER BY n.date, CASE n.stage WHEN 'ANNOUNCED' THEN 0 WHEN 'PREVIEW' THEN 1 WHEN 'RELEASED' THEN 2 WHEN 'DEPRECATED' THEN 3 WHEN 'RETIRED' THEN 4 END LIMIT 1);
--> statement-breakpoint
-- standard_price_periods: a model's standard-tier base price on every day, as periods between
-- the days its prices start or end (0000-01-01 and 9999-12-31 stand for the open ends), each
-- priced by the serving rule at its first day: not a host's price, nor a superseded catalog's,
-- nor a long-context threshold; the best rank, then the latest start (then the latest row).
CREATE TRIGGER models_standard_price_periods AFTER INSERT ON models BEGIN
  INSERT INTO standard_price_periods (model_id, starts_on, ends_on) VALUES (NEW.id, '0000-01-01', '9999-12-31');
END;
--> statement-breakpoint
CREATE TRIGGER prices_standard_periods_insert AFTER INSERT ON prices BEGIN
  DELETE FROM standard_price_periods WHERE model_id = NEW.model_id;
  INSERT INTO standard_price_periods (model_id, starts_on, ends_on, input_per_million, output_per_million)
  SELECT NEW.model_id, b.day, lead(b.day, 1, '9999-12-31') OVER (ORDER BY b.day),
    (SELECT p.input_per_million FROM prices p
      WHERE p.model_id = NEW.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL
        AND (p.effective_from IS NULL OR p.effective_from <= b.day)
        AND (p.effective_to IS NULL OR p.effective_to > b.day)
      ORDER BY p.rank, p.effective_from DESC, p.id DESC LIMIT 1),
    (SELECT p.output_per_million FROM prices p
      WHERE p.model_id = NEW.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL
        AND (p.effective_from IS NULL OR p.effective_from <= b.day)
        AND (p.effective_to IS NULL OR p.effective_to > b.day)
      ORDER BY p.rank, p.effective_from DESC, p.id DESC LIMIT 1)
  FROM (SELECT '0000-01-01' AS day
    UNION SELECT p.effective_from FROM prices p WHERE p.model_id = NEW.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL AND p.effective_from IS NOT NULL
    UNION SELECT p.effective_to FROM prices p WHERE p.model_id = NEW.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL AND p.effective_to IS NOT NULL) b
  WHERE EXISTS (SELECT 1 FROM models WHERE models.id = NEW.model_id);
END;
--> statement-breakpoint
CREATE TRIGGER prices_standard_periods_delete AFTER DELETE ON prices BEGIN
  DELETE FROM standard_price_periods WHERE model_id = OLD.model_id;
  INSERT INTO standard_price_periods (model_id, starts_on, ends_on, input_per_million, output_per_million)
  SELECT OLD.model_id, b.day, lead(b.day, 1, '9999-12-31') OVER (ORDER BY b.day),
    (SELECT p.input_per_million FROM prices p
      WHERE p.model_id = OLD.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL
        AND (p.effective_from IS NULL OR p.effective_from <= b.day)
        AND (p.effective_to IS NULL OR p.effective_to > b.day)
      ORDER BY p.rank, p.effective_from DESC, p.id DESC LIMIT 1),
    (SELECT p.output_per_million FROM prices p
      WHERE p.model_id = OLD.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL
        AND (p.effective_from IS NULL OR p.effective_from <= b.day)
        AND (p.effective_to IS NULL OR p.effective_to > b.day)
      ORDER BY p.rank, p.effective_from DESC, p.id DESC LIMIT 1)
  FROM (SELECT '0000-01-01' AS day
    UNION SELECT p.effective_from FROM prices p WHERE p.model_id = OLD.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL AND p.effective_from IS NOT NULL
    UNION SELECT p.effective_to FROM prices p WHERE p.model_id = OLD.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL AND p.effective_to IS NOT NULL) b
  WHERE EXISTS (SELECT 1 FROM models WHERE models.id = OLD.model_id);
END;
--> statement-breakpoint
CREATE TRIGGER prices_standard_periods_update AFTER UPDATE ON prices BEGIN
  DELETE FROM standard_price_periods WHERE model_id = OLD.model_id;
  INSERT INTO standard_price_periods (model_id, starts_on, ends_on, input_per_million, output_per_million)
  SELECT OLD.model_id, b.day, lead(b.day, 1, '9999-12-31') OVER (ORDER BY b.day),
    (SELECT p.input_per_million FROM prices p
      WHERE p.model_id = OLD.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL
        AND (p.effective_from IS NULL OR p.effective_from <= b.day)
        AND (p.effective_to IS NULL OR p.effective_to > b.day)
      ORDER BY p.rank, p.effective_from DESC, p.id DESC LIMIT 1),
    (SELECT p.output_per_million FROM prices p
      WHERE p.model_id = OLD.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL
        AND (p.effective_from IS NULL OR p.effective_from <= b.day)
        AND (p.effective_to IS NULL OR p.effective_to > b.day)
      ORDER BY p.rank, p.effective_from DESC, p.id DESC LIMIT 1)
  FROM (SELECT '0000-01-01' AS day
    UNION SELECT p.effective_from FROM prices p WHERE p.model_id = OLD.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL AND p.effective_from IS NOT NULL
    UNION SELECT p.effective_to FROM prices p WHERE p.model_id = OLD.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL AND p.effective_to IS NOT NULL) b
  WHERE EXISTS (SELECT 1 FROM models WHERE models.id = OLD.model_id);
  DELETE FROM standard_price_periods WHERE model_id = NEW.model_id;
  INSERT INTO standard_price_periods (model_id, starts_on, ends_on, input_per_million, output_per_million)
  SELECT NEW.model_id, b.day, lead(b.day, 1, '9999-12-31') OVER (ORDER BY b.day),
    (SELECT p.input_per_million FROM prices p
      WHERE p.model_id = NEW.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL
        AND (p.effective_from IS NULL OR p.effective_from <= b.day)
        AND (p.effective_to IS NULL OR p.effective_to > b.day)
      ORDER BY p.rank, p.effective_from DESC, p.id DESC LIMIT 1),
    (SELECT p.output_per_million FROM prices p
      WHERE p.model_id = NEW.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL
        AND (p.effective_from IS NULL OR p.effective_from <= b.day)
        AND (p.effective_to IS NULL OR p.effective_to > b.day)
      ORDER BY p.rank, p.effective_from DESC, p.id DESC LIMIT 1)
  FROM (SELECT '0000-01-01' AS day
    UNION SELECT p.effective_from FROM prices p WHERE p.model_id = NEW.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL AND p.effective_from IS NOT NULL
    UNION SELECT p.effective_to FROM prices p WHERE p.model_id = NEW.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL AND p.effective_to IS NOT NULL) b
  WHERE EXISTS (SELECT 1 FROM models WHERE models.id = NEW.model_id);
END;
--> statement-breakpoint
INSERT INTO standard_price_periods (model_id, starts_on, ends_on, input_per_million, output_per_million)
SELECT b.model_id, b.day, lead(b.day, 1, '9999-12-31') OVER (PARTITION BY b.model_id ORDER BY b.day),
  (SELECT p.input_per_million FROM prices p
      WHERE p.model_id = b.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL
        AND (p.effective_from IS NULL OR p.effective_from <= b.day)
        AND (p.effective_to IS NULL OR p.effective_to > b.day)
      ORDER BY p.rank, p.effective_from DESC, p.id DESC LIMIT 1),
  (SELECT p.output_per_million FROM prices p
      WHERE p.model_id = b.model_id AND p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL
        AND (p.effective_from IS NULL OR p.effective_from <= b.day)
        AND (p.effective_to IS NULL OR p.effective_to > b.day)
      ORDER BY p.rank, p.effective_from DESC, p.id DESC LIMIT 1)
FROM (SELECT id AS model_id, '0000-01-01' AS day FROM models
  UNION SELECT p.model_id, p.effective_from FROM prices p WHERE p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL AND p.effective_from IS NOT NULL
  UNION SELECT p.model_id, p.effective_to FROM prices p WHERE p.tier = 'STANDARD' AND p.offering_id IS NULL AND NOT p.superseded AND p.min_prompt_tokens IS NULL AND p.effective_to IS NOT NULL) b;
