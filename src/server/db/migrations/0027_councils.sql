CREATE TABLE "council_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"position" text NOT NULL,
	"agency" text NOT NULL,
	"grant_id" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "council_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"round_id" uuid,
	"title" text NOT NULL,
	"meeting_on" date NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"mode" text DEFAULT 'meeting' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"present" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"met_on" date,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"pass" smallint DEFAULT 1 NOT NULL,
	"version" smallint DEFAULT 1 NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"stars" smallint DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"last_change_id" text,
	"device" text,
	"correction_reason" text,
	"supersedes" uuid,
	"sent_at" timestamp with time zone,
	"locked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_sheets_pass" CHECK ("council_sheets"."pass" BETWEEN 1 AND 2),
	CONSTRAINT "council_sheets_correction" CHECK (("council_sheets"."version" = 1) = ("council_sheets"."correction_reason" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"level" text NOT NULL,
	"province_id" text,
	"name" text NOT NULL,
	"established_by" text DEFAULT '' NOT NULL,
	"established_on" date,
	"rules" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "councils_place" CHECK (("councils"."level" = 'central') = ("councils"."province_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "member_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"declared_by" uuid,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"rubric_version_id" text NOT NULL,
	"set_no" smallint NOT NULL,
	"position" smallint NOT NULL,
	"status" text DEFAULT 'scoring' NOT NULL,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"rescoring" jsonb,
	"result" jsonb,
	"score" numeric(5, 2),
	"stars" smallint,
	"result_version" integer DEFAULT 0 NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sheets" ADD CONSTRAINT "council_sheets_item_id_session_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."session_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sheets" ADD CONSTRAINT "council_sheets_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_province_id_admin_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_conflicts" ADD CONSTRAINT "member_conflicts_item_id_session_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."session_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_conflicts" ADD CONSTRAINT "member_conflicts_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_conflicts" ADD CONSTRAINT "member_conflicts_declared_by_users_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_items" ADD CONSTRAINT "session_items_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_items" ADD CONSTRAINT "session_items_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_items" ADD CONSTRAINT "session_items_rubric_version_id_rubric_versions_id_fk" FOREIGN KEY ("rubric_version_id") REFERENCES "public"."rubric_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "council_members_user" ON "council_members" USING btree ("council_id","user_id") WHERE "council_members"."removed_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "council_members_chair" ON "council_members" USING btree ("council_id") WHERE "council_members"."removed_at" IS NULL AND "council_members"."position" = 'chair';--> statement-breakpoint
CREATE INDEX "council_sessions_council" ON "council_sessions" USING btree ("council_id","meeting_on");--> statement-breakpoint
CREATE UNIQUE INDEX "council_sheets_member_pass" ON "council_sheets" USING btree ("item_id","member_id","pass","version");--> statement-breakpoint
CREATE INDEX "councils_province" ON "councils" USING btree ("province_id");--> statement-breakpoint
CREATE UNIQUE INDEX "member_conflicts_item" ON "member_conflicts" USING btree ("item_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_items_dossier" ON "session_items" USING btree ("session_id","dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_items_open_dossier" ON "session_items" USING btree ("dossier_id") WHERE "session_items"."status" <> 'closed';--> statement-breakpoint
-- A rubric version is immutable once any sheet scored with it, a council's as well as a producer's.
CREATE OR REPLACE FUNCTION rubric_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM self_assessments WHERE rubric_version_id = OLD.id)
     OR EXISTS (SELECT 1 FROM session_items WHERE rubric_version_id = OLD.id) THEN
    IF TG_OP = 'DELETE' OR NEW.pack IS DISTINCT FROM OLD.pack OR NEW.rules IS DISTINCT FROM OLD.rules OR NEW.id IS DISTINCT FROM OLD.id THEN
      RAISE EXCEPTION 'rubric version % is used by score sheets and cannot change', OLD.id USING ERRCODE = 'P0001', HINT = 'RUBRIC_IN_USE';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- A council sheet is locked when its dossier closes: it never changes again, and a
-- correction is a new row (version + 1) with its reason.
CREATE FUNCTION council_sheet_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'locked' THEN
    RAISE EXCEPTION 'council sheet % is locked', OLD.id USING ERRCODE = 'P0001', HINT = 'SHEET_LOCKED';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER council_sheets_locked BEFORE UPDATE OR DELETE ON council_sheets FOR EACH ROW EXECUTE FUNCTION council_sheet_guard();
