CREATE TABLE "producer_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"producer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"issuer" text,
	"issued_on" date,
	"valid_until" date,
	"file_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "producer_workforce" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"producer_id" uuid NOT NULL,
	"unit_id" text NOT NULL,
	"unit_version_id" text NOT NULL,
	"workers" integer NOT NULL,
	"as_of" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"thumb_key" text NOT NULL,
	"mime" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"phash" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "producers" ADD COLUMN "registration_no" text;--> statement-breakpoint
ALTER TABLE "producers" ADD COLUMN "registration_date" date;--> statement-breakpoint
ALTER TABLE "producers" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "code_rule_id" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "story" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "raw_material_origin" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "standards" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "ip_status" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "trademark_no" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "quality_declaration_no" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "packaging" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "label_info" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "gtin" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('vn_unaccent'::regconfig, coalesce(name, '') || ' ' || coalesce(description, ''))) STORED;--> statement-breakpoint
ALTER TABLE "producer_documents" ADD CONSTRAINT "producer_documents_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_workforce" ADD CONSTRAINT "producer_workforce_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_workforce" ADD CONSTRAINT "producer_workforce_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producer_workforce" ADD CONSTRAINT "producer_workforce_unit_version_id_admin_structure_versions_id_fk" FOREIGN KEY ("unit_version_id") REFERENCES "public"."admin_structure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_photos" ADD CONSTRAINT "product_photos_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "producer_documents_producer" ON "producer_documents" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "producer_documents_valid_until" ON "producer_documents" USING btree ("valid_until");--> statement-breakpoint
CREATE INDEX "producer_workforce_producer" ON "producer_workforce" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "product_photos_product" ON "product_photos" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "product_photos_phash" ON "product_photos" USING btree ("phash");--> statement-breakpoint
CREATE INDEX "producers_name_commune" ON "producers" USING btree ("name_fold","unit_id");--> statement-breakpoint
CREATE INDEX "products_search" ON "products" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "products_gtin" ON "products" USING btree ("gtin");--> statement-breakpoint
CREATE INDEX "products_natural" ON "products" USING btree ("producer_id","name_fold","product_set");