DROP INDEX "products_scope_province_certificate";--> statement-breakpoint
ALTER TABLE "certificates" ALTER COLUMN "stars" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ALTER COLUMN "decision_no" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ALTER COLUMN "decision_date" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ALTER COLUMN "issuer" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ALTER COLUMN "procedure_version_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ALTER COLUMN "valid_from" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ALTER COLUMN "valid_until" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "decision_year" smallint;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "revocation_decision_no" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "revocation_decision_date" date;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "revocation_ground" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "incomplete_facts" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "certificate_valid_until_latest" date;--> statement-breakpoint
CREATE INDEX "products_scope_province_certificate" ON "products" USING btree ("scope_province_id","certificate_status","certificate_valid_until","certificate_renewal_filed_on","certificate_valid_until_latest","status","updated_at","id");--> statement-breakpoint
-- a certificate's year comes from its decision date when there is one; written by the database
-- for every path that records certificates (issue, imports, seeds)
CREATE OR REPLACE FUNCTION certificates_decision_year() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.decision_date IS NOT NULL THEN
    NEW.decision_year := extract(year FROM NEW.decision_date)::smallint;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER certificates_decision_year_before BEFORE INSERT OR UPDATE OF decision_date, decision_year ON certificates
  FOR EACH ROW EXECUTE FUNCTION certificates_decision_year();--> statement-breakpoint
UPDATE certificates SET decision_year = extract(year FROM decision_date)::smallint WHERE decision_date IS NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_stars" CHECK ("certificates"."stars" IS NULL OR "certificates"."stars" BETWEEN 1 AND 5);--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_decision_year" CHECK ("certificates"."decision_date" IS NULL OR "certificates"."decision_year" = extract(year FROM "certificates"."decision_date"));--> statement-breakpoint
-- The last valid day a certificate may have: its own when known, else the range its decision year allows
-- (36 months from 1/1 to 31/12 of that year: 31/12 of year+2 to 30/12 of year+3), else none.
CREATE OR REPLACE FUNCTION certificate_valid_until_earliest(valid_until date, decision_year smallint) RETURNS date
  LANGUAGE sql IMMUTABLE AS $$
  SELECT COALESCE(valid_until, make_date(decision_year + 2, 12, 31))
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION certificate_valid_until_latest(valid_until date, decision_year smallint) RETURNS date
  LANGUAGE sql IMMUTABLE AS $$
  SELECT COALESCE(valid_until, make_date(decision_year + 3, 12, 30))
$$;--> statement-breakpoint
-- The state of a certificate in force on `today` with a known last valid day (certificate-state.ts stateOnDay).
CREATE OR REPLACE FUNCTION certificate_state_on_day(valid_until date, filed boolean, today date, opens int, closes int, grace int)
  RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN valid_until < today THEN
      CASE WHEN NOT filed THEN 'expired' WHEN today - valid_until <= grace THEN 'graceAfterExpiry' ELSE 'lapsed' END
    WHEN filed THEN 'renewalFiled'
    WHEN valid_until - today BETWEEN closes AND opens THEN 'renewalWindowOpen'
    WHEN valid_until - today < closes THEN 'renewalWindowClosed'
    ELSE 'valid'
  END
$$;--> statement-breakpoint
-- One certificate lifecycle in SQL: the mirror of certificateTimeState (src/domain/certificates/certificate-state.ts)
-- for the queries that need a certificate's state as a value (counts by state); 'none' when there is no certificate.
-- test/db/certificate-state-sql.db.test.ts checks it against the domain function, property by property.
CREATE OR REPLACE FUNCTION certificate_state(status text, earliest date, latest date, renewal_filed_on date, today date,
    opens int DEFAULT 180, closes int DEFAULT 120, grace int DEFAULT 180)
  RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN status IS NULL THEN 'none'
    WHEN status <> 'valid' THEN status
    WHEN earliest IS NULL THEN 'unknownValidity'
    ELSE (
      SELECT CASE WHEN a = b THEN a ELSE 'unknownValidity' END
      FROM (SELECT certificate_state_on_day(earliest, f.filed, today, opens, closes, grace) AS a,
                   certificate_state_on_day(COALESCE(latest, earliest), f.filed, today, opens, closes, grace) AS b
            FROM (SELECT renewal_filed_on IS NOT NULL AND renewal_filed_on <= today AS filed) f) s)
  END
$$;--> statement-breakpoint
-- A product's current certificate is now the newest by decision year, then decision date with unknown dates
-- last (then created_at, id); its copy carries the range of its last valid day.
CREATE OR REPLACE FUNCTION certificates_copy_current() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE products p
  SET certificate_id = c.id, certificate_stars = c.stars, certificate_status = c.status,
      certificate_valid_until = c.earliest, certificate_valid_until_latest = c.latest,
      certificate_renewal_filed_on = c.renewal_filed_on
  FROM (SELECT DISTINCT product_id FROM changed) t
  LEFT JOIN LATERAL (
    SELECT x.id, x.stars, x.status, x.renewal_filed_on,
           certificate_valid_until_earliest(x.valid_until, x.decision_year) AS earliest,
           certificate_valid_until_latest(x.valid_until, x.decision_year) AS latest
    FROM certificates x
    WHERE x.product_id = t.product_id
    ORDER BY x.decision_year DESC NULLS LAST, x.decision_date DESC NULLS LAST, x.created_at DESC, x.id DESC
    LIMIT 1) c ON true
  WHERE p.id = t.product_id
    AND (p.certificate_id, p.certificate_stars, p.certificate_status, p.certificate_valid_until,
         p.certificate_valid_until_latest, p.certificate_renewal_filed_on)
      IS DISTINCT FROM (c.id, c.stars, c.status, c.earliest, c.latest, c.renewal_filed_on);
  RETURN NULL;
END $$;--> statement-breakpoint
UPDATE products p
SET certificate_id = c.id, certificate_stars = c.stars, certificate_status = c.status,
    certificate_valid_until = c.earliest, certificate_valid_until_latest = c.latest,
    certificate_renewal_filed_on = c.renewal_filed_on
FROM (SELECT DISTINCT ON (product_id) product_id, id, stars, status, renewal_filed_on,
             certificate_valid_until_earliest(valid_until, decision_year) AS earliest,
             certificate_valid_until_latest(valid_until, decision_year) AS latest
      FROM certificates
      ORDER BY product_id, decision_year DESC NULLS LAST, decision_date DESC NULLS LAST, created_at DESC, id DESC) c
WHERE p.id = c.product_id;
