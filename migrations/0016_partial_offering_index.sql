DROP INDEX `prices_offering_idx`;--> statement-breakpoint
CREATE INDEX `prices_offering_idx` ON `prices` (`offering_id`) WHERE "prices"."offering_id" IS NOT NULL;