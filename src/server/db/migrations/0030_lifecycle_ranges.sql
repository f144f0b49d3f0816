ALTER TABLE "certificates" ADD COLUMN "ended_on" date;--> statement-breakpoint
CREATE INDEX "certificates_not_ended" ON "certificates" USING btree ("valid_until") WHERE "certificates"."status" = 'valid' AND "certificates"."ended_on" IS NULL;--> statement-breakpoint
CREATE INDEX "products_certificate_until" ON "products" USING btree ("certificate_status","certificate_valid_until");--> statement-breakpoint
-- certificates that ended before this column existed take the day their event recorded
UPDATE "certificates" c SET "ended_on" = e."on_day"
  FROM "certificate_events" e
 WHERE e."certificate_id" = c."id" AND e."kind" IN ('expired', 'lapsed') AND c."ended_on" IS NULL;
