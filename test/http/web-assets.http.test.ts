// The built web app as a browser receives it: the precompressed copy a client asked
// for (Brotli first, then gzip), never one it did not ask for; Vary: Accept-Encoding
// on every answer that has copies; the file's own type; hashed assets cached for a
// year, index.html (and deep links) revalidated every time.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressedCopies } from '../../scripts/build/precompress.ts';
import { createApp } from '../../src/server/app.ts';
import { acceptedEncodings } from '../../src/server/http/web.ts';
import { makeDeps } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import type { App } from './http-client.ts';

let tdb: TestDatabase;
let app: App;
let root: string;

// a script and a style sheet large enough to be worth compressing, as a build leaves them
const script = `${'export const words = { vi: "Sản phẩm OCOP", en: "OCOP products" };\n'.repeat(80)}`;
const style = `${'.card { display: grid; gap: 0.5rem; color: rgb(15 23 42); }\n'.repeat(60)}`;
const font = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
const indexHtml = `<!doctype html><html lang="vi"><head><title>OCOP</title>${'<meta name="x" content="padding for a compressed copy">'.repeat(30)}</head><body><div id="root"></div></body></html>`;

async function writeWithCopies(file: string, body: string | Buffer) {
  writeFileSync(file, body);
  const copies = await compressedCopies(Buffer.from(body));
  if (copies.br) writeFileSync(`${file}.br`, copies.br);
  if (copies.gz) writeFileSync(`${file}.gz`, copies.gz);
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'ocop-web-'));
  mkdirSync(join(root, 'assets'));
  await writeWithCopies(join(root, 'index.html'), indexHtml);
  await writeWithCopies(join(root, 'assets', 'index-Ab12Cd34.js'), script);
  await writeWithCopies(join(root, 'assets', 'index-Ef56Gh78.css'), style);
  // fonts are compressed already: the build writes no copies of them
  writeFileSync(join(root, 'assets', 'be-vietnam-pro-Ij90.woff2'), font);
  tdb = await createTestDatabase();
  app = createApp({ ...makeDeps(tdb.database), webRoot: root });
});
after(async () => {
  await tdb.drop();
  rmSync(root, { recursive: true, force: true });
});

async function get(path: string, acceptEncoding?: string) {
  const res = await app.request(path, {
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

describe('precompressed assets', () => {
  it('a browser that accepts Brotli gets the .br copy, with its type, Vary and a year of caching', async () => {
    const { res, body } = await get('/assets/index-Ab12Cd34.js', 'gzip, deflate, br, zstd');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), 'br');
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(res.headers.get('vary'), 'Accept-Encoding');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.ok(body.length < Buffer.byteLength(script) / 4, `${body.length} bytes for ${script.length}`);
    assert.equal(brotliDecompressSync(body).toString(), script);
  });

  it('one that accepts only gzip gets the .gz copy', async () => {
    const { res, body } = await get('/assets/index-Ef56Gh78.css', 'gzip, deflate');
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.equal(res.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.equal(res.headers.get('vary'), 'Accept-Encoding');
    assert.equal(gunzipSync(body).toString(), style);
  });

  it('a client that asked for no coding gets the file as it is, still told that the answer varies', async () => {
    for (const header of [undefined, '', 'identity', 'deflate', 'br;q=0, gzip;q=0', '*;q=0']) {
      const { res, body } = await get('/assets/index-Ab12Cd34.js', header);
      assert.equal(res.headers.get('content-encoding'), null, `Accept-Encoding: ${header}`);
      assert.equal(res.headers.get('vary'), 'Accept-Encoding');
      assert.equal(body.toString(), script, `Accept-Encoding: ${header}`);
    }
  });

  it('follows the client: a refused Brotli, a preferred gzip, a wildcard', async () => {
    const coding = async (header: string) =>
      (await get('/assets/index-Ab12Cd34.js', header)).res.headers.get('content-encoding');
    assert.equal(await coding('br;q=0, gzip'), 'gzip');
    assert.equal(await coding('gzip;q=1, br;q=0.5'), 'gzip');
    assert.equal(await coding('gzip;q=0.8, br'), 'br');
    assert.equal(await coding('*'), 'br');
    assert.equal(await coding('br;q=0, *'), 'gzip');
    assert.equal(await coding('GZIP'), 'gzip');
  });

  it('a file without copies (a font) is sent as it is, without Vary', async () => {
    const { res, body } = await get('/assets/be-vietnam-pro-Ij90.woff2', 'gzip, br');
    assert.equal(res.headers.get('content-encoding'), null);
    assert.equal(res.headers.get('vary'), null);
    assert.equal(res.headers.get('content-type'), 'font/woff2');
    assert.ok(body.equals(font));
  });

  it('index.html and deep links are revalidated every time, compressed when asked', async () => {
    for (const path of ['/', '/index.html', '/app/san-pham']) {
      const { res, body } = await get(path, 'br, gzip');
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('cache-control'), 'no-cache', path);
      assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8', path);
      assert.equal(res.headers.get('content-encoding'), 'br', path);
      assert.equal(brotliDecompressSync(body).toString(), indexHtml, path);
    }
    const plain = await get('/app/san-pham');
    assert.equal(plain.res.headers.get('content-encoding'), null);
    assert.equal(plain.body.toString(), indexHtml);
  });

  it('the copies are not files of their own, and the API is not the web app', async () => {
    assert.equal((await get('/assets/index-Ab12Cd34.js.br', 'br')).res.status, 404);
    assert.equal((await get('/assets/index-Ab12Cd34.js.gz', 'gzip')).res.status, 404);
    assert.equal((await get('/assets/missing-0000.js', 'br')).res.status, 404);
    const health = await get('/api/health', 'br');
    assert.equal(health.res.headers.get('content-encoding'), null);
    assert.match(health.res.headers.get('content-type') ?? '', /application\/json/);
  });
});

describe('Accept-Encoding', () => {
  it('lists our codings the header allows, best first', () => {
    assert.deepEqual(acceptedEncodings(undefined), []);
    assert.deepEqual(acceptedEncodings('gzip, deflate, br, zstd'), ['br', 'gzip']);
    assert.deepEqual(acceptedEncodings('gzip;q=0.9, br;q=0.1'), ['gzip', 'br']);
    assert.deepEqual(acceptedEncodings('x-gzip'), ['gzip']);
    assert.deepEqual(acceptedEncodings('br;q=0'), []);
    assert.deepEqual(acceptedEncodings('*;q=0.5, br;q=0'), ['gzip']);
    assert.deepEqual(acceptedEncodings('br;q=abc'), []);
  });
});
