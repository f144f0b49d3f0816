// Every enum the API declares has its words in both languages (vocabulary.ts): the
// contracts are walked for their enums, so a value added to a contract without words
// fails here, not on a Vietnamese screen.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import { ERRORS } from './errors.ts';
import { termOf, toneOf, V, VOCABULARIES } from './vocabulary.ts';

type Def = Record<string, unknown> & { type: string };
const isSchema = (x: unknown): x is z.ZodType =>
  typeof x === 'object' && x !== null && '_zod' in (x as object);

/** The values of every enum reachable from a schema. */
function enumsOf(schema: z.ZodType, found: string[][], seen = new Set<unknown>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (def.type === 'enum') found.push(Object.values(def.entries as Record<string, string>));
  if (def.type === 'lazy') enumsOf((def.getter as () => z.ZodType)(), found, seen);
  for (const value of Object.values(def)) {
    if (isSchema(value)) enumsOf(value, found, seen);
    else if (Array.isArray(value)) for (const v of value) isSchema(v) && enumsOf(v, found, seen);
    else if (value && typeof value === 'object' && !isSchema(value))
      for (const v of Object.values(value)) isSchema(v) && enumsOf(v, found, seen);
  }
}

/** Enums whose values are not words to translate, each with its reason. */
const NOT_WORDS: { is: (values: string[]) => boolean; why: string }[] = [
  {
    is: (values) => values.every((x) => x in ERRORS),
    why: 'error codes: each has its message in both languages in errors.ts',
  },
  {
    is: (values) => values.every((x) => ['A', 'B', 'C'].includes(x)),
    why: 'the parts of a score sheet, printed as letters in the law',
  },
  {
    is: (values) => values.some((x) => x.startsWith('-')),
    why: 'sort orders of list queries: never shown, the pages name their columns',
  },
];

async function contractEnums(): Promise<{ file: string; values: string[] }[]> {
  const dir = join(import.meta.dirname, 'contracts');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f));
  const out: { file: string; values: string[] }[] = [];
  for (const file of files) {
    const mod = (await import(file)) as Record<string, unknown>;
    const found: string[][] = [];
    const seen = new Set<unknown>();
    for (const value of Object.values(mod)) if (isSchema(value)) enumsOf(value, found, seen);
    for (const values of found) out.push({ file: file.split('/src/')[1], values });
  }
  return out;
}

describe('vocabulary', () => {
  it('gives every id of every vocabulary words in both languages, not the id itself', () => {
    for (const v of VOCABULARIES) {
      assert.ok(v.ids.length > 0, v.name);
      assert.equal(new Set(v.ids).size, v.ids.length, `${v.name}: an id listed twice`);
      for (const id of v.ids) {
        const term = v.terms[id];
        assert.ok(term, `${v.name}.${id} has no words`);
        assert.ok(term.vi.trim() && term.en.trim(), `${v.name}.${id}`);
        assert.notEqual(term.vi, id, `${v.name}.${id}: the Vietnamese words are the id`);
      }
      assert.deepEqual(Object.keys(v.terms).sort(), [...v.ids].sort(), `${v.name}: words for ids not listed`);
    }
  });

  it('finds every enum of the API contracts among the vocabularies', async () => {
    const enums = await contractEnums();
    assert.ok(enums.length >= 25, `only ${enums.length} enums found: the walk is broken`);
    const missing: string[] = [];
    for (const { file, values } of enums) {
      if (NOT_WORDS.some((n) => n.is(values))) continue;
      const home = VOCABULARIES.find((v) => values.every((x) => (v.ids as readonly string[]).includes(x)));
      if (!home) missing.push(`${file}: [${values.join(', ')}]`);
    }
    assert.deepEqual(missing, [], 'enums without words in vocabulary.ts');
  });

  it('reads words and tones by id, and returns an unknown id as it is', () => {
    assert.equal(termOf(V.certificateState, 'expired', 'vi'), 'Hết hiệu lực');
    assert.equal(termOf(V.certificateState, 'expired', 'en'), 'Expired');
    assert.equal(toneOf(V.certificateState, 'expired'), 'bad');
    assert.equal(termOf(V.productStatus, 'not-a-status', 'vi'), 'not-a-status');
    assert.equal(toneOf(V.productStatus, 'not-a-status'), 'neutral');
  });

  it('colours every certificate state, so a state added later gets its colour here too', () => {
    for (const id of V.certificateState.ids) assert.ok(V.certificateState.terms[id].tone, id);
    for (const id of V.productCertificateState.ids) assert.ok(V.productCertificateState.terms[id].tone, id);
  });

  it('words a product’s certificate state as the certificate state, plus “no certificate”', () => {
    for (const id of V.certificateState.ids)
      assert.deepEqual(V.productCertificateState.terms[id], V.certificateState.terms[id], id);
    assert.deepEqual(
      V.productCertificateState.ids.filter(
        (id) => !(V.certificateState.ids as readonly string[]).includes(id),
      ),
      ['none'],
    );
    assert.equal(termOf(V.productCertificateState, 'none', 'vi'), 'Chưa có giấy chứng nhận');
  });
});
