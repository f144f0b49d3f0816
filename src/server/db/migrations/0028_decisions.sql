CREATE TABLE "certificate_counters" (
	"issuer_key" text NOT NULL,
	"year" smallint NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"stars" smallint NOT NULL,
	"score" numeric(5, 2)
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"level" text NOT NULL,
	"province_id" text,
	"issuer_key" text NOT NULL,
	"issuer_name" text NOT NULL,
	"suffix" text NOT NULL,
	"title" text NOT NULL,
	"session_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"seq" integer,
	"number" text,
	"year" smallint,
	"signed_on" date,
	"signer_name" text,
	"signer_title" text NOT NULL,
	"storage_key" text,
	"file_name" text,
	"bytes" integer,
	"sha256" text,
	"published_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "result_complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"text" text NOT NULL,
	"lodged_on" date NOT NULL,
	"answer_due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_on" date,
	"lodged_by" uuid,
	"answered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "decision_id" uuid;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "dossier_id" uuid;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_province_id_admin_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_complaints" ADD CONSTRAINT "result_complaints_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_complaints" ADD CONSTRAINT "result_complaints_lodged_by_users_id_fk" FOREIGN KEY ("lodged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_complaints" ADD CONSTRAINT "result_complaints_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_counters_key" ON "certificate_counters" USING btree ("issuer_key","year");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_items_dossier" ON "decision_items" USING btree ("decision_id","dossier_id");--> statement-breakpoint
CREATE INDEX "decision_items_product" ON "decision_items" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_number" ON "decisions" USING btree ("issuer_key","suffix","year","seq") WHERE "decisions"."seq" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "decisions_province" ON "decisions" USING btree ("province_id","created_at");--> statement-breakpoint
CREATE INDEX "result_complaints_dossier" ON "result_complaints" USING btree ("dossier_id","lodged_on");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_decision_product" ON "certificates" USING btree ("decision_id","product_id") WHERE "certificates"."decision_id" IS NOT NULL;