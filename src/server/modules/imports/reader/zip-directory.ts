// Reads a zip's central directory (the table of contents at the end of the file)
// without inflating anything, so an upload's declared sizes can be judged before
// any byte is decompressed. Supports ZIP64 fields; rejects what a spreadsheet
// never contains (encryption, exotic compression, data before the first entry).
import { SheetReadError } from './sheet-read-error.ts';

export interface ZipEntryInfo {
  name: string;
  flags: number;
  /** 0 = stored, 8 = deflate: the only methods xlsx writers use. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_U16 = 0xffff;
const MAX_U32 = 0xffffffff;

function createInvalidError(detail: string): SheetReadError {
  return new SheetReadError('INVALID_XLSX', { detail });
}

function readU64(bytes: Buffer, offset: number): number {
  // Sizes beyond 2^53 are absurd for an upload; the approximation still reads as huge.
  return Number(bytes.readBigUInt64LE(offset));
}

function findEndOfDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - MAX_U16);
  for (let at = bytes.length - 22; at >= lowest; at--)
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  throw createInvalidError('no zip directory');
}

interface DirectoryPosition {
  count: number;
  offset: number;
  size: number;
}

function locateDirectory(bytes: Buffer): DirectoryPosition {
  const eocd = findEndOfDirectory(bytes);
  let count = bytes.readUInt16LE(eocd + 10);
  let size = bytes.readUInt32LE(eocd + 12);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (count === MAX_U16 || size === MAX_U32 || offset === MAX_U32) {
    const locator = eocd - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE)
      throw createInvalidError('broken ZIP64 directory');
    const record = readU64(bytes, locator + 8);
    if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE)
      throw createInvalidError('broken ZIP64 directory');
    count = readU64(bytes, record + 32);
    size = readU64(bytes, record + 40);
    offset = readU64(bytes, record + 48);
  }
  if (offset + size > bytes.length) throw createInvalidError('zip directory outside the file');
  return { count, offset, size };
}

/** Replaces 0xFFFFFFFF sentinel values by the values of the ZIP64 extra field (id 1). */
function applyZip64Extra(entry: ZipEntryInfo, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const takeU64 = (): number => {
        if (field + 8 > at + 4 + length) throw createInvalidError('broken ZIP64 field');
        const value = readU64(extra, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === MAX_U32) entry.uncompressedSize = takeU64();
      if (entry.compressedSize === MAX_U32) entry.compressedSize = takeU64();
      if (entry.localHeaderOffset === MAX_U32) entry.localHeaderOffset = takeU64();
      return;
    }
    at += 4 + length;
  }
}

export interface ZipDirectory {
  entries: ZipEntryInfo[];
  /** Where the directory starts: the entries' data must end exactly here. */
  offset: number;
}

export function readZipDirectory(bytes: Buffer, maxEntries: number): ZipDirectory {
  if (bytes.length < 22) throw createInvalidError('file too short');
  const { count, offset, size } = locateDirectory(bytes);
  if (count > maxEntries) throw createInvalidError(`${count} zip entries`);
  const entries: ZipEntryInfo[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      throw createInvalidError('broken zip directory');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const entry: ZipEntryInfo = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    };
    applyZip64Extra(entry, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    if (entry.flags & 0x1) throw createInvalidError('encrypted zip entry');
    if (entry.method !== 0 && entry.method !== 8)
      throw createInvalidError(`compression method ${entry.method}`);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, offset };
}

/** Where an entry's compressed bytes start, checked against its local header. */
export function locateEntryData(bytes: Buffer, entry: ZipEntryInfo): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE)
    throw createInvalidError(`no local header for ${entry.name}`);
  const localCompressed = bytes.readUInt32LE(at + 18);
  // A streaming reader trusts the local header; it must agree with the directory or
  // the two would walk different entries (sizes may be deferred: bit 3, or ZIP64).
  const deferred = (bytes.readUInt16LE(at + 6) & 0x8) !== 0 && localCompressed === 0;
  if (!deferred && localCompressed !== MAX_U32 && localCompressed !== entry.compressedSize)
    throw createInvalidError(`sizes disagree for ${entry.name}`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length)
    throw createInvalidError(`${entry.name} runs past the end of the file`);
  return start;
}
