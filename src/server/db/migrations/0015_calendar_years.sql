CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"verified" boolean NOT NULL,
	"decisions" jsonb NOT NULL,
	"non_working_days" jsonb NOT NULL,
	"make_up_working_days" jsonb NOT NULL,
	"notes" text,
	"origin" text NOT NULL,
	"checksum" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calendar_years" ADD CONSTRAINT "calendar_years_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;