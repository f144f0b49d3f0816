CREATE TABLE "admin_structure_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"tiers" integer NOT NULL,
	"effective_from" date,
	"effective_to" date,
	"source" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admin_unit_mappings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "admin_unit_mappings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"from_version_id" text NOT NULL,
	"to_version_id" text NOT NULL,
	"old_unit_id" text,
	"new_unit_id" text,
	"level" text NOT NULL,
	"confidence" text NOT NULL,
	"partial" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"settled_by" uuid,
	"settled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "admin_unit_scopes" (
	"unit_id" text NOT NULL,
	"current_province_id" text,
	"current_commune_id" text,
	CONSTRAINT "admin_unit_scopes_unit_id_pk" PRIMARY KEY("unit_id")
);
--> statement-breakpoint
CREATE TABLE "admin_units" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" text,
	"province_id" text NOT NULL,
	"name_fold" text GENERATED ALWAYS AS (f_unaccent(lower(name))) STORED
);
--> statement-breakpoint
CREATE TABLE "role_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"scope_kind" text NOT NULL,
	"unit_id" text,
	"producer_id" uuid,
	"council_id" uuid,
	"round_id" uuid,
	"granted_by" uuid,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"active_grant_id" uuid,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"full_name" text NOT NULL,
	"phone" text,
	"locale" text DEFAULT 'vi' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"stars" smallint NOT NULL,
	"decision_no" text NOT NULL,
	"decision_date" date NOT NULL,
	"issuer" text NOT NULL,
	"procedure_version_id" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"status" text NOT NULL,
	"historical" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "producers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"legal_type" text NOT NULL,
	"tax_code" text,
	"address_line" text,
	"unit_id" text NOT NULL,
	"unit_version_id" text NOT NULL,
	"scope_province_id" text,
	"scope_commune_id" text,
	"owner_user_id" uuid,
	"representative_name" text,
	"representative_sex" text,
	"representative_ethnicity" text,
	"representative_disability" boolean,
	"phone" text,
	"email" text,
	"status" text DEFAULT 'active' NOT NULL,
	"name_fold" text GENERATED ALWAYS AS (f_unaccent(lower(name))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_code_sequences" (
	"scope" text PRIMARY KEY NOT NULL,
	"last_value" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"producer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"product_set" smallint NOT NULL,
	"code" text,
	"unit_id" text NOT NULL,
	"unit_version_id" text NOT NULL,
	"scope_province_id" text,
	"scope_commune_id" text,
	"status" text DEFAULT 'active' NOT NULL,
	"current_stars" smallint,
	"name_fold" text GENERATED ALWAYS AS (f_unaccent(lower(name))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_head" (
	"id" smallint PRIMARY KEY NOT NULL,
	"last_id" bigint NOT NULL,
	"last_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"ip" text,
	"request_id" text,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"summary" text DEFAULT '' NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"personal_digests" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_personal" (
	"audit_id" bigint PRIMARY KEY NOT NULL,
	"data" jsonb,
	"redacted_at" timestamp with time zone,
	"redaction_reason" text
);
--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dispatched_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
ALTER TABLE "admin_unit_mappings" ADD CONSTRAINT "admin_unit_mappings_from_version_id_admin_structure_versions_id_fk" FOREIGN KEY ("from_version_id") REFERENCES "public"."admin_structure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_mappings" ADD CONSTRAINT "admin_unit_mappings_to_version_id_admin_structure_versions_id_fk" FOREIGN KEY ("to_version_id") REFERENCES "public"."admin_structure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_mappings" ADD CONSTRAINT "admin_unit_mappings_old_unit_id_admin_units_id_fk" FOREIGN KEY ("old_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_mappings" ADD CONSTRAINT "admin_unit_mappings_new_unit_id_admin_units_id_fk" FOREIGN KEY ("new_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_mappings" ADD CONSTRAINT "admin_unit_mappings_settled_by_users_id_fk" FOREIGN KEY ("settled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_scopes" ADD CONSTRAINT "admin_unit_scopes_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_scopes" ADD CONSTRAINT "admin_unit_scopes_current_province_id_admin_units_id_fk" FOREIGN KEY ("current_province_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_scopes" ADD CONSTRAINT "admin_unit_scopes_current_commune_id_admin_units_id_fk" FOREIGN KEY ("current_commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_units" ADD CONSTRAINT "admin_units_version_id_admin_structure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."admin_structure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_unit_version_id_admin_structure_versions_id_fk" FOREIGN KEY ("unit_version_id") REFERENCES "public"."admin_structure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_scope_province_id_admin_units_id_fk" FOREIGN KEY ("scope_province_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_scope_commune_id_admin_units_id_fk" FOREIGN KEY ("scope_commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "producers" ADD CONSTRAINT "producers_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_unit_id_admin_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_unit_version_id_admin_structure_versions_id_fk" FOREIGN KEY ("unit_version_id") REFERENCES "public"."admin_structure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_scope_province_id_admin_units_id_fk" FOREIGN KEY ("scope_province_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_scope_commune_id_admin_units_id_fk" FOREIGN KEY ("scope_commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_personal" ADD CONSTRAINT "audit_personal_audit_id_audit_log_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audit_log"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_unit_mappings_old" ON "admin_unit_mappings" USING btree ("old_unit_id");--> statement-breakpoint
CREATE INDEX "admin_unit_mappings_new" ON "admin_unit_mappings" USING btree ("new_unit_id");--> statement-breakpoint
CREATE INDEX "admin_unit_mappings_confidence" ON "admin_unit_mappings" USING btree ("confidence");--> statement-breakpoint
CREATE UNIQUE INDEX "admin_units_version_code" ON "admin_units" USING btree ("version_id","code");--> statement-breakpoint
CREATE INDEX "admin_units_parent" ON "admin_units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "admin_units_province_level" ON "admin_units" USING btree ("province_id","level");--> statement-breakpoint
CREATE INDEX "admin_units_name_trgm" ON "admin_units" USING gin ("name_fold" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "role_grants_user" ON "role_grants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "role_grants_unit" ON "role_grants" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "certificates_product" ON "certificates" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "certificates_valid_until" ON "certificates" USING btree ("status","valid_until");--> statement-breakpoint
CREATE UNIQUE INDEX "producers_tax_code" ON "producers" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "producers_scope_province" ON "producers" USING btree ("scope_province_id","name");--> statement-breakpoint
CREATE INDEX "producers_scope_commune" ON "producers" USING btree ("scope_commune_id","name");--> statement-breakpoint
CREATE INDEX "producers_owner" ON "producers" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "producers_name_trgm" ON "producers" USING gin ("name_fold" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "products_code" ON "products" USING btree ("code");--> statement-breakpoint
CREATE INDEX "products_producer" ON "products" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "products_scope_province" ON "products" USING btree ("scope_province_id","status","product_set");--> statement-breakpoint
CREATE INDEX "products_scope_commune" ON "products" USING btree ("scope_commune_id","status");--> statement-breakpoint
CREATE INDEX "products_scope_province_updated" ON "products" USING btree ("scope_province_id","updated_at");--> statement-breakpoint
CREATE INDEX "products_name_trgm" ON "products" USING gin ("name_fold" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "audit_log_object" ON "audit_log" USING btree ("object_type","object_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_actor" ON "audit_log" USING btree ("actor_user_id","id");--> statement-breakpoint
CREATE INDEX "outbox_pending" ON "outbox" USING btree ("dispatched_at","available_at");