// A printed administrative form as Decree 30/2020/NĐ-CP (Phụ lục I) lays it out and
// the templates of QĐ 26/2026 Phụ lục III follow: A4 with the decree's margins, set
// in Tinos (metric-compatible with Times New Roman, shipped with the program so the
// server never depends on a system font); the issuing side on the left and the
// national motto on the right, each over its rule, or the motto centred alone; the
// place and date line under the motto; the title in bold capitals; numbered fields
// that print the template's dotted line when empty, so the paper can be completed by
// hand; ruled tables that repeat their head on each page; signature blocks kept whole
// on one page; "Trang x/y" on every page and, for a draft, a mark on every page.
// Footer and mark are written inside the margins with the margin lifted, since text
// past the bottom margin would make pdfkit start a new page.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
export const FACES = {
  body: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
} as const;
type Face = keyof typeof FACES;

const MM = 72 / 25.4;
/** Decree 30/2020: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm */
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
/** body text 13–14 pt (Decree 30); tables and notes smaller */
const SIZE = { body: 13, table: 11, small: 10 } as const;
export const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
/** the template's dotted run, where the hand completes the form */
export const DOTS = '……';

export interface OfficialForm {
  doc: PDFKit.PDFDocument;
  left: number;
  width: number;
  /** the lowest y text may reach on a page */
  bottom: number;
  bytes: Promise<Buffer>;
}

export function openForm(meta: { title: string; author: string }): OfficialForm {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'vi-VN',
    info: { Title: meta.title, Author: meta.author },
  });
  for (const [name, file] of Object.entries(FACES)) doc.registerFont(name, require.resolve(file));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const bytes = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  return { doc, left: MARGINS.left, width, bottom: doc.page.height - MARGINS.bottom, bytes };
}

const filled = (v: string | null | undefined): v is string => !!v?.trim();
const put = (f: OfficialForm, face: Face, size: number) => f.doc.font(face).fontSize(size);

/** Text centred in the band from `x` `width` wide, from `y`; returns the y under it. */
function centred(f: OfficialForm, text: string, band: [x: number, width: number], y: number, face: Face) {
  put(f, face, face === 'bold' ? 13 : SIZE.body).text(text, band[0], y, { width: band[1], align: 'center' });
  return f.doc.y;
}

function rule(f: OfficialForm, centre: number, y: number, length: number) {
  f.doc
    .moveTo(centre - length / 2, y)
    .lineTo(centre + length / 2, y)
    .lineWidth(0.6)
    .stroke();
}

/** The form's number in the annex, top right ("Mẫu số 01"). */
export function formLabel(f: OfficialForm, label: string) {
  put(f, 'boldItalic', SIZE.small).text(label, f.left, f.doc.y, { width: f.width, align: 'right' });
}

/**
 * The head: the issuing side (its lines in bold over a short rule, then the document's
 * number) on the left, the motto over its rule on the right, and the place and date
 * line under the motto; with no issuing side the motto stands centred.
 */
export function header(f: OfficialForm, h: { issuer?: string[]; docNumber?: string; placeDate?: string }) {
  const top = f.doc.y;
  const split = h.issuer ? f.width * 0.4 : 0;
  const left: [number, number] = [f.left, split];
  const right: [number, number] = [f.left + split, f.width - split];
  put(f, 'bold', 12.5).text(MOTTO[0], right[0], top, { width: right[1], align: 'center' });
  const below = centred(f, MOTTO[1], right, f.doc.y, 'bold');
  rule(f, right[0] + right[1] / 2, below + 1, f.doc.widthOfString(MOTTO[1]));
  let issuerEnd = top;
  for (const line of h.issuer ?? []) issuerEnd = centred(f, line, left, issuerEnd, 'bold');
  if (h.issuer) rule(f, f.left + split / 2, issuerEnd + 1, split * 0.35);
  const row = Math.max(below, issuerEnd) + 10;
  if (h.docNumber) centred(f, h.docNumber, left, row, 'body');
  if (h.placeDate) centred(f, h.placeDate, right, row, 'italic');
  f.doc.x = f.left;
  f.doc.moveDown(0.8);
}

