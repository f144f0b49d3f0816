-- A product's permanent public address is `{PUBLIC_URL}/sp/{public_id}`: printed on
-- certificates and stamps, so it is short, unguessable (not sequential, not derived
-- from the uuid) and never changes. The id is 10 characters of Crockford's base32 in
-- lower case (no i, l, o, u: nothing to misread on a printed label), 50 bits drawn
-- from gen_random_uuid() (core since PostgreSQL 13, a strong random source; pgcrypto
-- is not available). Bytes 6 and 8 of a version-4 uuid carry its version and variant
-- bits and are skipped. The column's default gives every insert an id, whatever writes
-- it (forms, imports' bulk inserts, seeds); adding the column with a volatile default
-- draws one for each existing row.
-- Collisions: 2^50 ≈ 1.1 × 10^15 ids, so two of 25,000 products share one with a chance
-- of about 1 in 3.6 million; the unique index below still refuses such an insert
-- loudly (unique violation) rather than putting two products behind one address.
CREATE OR REPLACE FUNCTION ocop_public_id() RETURNS text
  LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(substr('0123456789abcdefghjkmnpqrstvwxyz', get_byte(r.b, i) % 32 + 1, 1), '' ORDER BY i)
  FROM (SELECT uuid_send(gen_random_uuid()) AS b) r, unnest(ARRAY[0, 1, 2, 3, 4, 5, 7, 9, 10, 11]) AS i
$$;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "public_id" text DEFAULT ocop_public_id() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "products_public_id" ON "products" USING btree ("public_id");--> statement-breakpoint
-- The address is printed: once given, the id never changes.
CREATE OR REPLACE FUNCTION products_keep_public_id() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.public_id IS DISTINCT FROM OLD.public_id THEN
    RAISE EXCEPTION 'products.public_id never changes (it is a printed address)' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER products_public_id_unchanged BEFORE UPDATE OF public_id ON products
  FOR EACH ROW EXECUTE FUNCTION products_keep_public_id();
