// `npm start` serves the built web app and builds it first when the build is
// missing or older than its sources (web, shared, domain, index.html, config).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from './logger.ts';

const SOURCES = [
  'src/web',
  'src/shared',
  'src/domain',
  'index.html',
  'vite.config.ts',
  'scripts/build',
  'package-lock.json',
];
export const WEB_OUT = 'dist/web';

function newestMtime(root: string, path: string): number {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const info = statSync(full);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(full)) newest = Math.max(newest, newestMtime(root, join(path, entry)));
  return newest;
}

export function isWebBuildStale(root: string): boolean {
  const stamp = join(root, WEB_OUT, '.build-stamp.json');
  if (!existsSync(join(root, WEB_OUT, 'index.html')) || !existsSync(stamp)) return true;
  const built = (JSON.parse(readFileSync(stamp, 'utf8')) as { sourcesMtime: number }).sourcesMtime;
  return SOURCES.reduce((m, s) => Math.max(m, newestMtime(root, s)), 0) > built;
}

export async function buildWeb(root: string, log: Logger): Promise<void> {
  const started = Date.now();
  const sourcesMtime = SOURCES.reduce((m, s) => Math.max(m, newestMtime(root, s)), 0);
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error(
      'The web app needs building but Vite is not installed: run `npm ci` (with dev dependencies) first.',
    );
  }
  // the served app is always the production build: under NODE_ENV=development Vite
  // would bundle React's development runtime (measured 3–4× slower per click)
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(
    join(root, WEB_OUT, '.build-stamp.json'),
    JSON.stringify({ sourcesMtime, builtAt: new Date().toISOString() }),
  );
  log.info('web app built', { ms: Date.now() - started });
}

export async function ensureWebBuild(
  root: string,
  mode: 'auto' | 'always' | 'never',
  log: Logger,
): Promise<string | undefined> {
  const out = join(root, WEB_OUT);
  if (mode === 'never') return existsSync(join(out, 'index.html')) ? out : undefined;
  if (mode === 'always' || isWebBuildStale(root)) await buildWeb(root, log);
  return out;
}
