CREATE TABLE "certificate_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on_day" date NOT NULL,
	"announced" boolean DEFAULT true NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"ground" text NOT NULL,
	"conclusion_ref" text NOT NULL,
	"conclusion_date" date NOT NULL,
	"conclusion_by" text NOT NULL,
	"note" text,
	"due_on" date NOT NULL,
	"level" text NOT NULL,
	"province_id" text,
	"status" text DEFAULT 'open' NOT NULL,
	"decision_no" text,
	"decision_seq" integer,
	"decision_suffix" text,
	"decision_date" date,
	"storage_key" text,
	"file_name" text,
	"bytes" integer,
	"sha256" text,
	"dropped_reason" text,
	"opened_by" uuid,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notice_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"provider_id" text,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "notice_reads" (
	"notice_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_reads_notice_id_user_id_pk" PRIMARY KEY("notice_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"audience" text NOT NULL,
	"user_id" uuid,
	"producer_id" uuid,
	"unit_id" text,
	"role" text,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"text" text NOT NULL,
	"link" text,
	"object_type" text,
	"object_id" text,
	"dedupe_key" text NOT NULL,
	"unreachable" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificate_events" ADD CONSTRAINT "certificate_events_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocations" ADD CONSTRAINT "revocations_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocations" ADD CONSTRAINT "revocations_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocations" ADD CONSTRAINT "revocations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_deliveries" ADD CONSTRAINT "notice_deliveries_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_reads" ADD CONSTRAINT "notice_reads_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_reads" ADD CONSTRAINT "notice_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_events_once" ON "certificate_events" USING btree ("certificate_id","kind") WHERE "certificate_events"."kind" IN ('windowOpened', 'expiryNotice', 'expired', 'lapsed', 'revoked');--> statement-breakpoint
CREATE INDEX "certificate_events_day" ON "certificate_events" USING btree ("kind","on_day");--> statement-breakpoint
CREATE INDEX "certificate_events_certificate" ON "certificate_events" USING btree ("certificate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "revocations_one_live" ON "revocations" USING btree ("certificate_id") WHERE "revocations"."status" IN ('open', 'decided');--> statement-breakpoint
CREATE INDEX "revocations_province" ON "revocations" USING btree ("province_id","status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "notice_deliveries_once" ON "notice_deliveries" USING btree ("notice_id","channel","address");--> statement-breakpoint
CREATE INDEX "notice_deliveries_due" ON "notice_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notices_dedupe" ON "notices" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "notices_user" ON "notices" USING btree ("user_id","created_at") WHERE "notices"."user_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "notices_producer" ON "notices" USING btree ("producer_id","created_at") WHERE "notices"."producer_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "notices_unit" ON "notices" USING btree ("unit_id","role","created_at") WHERE "notices"."unit_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "notices_unreachable" ON "notices" USING btree ("producer_id") WHERE "notices"."unreachable";