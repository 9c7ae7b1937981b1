-- "Next item" walks a queue's items in position order and stops at the first one the
-- rater may take; without this index it read every item of the queue (bench:label).
CREATE INDEX "queue_items_queue_id_position_idx" ON "queue_items" ("queue_id", "position");
