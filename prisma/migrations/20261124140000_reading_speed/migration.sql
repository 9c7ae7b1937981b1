-- Reading at scale (`npm run bench:read`): scoped search without reading every match's
-- vector, and facet counts of a whole project without scanning it on every page view.

-- Scoped searches ("in scratchpad") restricted search_all's terms to one weight, which
-- the GIN index cannot check: every candidate row's vector was read back from TOAST to
-- recheck it. One GIN index per part, on the part's own terms (ts_filter keeps
-- positions, so phrases match as before), answers them from the index alone.
CREATE INDEX "transcripts_search_query_idx" ON "transcripts" USING GIN (ts_filter("search_all", '{a}'));
CREATE INDEX "transcripts_search_scratchpad_idx" ON "transcripts" USING GIN (ts_filter("search_all", '{b}'));
CREATE INDEX "transcripts_search_output_idx" ON "transcripts" USING GIN (ts_filter("search_all", '{c}'));

-- Change log for cached counts: every statement that writes transcripts or imported
-- labels adds one row (statement-level, so an import batch costs one tiny insert). The
-- sum of `w` only grows when such a write commits, so it tells a reader whether a
-- cached count is still exact. Readers compact it (lib/data/facets.ts), keeping the sum.
CREATE TABLE "reading_changes" (
  "id" BIGSERIAL PRIMARY KEY,
  "w" BIGINT NOT NULL DEFAULT 1
);

CREATE OR REPLACE FUNCTION candor_note_reading_change() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO "reading_changes" DEFAULT VALUES;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "transcripts_reading_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "transcripts"
  FOR EACH STATEMENT EXECUTE FUNCTION candor_note_reading_change();
CREATE TRIGGER "imported_labels_reading_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "imported_labels"
  FOR EACH STATEMENT EXECUTE FUNCTION candor_note_reading_change();

-- Unfiltered facet counts per project, stored with the change-log sum they were computed
-- at; used only while that sum is unchanged (raw SQL in lib/data/facets.ts, not a Prisma model).
CREATE TABLE "reading_count_cache" (
  "project_id" TEXT NOT NULL REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "kind" TEXT NOT NULL,
  "changes" BIGINT NOT NULL,
  "data" JSONB NOT NULL,
  "computed_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY ("project_id", "kind")
);
