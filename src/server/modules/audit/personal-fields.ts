// Personal data that may have to be erased on a lawful request (ethnicity,
// disability, sex of a legal representative). They are pulled out of before/after
// snapshots into audit_personal; the chained row keeps only a keyed digest.
import { digestPersonal, newSalt } from './audit-hash.ts';

export const PERSONAL_KEYS: ReadonlySet<string> = new Set([
  'representativeEthnicity',
  'representativeDisability',
  'representativeSex',
  'ethnicity',
  'disability',
]);

export interface SplitResult {
  before: unknown;
  after: unknown;
  digests: Record<string, string> | null;
  personal: Record<string, { v: unknown; s: string }> | null;
}

export function splitPersonal(secret: Buffer, before: unknown, after: unknown): SplitResult {
  const digests: Record<string, string> = {};
  const personal: Record<string, { v: unknown; s: string }> = {};
  const strip = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => strip(v, `${path}[${i}]`));
    if (value === null || typeof value !== 'object' || value instanceof Date) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const p = path ? `${path}.${key}` : key;
      if (PERSONAL_KEYS.has(key) && v !== undefined) {
        const s = newSalt();
        personal[p] = { v, s };
        digests[p] = digestPersonal(secret, s, v);
        out[key] = { $personal: p };
      } else {
        out[key] = strip(v, p);
      }
    }
    return out;
  };
  const b = before === undefined ? null : strip(before, 'before');
  const a = after === undefined ? null : strip(after, 'after');
  const any = Object.keys(digests).length > 0;
  return { before: b, after: a, digests: any ? digests : null, personal: any ? personal : null };
}
