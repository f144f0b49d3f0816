// Zip-bomb guard for .xlsx uploads, run before exceljs sees a byte. An xlsx is a
// zip; a small upload can expand to gigabytes of XML, and exceljs's streaming
// reader inflates every entry (and spools worksheets to temporary files when
// shared strings come later, as Excel writes them). Two checks:
//  1. the sizes the central directory declares must add up to at most the limit;
//  2. the entries are inflated once, output counted and discarded, aborting as
//     soon as the real total passes the limit: declared sizes can lie.
// The walk also checks that the entries sit back to back as the directory says,
// so the streaming reader, which follows local headers, sees the same entries.
import { createInflateRaw } from 'node:zlib';
import { SheetReadError } from './sheet-read-error.ts';
import { locateEntryData, readZipDirectory, type ZipEntryInfo } from './zip-directory.ts';

const DATA_DESCRIPTOR_SIGNATURE = 0x08074b50;
const MAX_U32 = 0xffffffff;
/** Real workbooks hold tens of entries; thousands only cost time. */
const MAX_ENTRIES = 10_000;

function createTooLargeError(limit: number): SheetReadError {
  return new SheetReadError('FILE_TOO_LARGE_UNCOMPRESSED', { limit });
}

/** Inflates one entry, counting output; resolves early with a total past `budget`. */
function measureInflated(data: Buffer, budget: number, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    let total = 0;
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflater.destroy();
        resolve(total);
      }
    });
    inflater.on('end', () => resolve(total));
    inflater.on('error', (error) =>
      reject(new SheetReadError('INVALID_XLSX', { detail: `${name}: ${error.message}` }, { cause: error })),
    );
    inflater.end(data);
  });
}

/** Offset just past an entry's data and its optional data descriptor. */
function skipEntry(bytes: Buffer, entry: ZipEntryInfo, dataStart: number): number {
  let end = dataStart + entry.compressedSize;
  if (entry.flags & 0x8) {
    if (end + 4 <= bytes.length && bytes.readUInt32LE(end) === DATA_DESCRIPTOR_SIGNATURE) end += 4;
    end += entry.compressedSize >= MAX_U32 || entry.uncompressedSize >= MAX_U32 ? 20 : 12;
  }
  return end;
}

/**
 * Checks an xlsx container and returns its entries. Throws NOT_A_SPREADSHEET for
 * a zip that is not a workbook (a .docx, a folder of photos), INVALID_XLSX for a
 * malformed one, FILE_TOO_LARGE_UNCOMPRESSED past `limit` bytes of content.
 */
export async function checkXlsxContainer(bytes: Buffer, limit: number): Promise<ZipEntryInfo[]> {
  const { entries, offset } = readZipDirectory(bytes, MAX_ENTRIES);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new SheetReadError('NOT_A_SPREADSHEET');
  let declared = 0;
  for (const entry of entries) declared += entry.uncompressedSize;
  if (declared > limit) throw createTooLargeError(limit);

  const ordered = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let position = 0;
  let inflated = 0;
  for (const entry of ordered) {
    if (entry.localHeaderOffset !== position)
      throw new SheetReadError('INVALID_XLSX', { detail: `unexpected bytes before ${entry.name}` });
    const dataStart = locateEntryData(bytes, entry);
    const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    inflated += entry.method === 0 ? data.length : await measureInflated(data, limit - inflated, entry.name);
    if (inflated > limit) throw createTooLargeError(limit);
    position = skipEntry(bytes, entry, dataStart);
  }
  if (position !== offset)
    throw new SheetReadError('INVALID_XLSX', { detail: 'unexpected bytes before the zip directory' });
  return entries;
}
