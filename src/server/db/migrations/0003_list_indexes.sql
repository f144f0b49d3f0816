DROP INDEX "products_scope_province";--> statement-breakpoint
DROP INDEX "products_scope_commune";--> statement-breakpoint
DROP INDEX "products_scope_province_updated";--> statement-breakpoint
CREATE INDEX "products_scope_province_status_updated" ON "products" USING btree ("scope_province_id","status","updated_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "products_scope_commune_updated" ON "products" USING btree ("scope_commune_id","updated_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "products_scope_province_set" ON "products" USING btree ("scope_province_id","product_set");--> statement-breakpoint
CREATE INDEX "products_scope_province_updated" ON "products" USING btree ("scope_province_id","updated_at" DESC NULLS FIRST,"id");