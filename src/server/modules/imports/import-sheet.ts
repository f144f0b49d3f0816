// Reading an uploaded file for an import: find the header, and describe the sheet
// for the mapping step (columns, the guessed pairs with why, the first rows and the
// fields of the list's kind). The same description is given after the upload and
// when an import is opened again at its mapping step.
import {
  DEFAULT_PRODUCER_FIELDS,
  DEFAULT_PRODUCT_FIELDS,
  guessMapping,
  sampleDataRows,
} from '../../../domain/import/sheet/column-mapping.ts';
import { cellText } from '../../../domain/import/sheet/grid.ts';
import { detectHeader, type HeaderDetection } from '../../../domain/import/sheet/header-detect.ts';
import type { ImportSheetView } from '../../../shared/contracts/imports.ts';
import { AppError } from '../../core/app-error.ts';
import { readSheet, SheetReadError } from './reader/read-sheet.ts';

export type ImportKind = 'producers' | 'products';
export const fieldsOf = (kind: ImportKind) =>
  kind === 'products' ? DEFAULT_PRODUCT_FIELDS : DEFAULT_PRODUCER_FIELDS;

export async function readImportSheet(bytes: Uint8Array, kind: ImportKind) {
  try {
    const sheet = await readSheet(bytes);
    const header = detectHeader(sheet.grid, fieldsOf(kind));
    if (header.headerTop < 0) throw new AppError('IMPORT_NO_HEADER');
    return { sheet, header };
  } catch (err) {
    if (err instanceof SheetReadError)
      throw new AppError('IMPORT_FILE_INVALID', { reasonVi: err.vi, reasonEn: err.en }, { code: err.code });
    throw err;
  }
}

type ReadSheet = Awaited<ReturnType<typeof readImportSheet>>['sheet'];

/** The mapping step's view of a sheet; `mapping` is the one in force (saved, last used, or guessed). */
export function describeSheet(
  sheet: ReadSheet,
  header: HeaderDetection,
  kind: ImportKind,
  mapping?: Record<string, number | null>,
): Omit<ImportSheetView, 'id' | 'savedMapping'> {
  const fields = fieldsOf(kind);
  const guess = guessMapping(header.columns, sampleDataRows(sheet.grid, header), fields);
  return {
    columns: header.columns,
    mapping: mapping ?? guess.mapping,
    scores: guess.scores.slice(0, 60),
    sample: sampleDataRows(sheet.grid, header, 10).map((row) => row.map(cellText)),
    fields: fields.map((f) => ({ key: f.key, label: f.synonyms[0] ?? f.key, required: !!f.required })),
  };
}
