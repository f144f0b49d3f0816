// A printed PDF read back as a person would: its page count (pdfinfo) and the text of
// each page (pdftotext), from Debian's poppler-utils, which scripts/test.sh installs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfRead {
  pages: number;
  /** text of each page, in order (pdftotext separates pages with a form feed) */
  text: string[];
}

function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is missing: install poppler-utils (apt-get install -y poppler-utils)`);
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
