CREATE TABLE "product_ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"product_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"product_set_no" smallint,
	"description" text DEFAULT '' NOT NULL,
	"raw_materials" text DEFAULT '' NOT NULL,
	"local_identity" text DEFAULT '' NOT NULL,
	"plan" jsonb,
	"submitted_on" date,
	"selected_on" date,
	"plan_submitted_on" date,
	"plan_approved_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_ideas_set" CHECK ("product_ideas"."product_set_no" IS NULL OR "product_ideas"."product_set_no" BETWEEN 1 AND 26)
);
--> statement-breakpoint
CREATE TABLE "registration_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_id" text NOT NULL,
	"year" smallint NOT NULL,
	"ideas_due_on" date NOT NULL,
	"plans_due_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_calls_dates" CHECK ("registration_calls"."ideas_due_on" <= "registration_calls"."plans_due_on")
);
--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_call_id_registration_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."registration_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_ideas" ADD CONSTRAINT "product_ideas_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_calls" ADD CONSTRAINT "registration_calls_province_id_admin_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_calls" ADD CONSTRAINT "registration_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_ideas_call" ON "product_ideas" USING btree ("call_id","status");--> statement-breakpoint
CREATE INDEX "product_ideas_producer" ON "product_ideas" USING btree ("producer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "product_ideas_product" ON "product_ideas" USING btree ("product_id") WHERE "product_ideas"."product_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "registration_calls_year" ON "registration_calls" USING btree ("province_id","year");