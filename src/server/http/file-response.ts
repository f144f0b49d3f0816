// A stored upload sent back to the browser: its own type, shown inline under its
// stored name (RFC 5987 for Vietnamese names), never sniffed, cached privately.
import type { Context } from 'hono';

export function inlineFile(c: Context, file: { data: Uint8Array; mime: string; fileName: string }) {
  return c.body(new Uint8Array(file.data), 200, {
    'content-type': file.mime,
    'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=300',
  });
}
