-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'lead', 'annotator', 'viewer');

-- CreateEnum
CREATE TYPE "DatasetStatus" AS ENUM ('importing', 'ready', 'failed');

-- CreateEnum
CREATE TYPE "LabelStatus" AS ENUM ('draft', 'submitted');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('reserved', 'submitted', 'skipped');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'viewer',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "projects" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "is_synthetic" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "datasets" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "original_path" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "bytes" BIGINT NOT NULL DEFAULT 0,
    "status" "DatasetStatus" NOT NULL DEFAULT 'importing',
    "imported_by_id" TEXT,
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "record_count" INTEGER NOT NULL DEFAULT 0,
    "imported_count" INTEGER NOT NULL DEFAULT 0,
    "duplicate_count" INTEGER NOT NULL DEFAULT 0,
    "skipped_count" INTEGER NOT NULL DEFAULT 0,
    "warning_count" INTEGER NOT NULL DEFAULT 0,
    "tag_config" JSONB NOT NULL DEFAULT '{}',
    "options" JSONB NOT NULL DEFAULT '{}',
    "is_synthetic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "datasets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "system_prompts" (
    "id" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "system_prompts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transcripts" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "dataset_id" TEXT NOT NULL,
    "source_index" INTEGER NOT NULL,
    "source_ref" TEXT NOT NULL DEFAULT '',
    "system_prompt_id" TEXT,
    "model" TEXT,
    "tier" TEXT,
    "monitoring" TEXT,
    "tier_indicator" TEXT,
    "setting" TEXT,
    "prompt_variant" TEXT,
    "info_delivery" TEXT,
    "cot" TEXT,
    "training_stage" TEXT,
    "seed" INTEGER,
    "user_suffix" TEXT,
    "eval_family" TEXT,
    "query_source" TEXT,
    "query_key" TEXT NOT NULL,
    "sample_index" INTEGER,
    "condition_sources" JSONB NOT NULL DEFAULT '{}',
    "extra" JSONB NOT NULL DEFAULT '{}',
    "turns" JSONB NOT NULL,
    "segments" JSONB NOT NULL DEFAULT '[]',
    "parse_warnings" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "query_text" TEXT NOT NULL DEFAULT '',
    "scratchpad_text" TEXT NOT NULL DEFAULT '',
    "output_text" TEXT NOT NULL DEFAULT '',
    "output_marker" TEXT,
    "char_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Hand-written: Prisma cannot express generated columns. Inputs are capped so that
    -- a huge transcript cannot exceed tsvector's 1 MB limit and fail the import.
    "search_all" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, left("query_text", 20000)), 'A') ||
        setweight(to_tsvector('english'::regconfig, left("scratchpad_text", 200000)), 'B') ||
        setweight(to_tsvector('english'::regconfig, left("output_text", 100000)), 'C')) STORED,
    "search_scratchpad" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, left("scratchpad_text", 200000))) STORED,
    "search_output" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, left("output_text", 100000))) STORED,

    CONSTRAINT "transcripts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "imported_labels" (
    "id" SERIAL NOT NULL,
    "transcript_id" INTEGER NOT NULL,
    "grader" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value_bool" BOOLEAN,
    "value_num" DOUBLE PRECISION,
    "value_text" TEXT,
    "raw" JSONB,
    "quotes" JSONB,

    CONSTRAINT "imported_labels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "label_schemas" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "label_schemas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "labels" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "transcript_id" INTEGER NOT NULL,
    "rater_id" TEXT NOT NULL,
    "schema_id" TEXT NOT NULL,
    "queue_id" TEXT,
    "values" JSONB NOT NULL DEFAULT '{}',
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT NOT NULL DEFAULT '',
    "status" "LabelStatus" NOT NULL DEFAULT 'draft',
    "is_blind" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "submitted_at" TIMESTAMP(3),

    CONSTRAINT "labels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "label_events" (
    "id" SERIAL NOT NULL,
    "label_id" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "label_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "queues" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "source" JSONB NOT NULL DEFAULT '{}',
    "required_raters" INTEGER NOT NULL DEFAULT 1,
    "assignment" TEXT NOT NULL DEFAULT 'open',
    "blind_conditions" BOOLEAN NOT NULL DEFAULT false,
    "redact_patterns" JSONB NOT NULL DEFAULT '[]',
    "reservation_minutes" INTEGER NOT NULL DEFAULT 30,
    "is_archived" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "queues_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "queue_assignees" (
    "queue_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,

    CONSTRAINT "queue_assignees_pkey" PRIMARY KEY ("queue_id","user_id")
);

