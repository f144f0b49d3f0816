-- The audit trail is append-only: updates and deletes are refused by the database
-- itself. Someone able to drop the trigger can still tamper, which is what the
-- HMAC chain and the exported checkpoints detect (`ocop audit verify`).
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();--> statement-breakpoint
-- Personal values may only be emptied (redaction), never rewritten or removed.
CREATE OR REPLACE FUNCTION audit_personal_only_redact() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NEW.data IS NOT NULL OR NEW.audit_id <> OLD.audit_id THEN
    RAISE EXCEPTION 'audit_personal rows can only be redacted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER audit_personal_guard BEFORE UPDATE OR DELETE ON audit_personal
  FOR EACH ROW EXECUTE FUNCTION audit_personal_only_redact();--> statement-breakpoint
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, 'genesis') ON CONFLICT DO NOTHING;
