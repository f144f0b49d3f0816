// Parsers for the values officials type into provincial OCOP spreadsheets. Each
// returns { ok: true, value, note? } or { ok: false, code, message: { vi, en } }
// and never throws on bad input; empty cells give value null.
export * from './result.ts';
export { readCell, readCellText, cleanText, type CellContent, type ReadCellOptions } from './cell-text.ts';
export * from './stars.ts';
export * from './dates.ts';
export * from './decision.ts';
export * from './tax-code.ts';
export * from './legacy-encoding.ts';
export { TCVN3_BY_LETTER, VNI_BY_LETTER } from './legacy-tables.ts';
export * from './product-set.ts';
export {
  PRODUCT_SETS,
  PRODUCT_GROUPS,
  type ProductSetEntry,
  type ProductGroupEntry,
} from './product-set-data.ts';
export * from './legal-type.ts';
export * from './sex-ethnicity.ts';
export { ETHNIC_GROUPS, type EthnicGroup } from './ethnicity-data.ts';
