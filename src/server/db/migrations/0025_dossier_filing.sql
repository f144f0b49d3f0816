CREATE TABLE "dossier_returns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"by_level" text NOT NULL,
	"items" jsonb NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dossier_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"note" text NOT NULL,
	"answers" uuid,
	"storage_key" text,
	"file_name" text,
	"mime" text,
	"bytes" integer,
	"sha256" text,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"level" text NOT NULL,
	"province_id" text,
	"year" smallint NOT NULL,
	"no" smallint NOT NULL,
	"kind" text NOT NULL,
	"procedure_version_id" text NOT NULL,
	"proposals_by" date NOT NULL,
	"decide_by" date NOT NULL,
	"advisory_group" text,
	"council" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_rounds_place" CHECK (("evaluation_rounds"."level" = 'central') = ("evaluation_rounds"."province_id" IS NULL)),
	CONSTRAINT "evaluation_rounds_dates" CHECK ("evaluation_rounds"."proposals_by" <= "evaluation_rounds"."decide_by")
);
--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "round_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "copied_from" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "self_assessment_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "form01" jsonb;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "form02" jsonb;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "samples" jsonb;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "form03" jsonb;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "received_on" date;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "commune_due_on" date;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "commune_checked_on" date;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "accepted_on" date;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "dossier_returns" ADD CONSTRAINT "dossier_returns_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_returns" ADD CONSTRAINT "dossier_returns_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_reviews" ADD CONSTRAINT "dossier_reviews_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_reviews" ADD CONSTRAINT "dossier_reviews_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_province_id_admin_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_returns_dossier" ON "dossier_returns" USING btree ("dossier_id","created_at");--> statement-breakpoint
CREATE INDEX "dossier_reviews_dossier" ON "dossier_reviews" USING btree ("dossier_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_rounds_no" ON "evaluation_rounds" USING btree ("level",coalesce("province_id", ''),"year","no");--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossiers_commune_due" ON "dossiers" USING btree ("commune_due_on") WHERE "dossiers"."status" = 'submitted';--> statement-breakpoint
CREATE INDEX "dossiers_status" ON "dossiers" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "dossiers_round" ON "dossiers" USING btree ("round_id");