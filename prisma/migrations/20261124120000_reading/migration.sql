-- Reading: indexes for the transcript list (filters, facets, sorts) and label filters.
-- Measured with `npm run bench:read`; see scripts/bench-read.ts.

-- Covering index: counts and facet counts under condition filters become index-only
-- scans of this (narrow) index instead of scans of the wide transcript rows.
CREATE INDEX "transcripts_project_id_id_idx" ON "transcripts" ("project_id", "id")
  INCLUDE ("dataset_id", "model", "tier", "setting", "prompt_variant", "monitoring", "tier_indicator", "info_delivery",
           "cot", "training_stage", "user_suffix", "eval_family", "query_source", "output_marker", "char_count", "parse_warnings");

-- Sorted pages stop after one page of rows instead of sorting every match.
CREATE INDEX "transcripts_project_id_char_count_id_idx" ON "transcripts" ("project_id", "char_count", "id");
CREATE INDEX "transcripts_sort_model_idx" ON "transcripts" ("project_id", (coalesce("model", '')), "id");
CREATE INDEX "transcripts_sort_tier_idx" ON "transcripts" ("project_id", (coalesce("tier", '')), "id");
CREATE INDEX "transcripts_sort_variant_idx" ON "transcripts" ("project_id", (coalesce("prompt_variant", '')), "id");
CREATE INDEX "transcripts_sort_setting_idx" ON "transcripts" ("project_id", (coalesce("setting", '')), "id");

-- Imported-label filters (`label=grader/key=value`) as index-only lookups.
CREATE INDEX "imported_labels_grader_key_values_idx" ON "imported_labels" ("grader", "key", "value_text", "value_bool", "value_num") INCLUDE ("transcript_id");
