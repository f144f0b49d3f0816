ALTER TABLE "admin_units" ADD COLUMN "retired_on" date;--> statement-breakpoint
ALTER TABLE "admin_units" ADD COLUMN "retired_by" text;--> statement-breakpoint
ALTER TABLE "admin_units" ADD COLUMN "successor_id" text;