CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`url` text,
	`publisher` text,
	`retrieved_on` text,
	CONSTRAINT "sources_retrieved_on_date" CHECK("sources"."retrieved_on" IS NULL OR date("sources"."retrieved_on") = "sources"."retrieved_on")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_key_unique` ON `sources` (`key`);--> statement-breakpoint
CREATE TABLE `providers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`url` text,
	`source_id` integer,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `providers_slug_unique` ON `providers` (`slug`);--> statement-breakpoint
CREATE TABLE `best_for` (
	`model_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`source_id` integer,
	PRIMARY KEY(`model_id`, `position`),
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `faq_entries` (
	`model_id` integer NOT NULL,
	`position` integer NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`source_id` integer,
	PRIMARY KEY(`model_id`, `position`),
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `limitations` (
	`model_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`source_id` integer,
	PRIMARY KEY(`model_id`, `position`),
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `model_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`alias` text NOT NULL,
	`source_id` integer,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "model_aliases_lower_case" CHECK("model_aliases"."alias" = lower("model_aliases"."alias"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `model_aliases_alias_idx` ON `model_aliases` (`alias`);--> statement-breakpoint
CREATE INDEX `model_aliases_model_idx` ON `model_aliases` (`model_id`);--> statement-breakpoint
CREATE TABLE `model_modalities` (
	`model_id` integer NOT NULL,
	`direction` text NOT NULL,
	`modality` text NOT NULL,
	`position` integer NOT NULL,
	`source_id` integer,
	PRIMARY KEY(`model_id`, `direction`, `modality`),
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "model_modalities_direction_enum" CHECK("model_modalities"."direction" IN ('INPUT', 'OUTPUT')),
	CONSTRAINT "model_modalities_modality_enum" CHECK("model_modalities"."modality" IN ('TEXT', 'IMAGE', 'AUDIO', 'VIDEO', 'PDF'))
);
--> statement-breakpoint
CREATE INDEX `model_modalities_lookup_idx` ON `model_modalities` (`modality`,`direction`,`model_id`);--> statement-breakpoint
CREATE TABLE `models` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`provider_id` integer NOT NULL,
	`family` text,
	`tagline` text,
	`description` text,
	`release_date` text,
	`knowledge_cutoff` text,
	`context_window` integer,
	`max_output_tokens` integer,
	`fine_tunable` integer,
	`open_weights` integer,
	`intelligence` text,
	`speed` text,
	`output_tokens_per_second` real,
	`time_to_first_token_seconds` real,
	`source_id` integer,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "models_release_date_iso" CHECK("models"."release_date" IS NULL OR date("models"."release_date") = "models"."release_date"),
	CONSTRAINT "models_knowledge_cutoff_iso" CHECK("models"."knowledge_cutoff" IS NULL OR date("models"."knowledge_cutoff") = "models"."knowledge_cutoff"),
	CONSTRAINT "models_context_window_positive" CHECK("models"."context_window" > 0),
	CONSTRAINT "models_max_output_positive" CHECK("models"."max_output_tokens" > 0),
	CONSTRAINT "models_tps_non_negative" CHECK("models"."output_tokens_per_second" >= 0),
	CONSTRAINT "models_ttft_non_negative" CHECK("models"."time_to_first_token_seconds" >= 0),
	CONSTRAINT "models_intelligence_enum" CHECK("models"."intelligence" IN ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
	CONSTRAINT "models_speed_enum" CHECK("models"."speed" IN ('SLOW', 'MEDIUM', 'FAST', 'VERY_FAST'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `models_slug_unique` ON `models` (`slug`);--> statement-breakpoint
CREATE INDEX `models_provider_idx` ON `models` (`provider_id`);--> statement-breakpoint
CREATE INDEX `models_family_idx` ON `models` (`family`);--> statement-breakpoint
CREATE INDEX `models_name_idx` ON `models` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `models_release_date_idx` ON `models` (`release_date`,`id`);--> statement-breakpoint
CREATE INDEX `models_context_window_idx` ON `models` (`context_window`,`id`);--> statement-breakpoint
CREATE TABLE `capabilities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `capabilities_slug_unique` ON `capabilities` (`slug`);--> statement-breakpoint
CREATE TABLE `model_capabilities` (
	`model_id` integer NOT NULL,
	`capability_id` integer NOT NULL,
	`source_id` integer,
	PRIMARY KEY(`model_id`, `capability_id`),
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`capability_id`) REFERENCES `capabilities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `model_capabilities_capability_idx` ON `model_capabilities` (`capability_id`,`model_id`);--> statement-breakpoint
CREATE TABLE `benchmark_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`benchmark_id` integer NOT NULL,
	`score` real NOT NULL,
	`setting` text,
	`date` text,
	`source_id` integer,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`benchmark_id`) REFERENCES `benchmarks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "benchmark_results_date_iso" CHECK("benchmark_results"."date" IS NULL OR date("benchmark_results"."date") = "benchmark_results"."date")
);
--> statement-breakpoint
CREATE INDEX `benchmark_results_model_idx` ON `benchmark_results` (`model_id`,`benchmark_id`);--> statement-breakpoint
CREATE INDEX `benchmark_results_leaderboard_idx` ON `benchmark_results` (`benchmark_id`,`score`);--> statement-breakpoint
CREATE TABLE `benchmarks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`metric` text NOT NULL,
	`higher_is_better` integer NOT NULL,
	`description` text,
	`url` text,
	`source_id` integer,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "benchmarks_category_enum" CHECK("benchmarks"."category" IN ('MATH', 'CODING', 'REASONING', 'KNOWLEDGE', 'VISION', 'AGENTIC', 'GENERAL'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `benchmarks_slug_unique` ON `benchmarks` (`slug`);--> statement-breakpoint
CREATE INDEX `benchmarks_category_idx` ON `benchmarks` (`category`);--> statement-breakpoint
CREATE TABLE `prices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`tier` text NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`input_per_million` real,
	`output_per_million` real,
	`cached_input_per_million` real,
	`cache_write_per_million` real,
	`min_prompt_tokens` integer,
	`effective_from` text,
	`effective_to` text,
	`source_id` integer,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "prices_tier_enum" CHECK("prices"."tier" IN ('STANDARD', 'BATCH', 'FLEX', 'PRIORITY')),
	CONSTRAINT "prices_input_non_negative" CHECK("prices"."input_per_million" >= 0),
	CONSTRAINT "prices_output_non_negative" CHECK("prices"."output_per_million" >= 0),
	CONSTRAINT "prices_cached_input_non_negative" CHECK("prices"."cached_input_per_million" >= 0),
	CONSTRAINT "prices_cache_write_non_negative" CHECK("prices"."cache_write_per_million" >= 0),
	CONSTRAINT "prices_min_prompt_positive" CHECK("prices"."min_prompt_tokens" > 0),
	CONSTRAINT "prices_effective_from_iso" CHECK("prices"."effective_from" IS NULL OR date("prices"."effective_from") = "prices"."effective_from"),
	CONSTRAINT "prices_effective_to_iso" CHECK("prices"."effective_to" IS NULL OR date("prices"."effective_to") = "prices"."effective_to"),
	CONSTRAINT "prices_period_order" CHECK("prices"."effective_to" > "prices"."effective_from")
);
--> statement-breakpoint
CREATE INDEX `prices_model_tier_idx` ON `prices` (`model_id`,`tier`,`effective_from`);--> statement-breakpoint
CREATE TABLE `lifecycle_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`channel` text NOT NULL,
	`stage` text NOT NULL,
	`date` text NOT NULL,
	`note` text,
	`source_id` integer,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "lifecycle_events_channel_enum" CHECK("lifecycle_events"."channel" IN ('API', 'CHAT_APP')),
	CONSTRAINT "lifecycle_events_stage_enum" CHECK("lifecycle_events"."stage" IN ('ANNOUNCED', 'PREVIEW', 'RELEASED', 'DEPRECATED', 'RETIRED')),
	CONSTRAINT "lifecycle_events_date_iso" CHECK("lifecycle_events"."date" IS NULL OR date("lifecycle_events"."date") = "lifecycle_events"."date")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lifecycle_events_unique_idx` ON `lifecycle_events` (`model_id`,`channel`,`stage`);--> statement-breakpoint
CREATE INDEX `lifecycle_events_model_idx` ON `lifecycle_events` (`model_id`,`date`);--> statement-breakpoint
CREATE TABLE `model_relations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_model_id` integer NOT NULL,
	`to_model_id` integer NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`since` text,
	`source_id` integer,
	FOREIGN KEY (`from_model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "model_relations_kind_enum" CHECK("model_relations"."kind" IN ('SUCCESSOR', 'RELATED', 'SIBLING', 'DISTILLED_FROM', 'FINE_TUNED_FROM', 'SNAPSHOT_OF')),
	CONSTRAINT "model_relations_no_self_edge" CHECK("model_relations"."from_model_id" <> "model_relations"."to_model_id"),
	CONSTRAINT "model_relations_since_iso" CHECK("model_relations"."since" IS NULL OR date("model_relations"."since") = "model_relations"."since")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `model_relations_edge_idx` ON `model_relations` (`from_model_id`,`to_model_id`,`kind`);--> statement-breakpoint
CREATE INDEX `model_relations_to_idx` ON `model_relations` (`to_model_id`,`kind`);