// Registering many producers and products at once (imports of provincial lists),
// set-based: one INSERT … SELECT per kind over the rows given, each record placed in
// the current structure through its unit's scope, the way single registration does.
// The caller writes one summary audit row for the whole batch.
import type { Tx } from '../../db/client.ts';
import * as repo from './registry-write.repository.ts';

export type { BulkProducer, BulkProduct } from './registry-write.repository.ts';

/** Inserts the producers; returns how many. Their natural keys (tax code, or name and unit) find them again. */
export async function registerProducersInBulk(tx: Tx, rows: repo.BulkProducer[]): Promise<number> {
  return rows.length ? repo.insertProducersBulk(tx, rows) : 0;
}

/** Inserts the products, each where its producer lives; returns how many. Stars come with certificates. */
export async function registerProductsInBulk(tx: Tx, rows: repo.BulkProduct[]): Promise<number> {
  return rows.length ? repo.insertProductsBulk(tx, rows) : 0;
}
