// The workbook's tabs read from the zip before any worksheet is streamed: each tab's
// name and state, and the worksheet part it points at. exceljs names a streamed
// worksheet from workbook.xml only if its own async parse of that part has finished
// when the worksheet arrives; under load, or when a writer puts the worksheets before
// workbook.xml in the zip, it has not, and the sheet comes out as "Sheet1" with no
// tabs. Reading the two small parts first makes the names independent of timing.
import { inflateRawSync } from 'node:zlib';
import type { ZipEntryInfo } from './zip-directory.ts';
import { locateEntryData } from './zip-directory.ts';

export interface WorkbookTab {
  name: string;
  /** visible, hidden or veryHidden */
  state: string | undefined;
  /** N of the part xl/worksheets/sheetN.xml (exceljs's sheetNo); null for a chart sheet or an unknown target */
  sheetNo: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()];
    return String.fromCodePoint(
      e[1].toLowerCase() === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
    );
  });
}

/** The attributes of one start tag; a namespaced name keeps only its local part ("r:id" → "id"). */
function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const local = m[1].includes(':') ? m[1].slice(m[1].indexOf(':') + 1) : m[1];
    out.set(local, unescapeXml(m[2] ?? m[3] ?? ''));
  }
  return out;
}

function entryText(bytes: Buffer, entries: readonly ZipEntryInfo[], name: string): string | null {
  const entry = entries.find((e) => e.name === name);
  if (!entry) return null;
  const start = locateEntryData(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  return (entry.method === 0 ? data : inflateRawSync(data)).toString('utf8');
}

/**
 * The tabs of the workbook in their order, or null when its parts cannot be read (the
 * streamed names are then used as exceljs gives them). The container has been checked
 * (zip-guard.ts): entries are known, sizes bounded.
 */
export function readWorkbookTabs(bytes: Buffer, entries: readonly ZipEntryInfo[]): WorkbookTab[] | null {
  try {
    return tabsOf(bytes, entries);
  } catch {
    // a part that does not inflate or decode: exceljs's own reading will say what is wrong
    return null;
  }
}

function tabsOf(bytes: Buffer, entries: readonly ZipEntryInfo[]): WorkbookTab[] | null {
  const workbook = entryText(bytes, entries, 'xl/workbook.xml');
  if (workbook === null) return null;
  const rels = entryText(bytes, entries, 'xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const a = attributesOf(m[0]);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id && target) targets.set(id, target);
  }
  const tabs: WorkbookTab[] = [];
  for (const m of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const a = attributesOf(m[0]);
    const name = a.get('name');
    if (name === undefined) continue;
    const target = targets.get(a.get('id') ?? '') ?? '';
    const sheetNo = /(?:^|\/)worksheets\/sheet(\d+)\.xml$/.exec(target)?.[1] ?? null;
    tabs.push({ name, state: a.get('state'), sheetNo });
  }
  return tabs;
}
