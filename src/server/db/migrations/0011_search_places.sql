CREATE INDEX "producers_unit" ON "producers" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "products_unit" ON "products" USING btree ("unit_id");