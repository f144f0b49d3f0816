// What each answer is judged on, and the tally the fuzz prints: no 5xx, no stack
// trace or SQL in a body, one error shape, and how many requests got past the
// session and CSRF checks (a run that only meets 401 proves nothing).
import { INJECTED, LONG_VALUES, SQL } from './payloads.ts';

export interface Outcome {
  role: string;
  method: string;
  /** the operation's path as the document names it */
  path: string;
  family: string;
  url: string;
  status: number;
  contentType: string;
  text: string;
  /** the parsed answer, checked field by field */
  json: any;
  ms: number;
}

export interface Failure {
  kind: string;
  outcome: Outcome;
  detail: string;
}

const LEAKS: [string, RegExp][] = [
  ['stack frame', /at .+\.ts:\d+/],
  ['stack frame', /\n\s+at \S+ \(/],
  ['node_modules', /node_modules/],
  ['SQL text', /\bSELECT\b.+\bFROM\b/i],
  ['SQL text', /\b(INSERT INTO|UPDATE \S+ SET|DELETE FROM)\b/i],
  ['drizzle error', /Failed query/i],
  ['drizzle', /drizzle/i],
  [
    'database error',
    /invalid input syntax|invalid byte sequence|violates \w+ constraint|duplicate key value|relation "\w+"/i,
  ],
];

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'CSRF_FAILED']);
/** codes of the middleware that runs before the session is read, or of no route at all */
const BEFORE_SESSION = new Set([
  'MALFORMED_URL',
  'MALFORMED_JSON',
  'BODY_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'MULTIPART_REQUIRED',
  'FILE_TOO_LARGE',
  'ROUTE_NOT_FOUND',
]);
/** messages of the body and address cleaning (json-body.ts, url-hygiene.ts), also before the session */
const CLEANING = /^(nested too deeply|contains an invalid Unicode surrogate|contains control characters)/;

/** Past authentication and CSRF, as the requirement counts it. */
export function passedAuth(o: Outcome): boolean {
  return o.status !== 401 && !AUTH_CODES.has(o.json?.error?.code);
}

/** Past authentication and also past everything that runs before it: the request met a route's own checks. */
export function reachedRoute(o: Outcome): boolean {
  if (!passedAuth(o)) return false;
  const code = o.json?.error?.code;
  if (BEFORE_SESSION.has(code)) return false;
  const issues = o.json?.error?.details?.issues;
  if (
    code === 'VALIDATION_FAILED' &&
    Array.isArray(issues) &&
    issues.some((i) => CLEANING.test(i.message ?? ''))
  )
    return false;
  return true;
}

/** Our own input, echoed back (stored names, excerpts in messages), is not a leak: cut it out before looking. */
function withoutEchoes(text: string): string {
  let out = text;
  for (const s of INJECTED) out = out.split(s).join('').split(JSON.stringify(s).slice(1, -1)).join('');
  for (const s of SQL) for (let n = s.length - 1; n >= 12; n--) out = out.split(s.slice(0, n)).join('');
  return out;
}

export function judge(o: Outcome): Failure[] {
  const failures: Failure[] = [];
  if (o.status >= 500)
    failures.push({ kind: `status ${o.status}`, outcome: o, detail: o.text.slice(0, 600) });
  const binary = /^(application\/(pdf|octet-stream|vnd\.)|image\/)/.test(o.contentType);
  if (!binary) {
    for (const [name, pattern] of LEAKS) {
      if (pattern.test(o.text) && pattern.test(withoutEchoes(o.text))) {
        const at = withoutEchoes(o.text).search(pattern);
        failures.push({
          kind: `leak: ${name}`,
          outcome: o,
          detail: withoutEchoes(o.text).slice(Math.max(0, at - 100), at + 300),
        });
      }
    }
  }
  if (o.status >= 400) {
    const e = o.json?.error;
    const shaped =
      /^application\/json/.test(o.contentType) &&
      Object.keys(o.json ?? {}).join() === 'error' &&
      Object.keys(e ?? {}).every((k) => k === 'code' || k === 'message' || k === 'details') &&
      typeof e?.code === 'string' &&
      /^[A-Z_]+$/.test(e.code) &&
      typeof e.message === 'string' &&
      e.message.length > 0;
    if (!shaped) failures.push({ kind: 'error shape', outcome: o, detail: o.text.slice(0, 300) });
    // the project's rule (probed-holes.http.test.ts): a message quotes only a short excerpt of what was sent
    if (LONG_VALUES.some((v) => o.text.includes(v.slice(0, 200))))
      failures.push({
        kind: 'error echoes a long input',
        outcome: o,
        detail: `${o.text.length} characters: ${o.text.slice(0, 200)}`,
      });
  }
  if (/^(path|query|body|multipart).*sql|^sql/.test(o.family) && o.ms > 5500)
    failures.push({ kind: 'slow answer to SQL-ish input', outcome: o, detail: `${Math.round(o.ms)} ms` });
  return failures;
}

/** One line per distinct failure (kind, method, path, role, family), with how often it happened. */
export function describeFailures(failures: Failure[]): string {
  const groups = new Map<string, { f: Failure; n: number }>();
  for (const f of failures) {
    const o = f.outcome;
    const key = `${f.kind} | ${o.method} ${o.path} | ${o.role} | ${o.family}`;
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { f, n: 1 });
  }
  return [...groups.entries()]
    .map(
      ([key, { f, n }]) =>
        `${key} | ×${n} | ${f.outcome.status} ${f.outcome.url.slice(0, 160)} | ${f.detail.replace(/\s+/g, ' ').slice(0, 400)}`,
    )
    .join('\n');
}

/** The figures of a run, one line each: totals, status histogram, and per caller how far requests got. */
export function summary(
  outcomes: Outcome[],
  failures: Failure[],
  accounts: Record<string, number>,
  seconds: number,
  seed: number,
): string[] {
  const histogram: Record<number, number> = {};
  for (const o of outcomes) histogram[o.status] = (histogram[o.status] ?? 0) + 1;
  const lines = [
    `fuzz: ${outcomes.length} requests in ${seconds.toFixed(1)} s, seed ${seed}`,
    `fuzz: status histogram ${JSON.stringify(histogram)}`,
  ];
  for (const [role, n] of Object.entries(accounts)) {
    const mine = outcomes.filter((o) => o.role === role);
    const figures = [mine.length, mine.filter(passedAuth).length, mine.filter(reachedRoute).length].map((x) =>
      String(x).padStart(5),
    );
    lines.push(
      `fuzz: ${role.padEnd(17)} ${figures[0]} sent, ${figures[1]} past auth and CSRF, ${figures[2]} reached a route's own checks, ${n} account(s)`,
    );
  }
  if (failures.length) lines.push(`fuzz: failures\n${describeFailures(failures)}`);
  return lines;
}