/** The title in bold capitals and the line under it (what the document is about), centred. */
export function formTitle(f: OfficialForm, title: string, subtitle?: string, note?: string) {
  f.doc.moveDown(0.5);
  put(f, 'bold', 14).text(title, f.left, f.doc.y, { width: f.width, align: 'center' });
  if (subtitle) centred(f, subtitle, [f.left + f.width * 0.1, f.width * 0.8], f.doc.y, 'bold');
  if (note) centred(f, note, [f.left, f.width], f.doc.y, 'italic');
  rule(f, f.left + f.width / 2, f.doc.y + 3, f.width * 0.25);
  f.doc.x = f.left;
  f.doc.moveDown(1);
}

/** A section heading in bold, kept with what follows: left-aligned, or centred ("Phần I" over its name). */
export function heading(f: OfficialForm, lines: string[], align: 'left' | 'center' = 'left') {
  keepTogether(f, 60);
  f.doc.moveDown(0.4);
  for (const line of lines) put(f, 'bold', SIZE.body).text(line, f.left, f.doc.y, { width: f.width, align });
  f.doc.moveDown(0.2);
}

/** A paragraph of body text, justified as the decree asks; indented when it belongs to an item. */
export function paragraph(f: OfficialForm, text: string, o: { face?: Face; indent?: number } = {}) {
  const indent = o.indent ?? 0;
  put(f, o.face ?? 'body', SIZE.body).text(text, f.left + indent, f.doc.y, {
    width: f.width - indent,
    align: 'justify',
  });
}

/** Dots filling `width` at the current font. */
function dotsFor(f: OfficialForm, width: number) {
  return '…'.repeat(Math.max(3, Math.floor((width * 0.95) / f.doc.widthOfString('…'))));
}

/** A field: its label, its value when the dossier holds one, and how many more dotted lines an empty one gets. */
export type Field = [label: string, value: string | null | undefined, extraLines?: number];

/** "label: value" per field, or the label followed by the dotted line to the end of the line when empty. */
export function fields(f: OfficialForm, rows: Field[], indent = 0) {
  const x = f.left + indent;
  const width = f.width - indent;
  put(f, 'body', SIZE.body);
  for (const [label, value, extraLines = 0] of rows) {
    if (filled(value)) {
      f.doc.text(`${label}: ${value}`, x, f.doc.y, { width });
      continue;
    }
    const used = f.doc.widthOfString(`${label}: `) % width;
    f.doc.text(`${label}: ${dotsFor(f, width - used < 40 ? width : width - used)}`, x, f.doc.y, { width });
    for (let i = 0; i < extraLines; i++) f.doc.text(dotsFor(f, width), x, f.doc.y, { width });
  }
}

/** Tick boxes on one line after an optional label, "Lần đầu ■   Nâng hạng □", the `chosen` one ticked. */
export function ticks(f: OfficialForm, label: string, options: string[], chosen: number | null, indent = 0) {
  const boxes = options.map((text, i) => `${text} ${i === chosen ? '■' : '□'}`).join('      ');
  put(f, 'body', SIZE.body).text(label ? `${label}: ${boxes}` : boxes, f.left + indent, f.doc.y, {
    width: f.width - indent,
  });
}

const ALIGN = { l: 'left', c: 'center', r: 'right' } as const;

/** A table's columns: their heads, shares of the text width in per cent, alignment as one letter each (l, c, r). */
export interface Columns {
  heads: string[];
  shares: number[];
  align: string;
}

/**
 * A ruled table, rows in `bold` set in bold; with no rows, one row of dotted cells for
 * the hand. A row that does not fit starts a new page, which repeats the head.
 */
