ALTER TABLE "certificates" ADD COLUMN "renewal_filed_on" date;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "certificate_id" uuid;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "certificate_stars" smallint;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "certificate_status" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "certificate_valid_until" date;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "certificate_renewal_filed_on" date;--> statement-breakpoint
CREATE INDEX "products_scope_province_certificate" ON "products" USING btree ("scope_province_id","certificate_status","certificate_valid_until","certificate_renewal_filed_on");--> statement-breakpoint
ALTER TABLE "products" DROP COLUMN "current_stars";--> statement-breakpoint
-- A product's current certificate is the latest by valid_from, then decision date (then
-- created_at, id). Its id, stars, legal status, last valid day and renewal filing are
-- copied onto the product row, where the lists show and filter them within the
-- scope's index; the state today is computed from the copy on reading. The copy is
-- kept here, whoever writes certificates (issue, imports, seeds, later revocations and
-- renewals): one set-based update per statement, over the products it touched.
CREATE OR REPLACE FUNCTION certificates_copy_current() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE products p
  SET certificate_id = c.id, certificate_stars = c.stars, certificate_status = c.status,
      certificate_valid_until = c.valid_until, certificate_renewal_filed_on = c.renewal_filed_on
  FROM (SELECT DISTINCT product_id FROM changed) t
  LEFT JOIN LATERAL (
    SELECT x.id, x.stars, x.status, x.valid_until, x.renewal_filed_on FROM certificates x
    WHERE x.product_id = t.product_id
    ORDER BY x.valid_from DESC, x.decision_date DESC, x.created_at DESC, x.id DESC
    LIMIT 1) c ON true
  WHERE p.id = t.product_id
    AND (p.certificate_id, p.certificate_stars, p.certificate_status, p.certificate_valid_until, p.certificate_renewal_filed_on)
      IS DISTINCT FROM (c.id, c.stars, c.status, c.valid_until, c.renewal_filed_on);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER certificates_copy_after_insert AFTER INSERT ON certificates
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION certificates_copy_current();--> statement-breakpoint
CREATE TRIGGER certificates_copy_after_update AFTER UPDATE ON certificates
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION certificates_copy_current();--> statement-breakpoint
CREATE TRIGGER certificates_copy_after_update_old AFTER UPDATE ON certificates
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION certificates_copy_current();--> statement-breakpoint
CREATE TRIGGER certificates_copy_after_delete AFTER DELETE ON certificates
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION certificates_copy_current();--> statement-breakpoint
UPDATE products p
SET certificate_id = c.id, certificate_stars = c.stars, certificate_status = c.status,
    certificate_valid_until = c.valid_until, certificate_renewal_filed_on = c.renewal_filed_on
FROM (SELECT DISTINCT ON (product_id) product_id, id, stars, status, valid_until, renewal_filed_on FROM certificates
      ORDER BY product_id, valid_from DESC, decision_date DESC, created_at DESC, id DESC) c
WHERE p.id = c.product_id;
