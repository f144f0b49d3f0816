// A Vite plugin that writes a Brotli (.br) and a gzip (.gz) copy beside every
// compressible file of the build, at the strongest settings once, so that the server
// sends them as they are (src/server/http/web.ts) instead of compressing per request.
// A copy that would not be smaller is not written; fonts and images are compressed
// already and are left alone.
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

export const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.webmanifest',
]);
/** below this a compressed copy saves less than its headers cost */
export const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The compressed copies of one file's bytes, each only when it is smaller. */
export async function compressedCopies(body: Buffer): Promise<{ br?: Buffer; gz?: Buffer }> {
  if (body.length < MIN_BYTES) return {};
  const [br, g] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gz(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br: br.length < body.length ? br : undefined, gz: g.length < body.length ? g : undefined };
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'ocop-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => COMPRESSIBLE.has(extname(f)));
      await Promise.all(
        files.map(async (name) => {
          const file = join(outDir, name);
          const copies = await compressedCopies(await readFile(file));
          if (copies.br) await writeFile(`${file}.br`, copies.br);
          if (copies.gz) await writeFile(`${file}.gz`, copies.gz);
        }),
      );
    },
  };
}
