-- One full-text vector per transcript instead of three. The scratchpad and output were
-- each run through to_tsvector twice (their own column and search_all), which made
-- to_tsvector the largest cost of an import (bench:import). search_all already weights
-- its parts (A = query, B = scratchpad, C = output), so a search limited to one part is
-- the same GIN lookup with the query's terms restricted to that weight.
DROP INDEX IF EXISTS "transcripts_search_scratchpad_idx";
DROP INDEX IF EXISTS "transcripts_search_output_idx";
ALTER TABLE "transcripts" DROP COLUMN IF EXISTS "search_scratchpad";
ALTER TABLE "transcripts" DROP COLUMN IF EXISTS "search_output";

-- Restricts every term of a tsquery to one weight: 'rlhf' & 'modif':* -> 'rlhf':B & 'modif':*B.
CREATE OR REPLACE FUNCTION candor_tsquery_weight(q tsquery, w text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT regexp_replace(q::text, '(''(?:[^'']|'''')+'')(:(\*))?', '\1:\3' || w, 'g')::tsquery
$fn$;
