-- Custom SQL migration (drizzle-kit generate --custom): the projections of 0014 (each event's
-- ends_on, standard_price_periods) are no longer kept by triggers that restate the status and
-- serving rules in SQL; the code projects them once, in TypeScript, when a write commits (issue 23).
-- The upgrade's data step 3 projects every model once for a database made before this.
DROP TRIGGER IF EXISTS lifecycle_events_ends_on_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS lifecycle_events_ends_on_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS lifecycle_events_ends_on_update;
--> statement-breakpoint
DROP TRIGGER IF EXISTS models_standard_price_periods;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_standard_periods_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_standard_periods_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_standard_periods_update;
