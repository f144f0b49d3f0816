// exceljs's streaming WorkbookReader, with two gaps closed:
//  - it decodes each inflated chunk on its own (`TextDecoder.decode(chunk)`), so a
//    Vietnamese letter split across two chunks becomes "��" (exceljs issues #2063,
//    #2316; fixes #1665, #2081 unmerged in 4.4.0). Worksheet chunks are re-decoded
//    here with a streaming decoder, and the shared-strings entry is switched to
//    string mode before exceljs reads it;
//  - its worksheet reader skips <mergeCell> elements, so merges would be lost. The
//    same decoded sheet XML passes through a small scanner that collects their refs.
// Both hook exceljs internals (`_parseWorksheet`, `_parseSharedStrings`), typed
// below and checked at start: an upgrade that renames them fails loudly.
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { MergeRange } from '../../../../domain/import/sheet/grid.ts';
import type { WorkbookTab } from './workbook-tabs.ts';

interface ReaderEvent {
  eventType: string;
  value: unknown;
}

interface SheetTab {
  name: string;
  state?: string;
}

/** The parts of exceljs's WorkbookReader used here that its typings leave out. */
interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<ReaderEvent>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<ReaderEvent>;
  model?: { sheets?: SheetTab[] };
  properties?: { model?: { date1904?: boolean } };
}

interface WorksheetInternals {
  name: string;
  state?: string;
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}

export interface StreamedSheet {
  name: string;
  /** Visible, hidden or veryHidden, as the workbook says; undefined when not yet known. */
  state: string | undefined;
  /** The workbook's tabs in order, when the workbook part preceded this sheet in the zip. */
  tabs: SheetTab[] | null;
  date1904: boolean;
  rows: AsyncIterable<ExcelJS.Row>;
  /** Filled while `rows` is read; complete once it is exhausted. */
  merges: MergeRange[];
  /** Releases a sheet that will not be read further (closes its spooled temporary file). */
  discard(): void;
}

function decodeRef(ref: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim().toUpperCase());
  if (!match) return null;
  let col = 0;
  for (const letter of match[1]) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

export function parseMergeRef(ref: string): MergeRange | null {
  const [from, to = from] = ref.split(':');
  const a = decodeRef(from);
  const b = decodeRef(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

const MERGE_TAG = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']+)["'][^>]*>/g;

/**
 * Re-decodes a worksheet's byte chunks as one UTF-8 stream and scans the text for
 * <mergeCell ref="…">. `<` never occurs unescaped in cell text, so a literal
 * "<mergeCell" is always the element; a tag cut by a chunk edge is carried over.
 */
export async function* decodeSheetXml(
  chunks: AsyncIterable<unknown>,
  merges: MergeRange[],
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  const scan = (text: string): void => {
    const buffer = carry + text;
    const open = buffer.lastIndexOf('<');
    const cut = open >= 0 && !buffer.includes('>', open) ? open : buffer.length;
    carry = buffer.slice(cut);
    const complete = buffer.slice(0, cut);
    if (!complete.includes('mergeCell')) return;
    for (const match of complete.matchAll(MERGE_TAG)) {
      const range = parseMergeRef(match[1]);
      if (range) merges.push(range);
    }
  };
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    scan(text);
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  scan(rest);
  if (rest !== '') yield rest;
}

/** exceljs changed the internals hooked here: a bug to fix, never a user's broken file. */
export class ExcelJsInternalsError extends Error {
  override readonly name = 'ExcelJsInternalsError';
}

function isClosableStream(
  value: unknown,
): value is { destroy(): void; on(event: 'error', listener: () => void): void } {
  if (typeof value !== 'object' || value === null) return false;
  const stream = value as { destroy?: unknown; on?: unknown };
  return typeof stream.destroy === 'function' && typeof stream.on === 'function';
}

/**
 * Streams the worksheets of an xlsx (already checked by zip-guard) in zip order. With the
 * workbook's tabs read beforehand (workbook-tabs.ts), each sheet takes its name, state and
 * the tab list from them, whatever exceljs had parsed when the sheet arrived.
 */
export async function* streamWorksheets(
  bytes: Buffer,
  workbookTabs: readonly WorkbookTab[] | null = null,
): AsyncGenerator<StreamedSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles are needed: a date is a number with a date format, nothing else.
    styles: 'cache',
    // Hyperlink cells keep their display text as the value; the targets are not needed.
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const internals = reader as unknown as ReaderInternals;
  if (
    typeof internals._parseWorksheet !== 'function' ||
    typeof internals._parseSharedStrings !== 'function'
  ) {
    throw new ExcelJsInternalsError(
      'exceljs WorkbookReader no longer has _parseWorksheet/_parseSharedStrings; update xlsx-stream.ts',
    );
  }
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  const pending = new Map<
    unknown,
    { merges: MergeRange[]; source: AsyncIterable<unknown>; sheetNo: string }
  >();
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return parseSharedStrings(entry);
  };
  internals._parseWorksheet = function* (iterator, sheetNo) {
    // exceljs reads `model.sheets` here; when its async parse of workbook.xml has not
    // finished yet (seen under load) `model` is still undefined and it throws. An empty
    // model only costs the tab name of this sheet; the workbook parse replaces it.
    internals.model ??= { sheets: [] };
    const merges: MergeRange[] = [];
    for (const event of parseWorksheet(decodeSheetXml(iterator, merges), sheetNo)) {
      if (event.eventType === 'worksheet') pending.set(event.value, { merges, source: iterator, sheetNo });
      yield event;
    }
  };
  for await (const worksheet of reader as unknown as AsyncIterable<WorksheetInternals>) {
    const extra = pending.get(worksheet);
    pending.delete(worksheet);
    const tab = workbookTabs?.find((t) => t.sheetNo !== null && t.sheetNo === String(extra?.sheetNo));
    yield {
      name: tab?.name ?? worksheet.name,
      state: tab ? tab.state : worksheet.state,
      // worksheets only: a chart sheet has no rows to read
      tabs: workbookTabs?.some((t) => t.sheetNo !== null)
        ? workbookTabs.filter((t) => t.sheetNo !== null).map((t) => ({ name: t.name, state: t.state }))
        : internals.model?.sheets?.length
          ? internals.model.sheets.map((s) => ({ name: s.name, state: s.state }))
          : null,
      date1904: internals.properties?.model?.date1904 === true,
      rows: { [Symbol.asyncIterator]: () => worksheet[Symbol.asyncIterator]() },
      merges: extra?.merges ?? [],
      discard: () => {
        const source = extra?.source;
        if (!isClosableStream(source)) return;
        // The spooled file may be opened lazily and exceljs deletes it right after this
        // sheet: a late ENOENT from the abandoned stream must not become an uncaught error.
        source.on('error', () => undefined);
        source.destroy();
      },
    };
  }
}
