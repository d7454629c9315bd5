-- Custom SQL migration (drizzle-kit generate --custom): the price triggers of 0015 recompute a
-- model's standard price periods only when the row written is one the serving rule reads (a
-- maker's standard-tier base price that is not superseded), before or after the write: hosts'
-- prices, other tiers and long-context thresholds no longer cost an import a recomputation.
DROP TRIGGER prices_standard_periods_insert;
--> statement-breakpoint
CREATE TRIGGER prices_standard_periods_insert AFTER INSERT ON prices
  WHEN NEW.tier = 'STANDARD' AND NEW.offering_id IS NULL AND NEW.min_prompt_tokens IS NULL AND NOT NEW.superseded BEGIN
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
DROP TRIGGER prices_standard_periods_delete;
--> statement-breakpoint
CREATE TRIGGER prices_standard_periods_delete AFTER DELETE ON prices
  WHEN OLD.tier = 'STANDARD' AND OLD.offering_id IS NULL AND OLD.min_prompt_tokens IS NULL AND NOT OLD.superseded BEGIN
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
DROP TRIGGER prices_standard_periods_update;
--> statement-breakpoint
CREATE TRIGGER prices_standard_periods_update AFTER UPDATE ON prices
  WHEN (OLD.tier = 'STANDARD' AND OLD.offering_id IS NULL AND OLD.min_prompt_tokens IS NULL AND NOT OLD.superseded) OR (NEW.tier = 'STANDARD' AND NEW.offering_id IS NULL AND NEW.min_prompt_tokens IS NULL AND NOT NEW.superseded) BEGIN
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
