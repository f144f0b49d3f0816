CREATE TABLE "status_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"aggregate" text NOT NULL,
	"aggregate_id" uuid NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"event" text NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "status_history" ADD CONSTRAINT "status_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "status_history_aggregate" ON "status_history" USING btree ("aggregate","aggregate_id","id");--> statement-breakpoint
-- The history of status changes is append-only, like the audit trail it sits beside.
CREATE OR REPLACE FUNCTION status_history_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'status_history is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;--> statement-breakpoint
CREATE TRIGGER status_history_no_update BEFORE UPDATE OR DELETE ON status_history
  FOR EACH ROW EXECUTE FUNCTION status_history_refuse_change();
