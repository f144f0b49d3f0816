// Serves the built single-page app: hashed assets with long caching, and
// index.html for any other GET so that deep links (/officer/producers) load.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from './types.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export function webRoutes(root: string) {
  const router = new Hono<AppEnv>();
  let indexHtml: Promise<Buffer> | null = null;
  router.get('*', async (c, next) => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    if (path.startsWith('/api/')) return next();
    const file = normalize(join(root, path));
    if (file.startsWith(root + sep) && extname(file)) {
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) {
        const immutable = path.startsWith('/assets/');
        return c.body(new Uint8Array(await readFile(file)), 200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
      }
      return next();
    }
    indexHtml ??= readFile(join(root, 'index.html'));
    return c.body(new Uint8Array(await indexHtml), 200, {
      'content-type': TYPES['.html'],
      'cache-control': 'no-cache',
    });
  });
  return router;
}
