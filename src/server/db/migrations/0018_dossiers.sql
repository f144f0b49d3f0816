CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"procedure_version_id" text,
	"year" smallint,
	"round_label" text,
	"filed_on" date,
	"proposed_stars" smallint,
	"score" numeric(5, 2),
	"council_date" date,
	"import_id" uuid,
	"source_row" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_proposed_stars" CHECK ("dossiers"."proposed_stars" IS NULL OR "dossiers"."proposed_stars" BETWEEN 1 AND 5)
);
--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossiers_product" ON "dossiers" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_open_per_product" ON "dossiers" USING btree ("product_id") WHERE "dossiers"."status" NOT IN ('recognised', 'notRecognised', 'withdrawn');