export function table(f: OfficialForm, columns: Columns, given: string[][], bold = new Set<number>()) {
  const rows = given.length ? given : [columns.heads.map(() => DOTS)];
  const { doc } = f;
  const pad = 3;
  const widths = columns.shares.map((share) => (share / 100) * f.width);
  const heightOf = (cells: string[], face: Face) =>
    2 * pad +
    Math.max(
      ...cells.map((c, i) => put(f, face, SIZE.table).heightOfString(c, { width: widths[i] - 2 * pad })),
    );
  const draw = (cells: string[], face: Face) => {
    const y = doc.y;
    const h = heightOf(cells, face);
    let x = f.left;
    cells.forEach((c, i) => {
      doc.rect(x, y, widths[i], h).lineWidth(0.5).stroke();
      const options = { width: widths[i] - 2 * pad, align: ALIGN[columns.align[i] as keyof typeof ALIGN] };
      put(f, face, SIZE.table).text(c, x + pad, y + pad, options);
      x += widths[i];
    });
    doc.x = f.left;
    doc.y = y + h;
  };
  const head = columns.heads;
  const faceOf = (i: number): Face => (bold.has(i) ? 'bold' : 'body');
  // a bold row (a heading inside the table) stays on the page of the row it heads
  const withFollowers = (i: number): number =>
    heightOf(rows[i], faceOf(i)) + (bold.has(i) && i + 1 < rows.length ? withFollowers(i + 1) : 0);
  const fits = (height: number) => doc.y + height <= f.bottom;
  if (!fits(heightOf(head, 'bold') + (rows.length ? withFollowers(0) : 0))) doc.addPage();
  draw(head, 'bold');
  rows.forEach((cells, i) => {
    if (!fits(withFollowers(i))) {
      doc.addPage();
      draw(head, 'bold');
    }
    draw(cells, faceOf(i));
  });
  doc.moveDown(0.5);
}

/** Starts a new page unless `height` points are left on this one. */
export function keepTogether(f: OfficialForm, height: number) {
  if (f.doc.y + height > f.bottom) f.doc.addPage();
}

export interface SignatureBlock {
  placeDate?: string;
  /** who signs, in bold capitals ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") */
  title: string[];
  /** the signing note in italics ("(Ký, đóng dấu, ghi rõ họ tên)") */
  note: string;
  /** the signer's name, when the dossier holds it */
  name?: string | null;
  /** "Nơi nhận" on the left, as the decree places it */
  recipients?: string[];
}

/** The signature block on the right half, with room to sign, kept whole on one page. */
export function signature(f: OfficialForm, b: SignatureBlock) {
  keepTogether(f, 170);
  f.doc.moveDown(1);
  const top = f.doc.y;
  const band: [number, number] = [f.left + f.width * 0.45, f.width * 0.55];
  let y = top;
  if (b.placeDate) y = centred(f, b.placeDate, band, y, 'italic');
  for (const line of b.title) y = centred(f, line, band, y, 'bold');
  y = centred(f, b.note, band, y, 'italic') + 64;
  if (filled(b.name)) y = centred(f, b.name, band, y, 'bold');
  if (b.recipients) {
    put(f, 'boldItalic', 12).text('Nơi nhận:', f.left, top, { width: f.width * 0.4 });
    for (const r of b.recipients) put(f, 'body', 11).text(r, f.left, f.doc.y, { width: f.width * 0.4 });
  }
  f.doc.x = f.left;
  f.doc.y = Math.max(y, f.doc.y);
}

/** "Hàm Rồng, ngày 01 tháng 02 năm 2027" (Decree 30: a leading zero for days below 10 and months 1–2), or the dotted line. */
export function placeDateLine(place: string | null, isoDate: string | null): string {
  const where = place ?? '…………';
  if (!isoDate) return `${where}, ngày …… tháng …… năm ………`;
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${where}, ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? `0${m}` : m} năm ${y}`;
}

/** Footer "Trang x/y · …" on every page, and the draft mark at the top of every page when given. */
export async function finishForm(f: OfficialForm, footer: string, draftMark?: string): Promise<Buffer> {
  const { doc } = f;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const text = `Trang ${i - range.start + 1}/${range.count} · ${footer}`;
    const line = { width: f.width, align: 'center', lineBreak: false } as const;
    put(f, 'body', 9).text(text, f.left, doc.page.height - 36, line);
    if (draftMark) {
      doc.fillColor('#b00020');
      put(f, 'bold', 12).text(draftMark, f.left, 24, { ...line, align: 'right' });
      doc.fillColor('black');
    }
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return f.bytes;
}

/** An ASCII-safe piece of a file name: "Nem chua Hàm Rồng" → "nem-chua-ham-rong". */
export function asciiSlug(text: string, fallback: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}
