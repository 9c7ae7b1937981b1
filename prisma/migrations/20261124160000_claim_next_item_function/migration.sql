-- "Next item" as one database call. Under load, the interactive transaction held the
-- per-queue lock across several client round trips, and every other rater of the queue
-- waited behind them (bench:label). Inside a function the lock is held only while the
-- statements run. Same rules as before: release expired reservations, then take the
-- first item by position that the rater has not claimed, skipped or labelled, and that
-- has fewer submitted + live reservations than the queue requires.
CREATE OR REPLACE FUNCTION candor_claim_next_item(
  p_queue_id text, p_user_id text, p_required int, p_now timestamp(3), p_expires_at timestamp(3))
RETURNS TABLE (o_item_id int, o_transcript_id int, o_position int, o_expires_at timestamp(3))
LANGUAGE plpgsql AS $fn$
BEGIN
  -- The same key lib/data/queue-access.ts lockQueue() takes on submit.
  PERFORM pg_advisory_xact_lock(hashtextextended('queue:' || p_queue_id, 0));
  DELETE FROM queue_claims c USING queue_items qi
   WHERE qi.id = c.queue_item_id AND qi.queue_id = p_queue_id
     AND c.status = 'reserved' AND c.expires_at <= p_now;
  RETURN QUERY
  WITH pick AS (
    SELECT qi.id, qi.transcript_id, qi.position FROM queue_items qi
     WHERE qi.queue_id = p_queue_id
       AND qi.done_count < p_required
       AND NOT EXISTS (SELECT 1 FROM queue_claims c WHERE c.queue_item_id = qi.id AND c.user_id = p_user_id)
       AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.transcript_id = qi.transcript_id AND l.rater_id = p_user_id AND l.status = 'submitted')
       AND (SELECT count(*) FROM queue_claims c WHERE c.queue_item_id = qi.id
             AND (c.status = 'submitted' OR (c.status = 'reserved' AND c.expires_at > p_now))) < p_required
     ORDER BY qi.position
     LIMIT 1),
  claim AS (
    INSERT INTO queue_claims (queue_item_id, user_id, status, reserved_at, expires_at)
    SELECT pick.id, p_user_id, 'reserved'::"ClaimStatus", p_now, p_expires_at FROM pick
    RETURNING queue_claims.queue_item_id, queue_claims.expires_at)
  SELECT pick.id, pick.transcript_id, pick.position, claim.expires_at
    FROM pick JOIN claim ON claim.queue_item_id = pick.id;
END
$fn$;
