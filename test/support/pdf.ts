// A printed PDF read back as a person would: its page count (pdfinfo), the text of
// each page (pdftotext), each page as a picture (pdftoppm's PNG, decoded here
// with node:zlib) to tell its shape and how much of it is inked; all from
// Debian's poppler-utils, which scripts/test.sh installs. The QR codes printed on a
// page are read as a phone would, from the rendered picture, with zbarimg (Debian's
// zbar-tools).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

export interface PdfRead {
  pages: number;
  /** text of each page, in order (pdftotext separates pages with a form feed) */
  text: string[];
}

/** `quiet` keeps a tool's chatter on stderr out of the test report (zbarimg's complaints about D-Bus) */
function run(tool: string, args: string[], pkg = 'poppler-utils', quiet = false): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', ...(quiet ? { stdio: 'pipe' } : {}) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is missing: install ${pkg} (apt-get install -y ${pkg})`);
    throw err;
  }
}

export function readPdf(bytes: Uint8Array): PdfRead {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-pdf-'));
  try {
    const file = join(dir, 'printed.pdf');
    writeFileSync(file, bytes);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1]);
    const text = run('pdftotext', ['-layout', file, '-']).split('\f').slice(0, pages);
    return { pages, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PageImage {
  width: number;
  height: number;
  /** share of the page's pixels that are dark (below mid-grey) */
  ink: number;
  /** the same share within the top tenth of the page, where a form's head stands */
  topInk: number;
}

/** Each page rendered by pdftoppm as a PNG at `dpi`, decoded and measured. */
export function renderPages(bytes: Uint8Array, dpi = 50): PageImage[] {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-png-'));
  try {
    const file = join(dir, 'printed.pdf');
    writeFileSync(file, bytes);
    run('pdftoppm', ['-png', '-r', String(dpi), file, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => measure(decodePng(readFileSync(join(dir, f)))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of every QR code on page `page` (from 1), rendered at 200 dpi and read by
 * zbarimg, in the order it finds them; an empty list when there is none.
 */
export function decodeQr(bytes: Uint8Array, page = 1): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-qr-'));
  try {
    const file = join(dir, 'printed.pdf');
    writeFileSync(file, bytes);
    const at = String(page);
    run('pdftoppm', ['-r', '200', '-png', '-f', at, '-l', at, '-singlefile', file, join(dir, 'page')]);
    try {
      const out = run('zbarimg', ['--quiet', '--raw', join(dir, 'page.png')], 'zbar-tools', true);
      return out.split('\n').filter((line) => line !== '');
    } catch (err) {
      // zbarimg exits with 4 when the picture holds no code
      if ((err as { status?: number }).status === 4) return [];
      throw err;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Grey {
  width: number;
  height: number;
  /** one lightness value (0–255) per pixel */
  pixels: Uint8Array;
}

function measure({ width, height, pixels }: Grey): PageImage {
  const dark = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) if (pixels[i] < 128) n++;
    return n / (to - from);
  };
  return { width, height, ink: dark(0, pixels.length), topInk: dark(0, Math.round(height / 10) * width) };
}

/** The colour types pdftoppm writes (8-bit grey or RGB, not interlaced) and their bytes per pixel. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3 };

/** A PNG as pdftoppm writes it: chunks, inflate, undo the row filters, each pixel's channels averaged. */
function decodePng(png: Buffer): Grey {
  const idat: Buffer[] = [];
  let header: Buffer | null = null;
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IHDR') header = png.subarray(at + 8, at + 8 + length);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const bpp = header ? CHANNELS[header[9]] : undefined;
  if (!header || !bpp || header[8] !== 8 || header[12] !== 0)
    throw new Error('not an 8-bit grey or RGB, non-interlaced PNG');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const at = y * stride + x;
      const a = x >= bpp ? rows[at - bpp] : 0;
      const b = y ? rows[at - stride] : 0;
      const c = x >= bpp && y ? rows[at - stride - bpp] : 0;
      rows[at] = (raw[y * (stride + 1) + 1 + x] + predictor(filter, a, b, c)) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    let sum = 0;
    for (let k = 0; k < bpp; k++) sum += rows[i * bpp + k];
    pixels[i] = sum / bpp;
  }
  return { width, height, pixels };
}

/** The PNG row filters: none, sub, up, average, Paeth. */
function predictor(filter: number, a: number, b: number, c: number) {
  if (filter === 0) return 0;
  if (filter === 1) return a;
  if (filter === 2) return b;
  if (filter === 3) return (a + b) >> 1;
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
