// Files sent back to the browser. A stored upload: its own type, shown inline under
// its stored name (RFC 5987 for Vietnamese names), never sniffed, cached privately. A
// printed PDF: made for this request from the current record (a draft may change the
// next minute), so never stored, under an ASCII file name.
import type { Context } from 'hono';

export function inlineFile(c: Context, file: { data: Uint8Array; mime: string; fileName: string }) {
  return c.body(new Uint8Array(file.data), 200, {
    'content-type': file.mime,
    'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=300',
  });
}

export function printedPdf(
  c: Context,
  file: { data: Uint8Array; fileName: string },
  disposition: 'inline' | 'attachment',
) {
  return c.body(new Uint8Array(file.data), 200, {
    'content-type': 'application/pdf',
    'content-disposition': `${disposition}; filename="${file.fileName}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
}
