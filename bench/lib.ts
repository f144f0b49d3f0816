// Shared pieces of the benchmarks: spawning the CLI, the PostgreSQL cluster, wrk.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CACHE = join(ROOT, 'bench', '.data');

export function ocop(args: string[], env: Record<string, string>): void {
  const res = spawnSync(process.execPath, ['bin/ocop.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (res.status !== 0) throw new Error(`ocop ${args.join(' ')} failed (${res.status})`);
}

export function startPgCluster(dir: string): string {
  return execFileSync('bash', [join(ROOT, 'scripts/pg-cluster.sh'), 'start', dir], {
    encoding: 'utf8',
  }).trim();
}
export function stopPgCluster(dir: string): void {
  spawnSync('bash', [join(ROOT, 'scripts/pg-cluster.sh'), 'stop', dir]);
}

export function ensureWrk(): string {
  if (existsSync('/usr/bin/wrk')) return '/usr/bin/wrk';
  if (process.getuid?.() === 0) {
    spawnSync('bash', [
      '-c',
      'apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null',
    ]);
    if (existsSync('/usr/bin/wrk')) return '/usr/bin/wrk';
  }
  throw new Error('wrk is needed for the load benchmark: sudo apt-get install -y wrk');
}

export interface WrkResult {
  rps: number;
  p50ms: number;
  p99ms: number;
  requests: number;
  errors: number;
}

/** wrk on loopback, bounded in time; a Lua done() hook prints the latency percentiles as JSON. */
export async function runWrk(
  url: string,
  headers: Record<string, string>,
  seconds: number,
  connections: number,
): Promise<WrkResult> {
  const script = join(CACHE, 'report.lua');
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(
    script,
    `done = function(summary, latency, requests)
  io.write(string.format('JSON{"requests":%d,"errors":%d,"p50":%f,"p99":%f,"duration":%d}\\n',
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99), summary.duration))
end\n`,
  );
  const args = ['-t', '1', '-c', String(connections), '-d', `${seconds}s`, '--latency', '-s', script];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}: ${v}`);
  args.push(url);
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(ensureWrk(), args);
    let text = '';
    child.stdout.on('data', (d) => {
      text += d;
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}: ${text}`)),
    );
  });
  const json = JSON.parse(out.slice(out.indexOf('JSON') + 4).split('\n')[0]) as {
    requests: number;
    errors: number;
    p50: number;
    p99: number;
    duration: number;
  };
  return {
    rps: json.requests / (json.duration / 1e6),
    p50ms: json.p50 / 1000,
    p99ms: json.p99 / 1000,
    requests: json.requests,
    errors: json.errors,
  };
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/**
 * The same closed loop as wrk, timed only once its keep-alive connections are open
 * and warm (bench/steady-client.ts says why both are reported).
 */
export async function runSteady(
  url: string,
  headers: Record<string, string>,
  seconds: number,
  connections: number,
): Promise<WrkResult> {
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'bench', 'steady-client.ts'),
        url,
        headers.Cookie ?? '',
        String(seconds),
        String(connections),
        '2',
      ],
      { cwd: ROOT },
    );
    let text = '';
    child.stdout.on('data', (d) => {
      text += d;
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`steady client exited ${code}: ${text}`)),
    );
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as WrkResult;
}