-- CreateTable
CREATE TABLE "queue_items" (
    "id" SERIAL NOT NULL,
    "queue_id" TEXT NOT NULL,
    "transcript_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "stratum" TEXT,
    "done_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "queue_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "queue_claims" (
    "id" SERIAL NOT NULL,
    "queue_item_id" INTEGER NOT NULL,
    "user_id" TEXT NOT NULL,
    "status" "ClaimStatus" NOT NULL DEFAULT 'reserved',
    "reserved_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "skip_reason" TEXT,

    CONSTRAINT "queue_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "adjudications" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "transcript_id" INTEGER NOT NULL,
    "queue_id" TEXT,
    "adjudicator_id" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "rationale" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "adjudications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comments" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "transcript_id" INTEGER NOT NULL,
    "author_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "anchor" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_views" (
    "id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_views_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "projects_slug_key" ON "projects"("slug");

-- CreateIndex
CREATE INDEX "datasets_project_id_idx" ON "datasets"("project_id");

-- CreateIndex
CREATE UNIQUE INDEX "datasets_project_id_sha256_key" ON "datasets"("project_id", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "system_prompts_sha256_key" ON "system_prompts"("sha256");

-- CreateIndex
CREATE INDEX "transcripts_dataset_id_source_index_idx" ON "transcripts"("dataset_id", "source_index");

-- CreateIndex
CREATE INDEX "transcripts_project_id_query_key_idx" ON "transcripts"("project_id", "query_key");

-- CreateIndex
CREATE INDEX "transcripts_project_id_model_idx" ON "transcripts"("project_id", "model");

-- CreateIndex
CREATE INDEX "transcripts_project_id_tier_idx" ON "transcripts"("project_id", "tier");

-- CreateIndex
CREATE INDEX "transcripts_project_id_prompt_variant_idx" ON "transcripts"("project_id", "prompt_variant");

-- CreateIndex
CREATE INDEX "transcripts_search_all_idx" ON "transcripts" USING GIN ("search_all");

-- CreateIndex
CREATE INDEX "transcripts_search_scratchpad_idx" ON "transcripts" USING GIN ("search_scratchpad");

-- CreateIndex
CREATE INDEX "transcripts_search_output_idx" ON "transcripts" USING GIN ("search_output");

-- CreateIndex
CREATE UNIQUE INDEX "transcripts_project_id_key_key" ON "transcripts"("project_id", "key");

-- CreateIndex
CREATE INDEX "imported_labels_transcript_id_idx" ON "imported_labels"("transcript_id");

-- CreateIndex
CREATE INDEX "imported_labels_grader_key_idx" ON "imported_labels"("grader", "key");

-- CreateIndex
CREATE UNIQUE INDEX "label_schemas_project_id_version_key" ON "label_schemas"("project_id", "version");

-- CreateIndex
CREATE INDEX "labels_project_id_status_idx" ON "labels"("project_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "labels_transcript_id_rater_id_key" ON "labels"("transcript_id", "rater_id");

-- CreateIndex
CREATE INDEX "label_events_label_id_id_idx" ON "label_events"("label_id", "id");

-- CreateIndex
CREATE INDEX "queues_project_id_idx" ON "queues"("project_id");

-- CreateIndex
CREATE INDEX "queue_items_queue_id_done_count_position_idx" ON "queue_items"("queue_id", "done_count", "position");

-- CreateIndex
CREATE UNIQUE INDEX "queue_items_queue_id_transcript_id_key" ON "queue_items"("queue_id", "transcript_id");

-- CreateIndex
CREATE INDEX "queue_claims_user_id_status_idx" ON "queue_claims"("user_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "queue_claims_queue_item_id_user_id_key" ON "queue_claims"("queue_item_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "adjudications_transcript_id_queue_id_key" ON "adjudications"("transcript_id", "queue_id");

-- CreateIndex
CREATE INDEX "comments_transcript_id_idx" ON "comments"("transcript_id");

-- CreateIndex
CREATE INDEX "saved_views_project_id_idx" ON "saved_views"("project_id");

-- AddForeignKey
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transcripts" ADD CONSTRAINT "transcripts_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transcripts" ADD CONSTRAINT "transcripts_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transcripts" ADD CONSTRAINT "transcripts_system_prompt_id_fkey" FOREIGN KEY ("system_prompt_id") REFERENCES "system_prompts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "imported_labels" ADD CONSTRAINT "imported_labels_transcript_id_fkey" FOREIGN KEY ("transcript_id") REFERENCES "transcripts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "label_schemas" ADD CONSTRAINT "label_schemas_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "label_schemas" ADD CONSTRAINT "label_schemas_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labels" ADD CONSTRAINT "labels_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labels" ADD CONSTRAINT "labels_transcript_id_fkey" FOREIGN KEY ("transcript_id") REFERENCES "transcripts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labels" ADD CONSTRAINT "labels_rater_id_fkey" FOREIGN KEY ("rater_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labels" ADD CONSTRAINT "labels_schema_id_fkey" FOREIGN KEY ("schema_id") REFERENCES "label_schemas"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labels" ADD CONSTRAINT "labels_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queues"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "label_events" ADD CONSTRAINT "label_events_label_id_fkey" FOREIGN KEY ("label_id") REFERENCES "labels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "label_events" ADD CONSTRAINT "label_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queues" ADD CONSTRAINT "queues_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queues" ADD CONSTRAINT "queues_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_assignees" ADD CONSTRAINT "queue_assignees_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_assignees" ADD CONSTRAINT "queue_assignees_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_items" ADD CONSTRAINT "queue_items_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_items" ADD CONSTRAINT "queue_items_transcript_id_fkey" FOREIGN KEY ("transcript_id") REFERENCES "transcripts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_claims" ADD CONSTRAINT "queue_claims_queue_item_id_fkey" FOREIGN KEY ("queue_item_id") REFERENCES "queue_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_claims" ADD CONSTRAINT "queue_claims_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adjudications" ADD CONSTRAINT "adjudications_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adjudications" ADD CONSTRAINT "adjudications_transcript_id_fkey" FOREIGN KEY ("transcript_id") REFERENCES "transcripts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adjudications" ADD CONSTRAINT "adjudications_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queues"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adjudications" ADD CONSTRAINT "adjudications_adjudicator_id_fkey" FOREIGN KEY ("adjudicator_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_transcript_id_fkey" FOREIGN KEY ("transcript_id") REFERENCES "transcripts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

