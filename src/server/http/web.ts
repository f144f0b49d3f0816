// Serves the built single-page app: hashed assets with long caching, and
// index.html for any other GET so that deep links (/officer/producers) load.
// The build writes a Brotli and a gzip copy beside each compressible file
// (scripts/build/precompress.ts); a client that accepts one gets it as it is,
// Brotli first, and every answer that has such copies says Vary: Accept-Encoding.
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

/** in order of preference: the smaller first */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number]['name'];

/** A file as the build left it: its bytes and the compressed copies beside it. */
interface Variants {
  type: string;
  identity: Uint8Array<ArrayBuffer>;
  encoded: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
}

const readIfFile = async (path: string): Promise<Uint8Array<ArrayBuffer> | null> => {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? new Uint8Array(await readFile(path)) : null;
};

async function loadVariants(file: string): Promise<Variants | null> {
  const identity = await readIfFile(file);
  if (!identity) return null;
  const encoded: Variants['encoded'] = {};
  for (const e of ENCODINGS) {
    const body = await readIfFile(file + e.suffix);
    if (body) encoded[e.name] = body;
  }
  return { type: TYPES[extname(file)] ?? 'application/octet-stream', identity, encoded };
}

/**
 * The codings of ours that a request's Accept-Encoding allows (RFC 9110 §12.5.3), best
 * first: listed with a q above 0, or covered by `*` when not listed; a higher q wins,
 * and Brotli on a tie. No header: none (identity).
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token?.trim()) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(token.trim(), Number.isFinite(value) ? value : 0);
  }
  return ENCODINGS.map((e, order) => ({
    name: e.name,
    order,
    q: q.get(e.name) ?? (e.name === 'gzip' ? q.get('x-gzip') : undefined) ?? q.get('*') ?? 0,
  }))
    .filter((e) => e.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
    .map((e) => e.name);
}

function respond(v: Variants, acceptEncoding: string | undefined, cacheControl: string): Response {
  const headers = new Headers({ 'content-type': v.type, 'cache-control': cacheControl });
  if (Object.keys(v.encoded).length === 0) return new Response(v.identity, { headers });
  // the answer depends on the request's header: caches must keep one copy per value
  headers.set('vary', 'Accept-Encoding');
  const chosen = acceptedEncodings(acceptEncoding).find((name) => v.encoded[name]);
  if (!chosen) return new Response(v.identity, { headers });
  headers.set('content-encoding', chosen);
  return new Response(v.encoded[chosen], { headers });
}

export function webRoutes(root: string) {
  const router = new Hono<AppEnv>();
  // the build does not change under a running server: each file is read once
  const files = new Map<string, Promise<Variants | null>>();
  const variantsOf = (file: string) => {
    let v = files.get(file);
    if (!v) {
      v = loadVariants(file);
      files.set(file, v);
    }
    return v;
  };
  router.get('*', async (c, next) => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    if (path.startsWith('/api/')) return next();
    const file = normalize(join(root, path));
    if (file.startsWith(root + sep) && extname(file)) {
      // the compressed copies are answers to their file's URL, not files of their own
      if (ENCODINGS.some((e) => file.endsWith(e.suffix))) return next();
      const v = await variantsOf(file);
      if (!v) {
        files.delete(file); // a missing file is not remembered (any URL could fill the map)
        return next();
      }
      const immutable = path.startsWith('/assets/');
      return respond(
        v,
        c.req.header('accept-encoding'),
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
    const index = await variantsOf(join(root, 'index.html'));
    if (!index) return next();
    return respond(index, c.req.header('accept-encoding'), 'no-cache');
  });
  return router;
}
