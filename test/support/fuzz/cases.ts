// The requests sent to one operation by one caller: a plausible base request, then
// the same request broken in one place per family (address, query, body).
import {
  type Hints,
  type Operation,
  propertyPaths,
  sample,
  type Schema,
  schemaAt,
  typeOf,
} from './operations.ts';
import {
  deepJson,
  hostileFile,
  malformedJson,
  multipartBody,
  NUMBERS,
  PARAM_FAMILIES,
  type Part,
  percentEncode,
  RAW_NUMBERS,
  STRING_FAMILIES,
  wrongTypeFor,
} from './payloads.ts';
import type { Rng } from './random.ts';

export interface Case {
  family: string;
  url: string;
  body?: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
}

export interface World {
  /** ids of objects that exist, by the path segment before the parameter (`products` for /products/{id}) */
  known: Record<string, string[]>;
  hints: Hints;
  /**
   * Well-formed files, by the upload path that takes them ('*': for any other upload). With one, a
   * broken text field or file name meets the handler instead of hiding behind a refused file.
   */
  files: Record<string, { bytes: Uint8Array; filename: string }[]>;
}

const PARAM_NAMES = Object.keys(PARAM_FAMILIES);

export function casesFor(doc: Schema, op: Operation, rng: Rng, world: World): Case[] {
  const good = (name: string) => goodParam(doc, op, name, rng, world);
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const url = (path: Record<string, string> = {}, query = validQuery()) => {
    const filled = op.path.replace(/\{(\w+)\}/g, (_, n: string) => path[n] ?? good(n));
    return query ? `${filled}?${query}` : filled;
  };
  function validQuery(except?: string): string {
    return queryParams
      .filter((p) => p.name !== except && (p.required || rng.chance(0.5)))
      .map((p) => `${p.name}=${percentEncode(String(sample(doc, p.schema, rng, world.hints, p.name)))}`)
      .join('&');
  }
  const body = op.method === 'GET' ? null : bodyCases(doc, op, rng, world);
  const base = body?.[0] ?? { family: 'valid-sample', url: '' };
  const withBase = (family: string, u: string): Case => ({ ...base, family, url: u });

  const cases: Case[] = [withBase('valid-sample', url())];
  for (const p of pathParams) {
    const random = percentEncode(String(sample(doc, p.schema, rng, {}, '')));
    cases.push(withBase(`path:${p.name}:random-value`, url({ [p.name]: random })));
    for (const family of [rng.pick(PARAM_NAMES), rng.pick(PARAM_NAMES)])
      cases.push(withBase(`path:${p.name}:${family}`, url({ [p.name]: PARAM_FAMILIES[family](rng) })));
  }
  for (const p of queryParams) {
    const family = rng.pick(PARAM_NAMES);
    const rest = validQuery(p.name);
    const bad = `${p.name}=${PARAM_FAMILIES[family](rng)}`;
    cases.push(withBase(`query:${p.name}:${family}`, url({}, rest ? `${rest}&${bad}` : bad)));
  }
  if (queryParams.length) {
    const first = queryParams[0].name;
    cases.push(withBase('query:repeated', url({}, `${first}=1&${first}=2&${first}=`)));
    cases.push(withBase('query:unknown-param', url({}, '__proto__[admin]=1&constructor=x&zz=1')));
    cases.push(withBase('query:deep-nesting', url({}, `${first}${'%5Ba%5D'.repeat(200)}=1`)));
  }
  for (const c of body?.slice(1) ?? []) cases.push({ ...c, url: url() });
  return cases;
}

function goodParam(doc: Schema, op: Operation, name: string, rng: Rng, world: World): string {
  const segments = op.path.split('/');
  const known = world.known[segments[segments.indexOf(`{${name}}`) - 1]];
  if (known?.length) return percentEncode(rng.pick(known));
  const param = op.params.find((p) => p.name === name);
  return percentEncode(String(sample(doc, param?.schema ?? {}, rng, world.hints, name)));
}

function setAt(value: unknown, path: string[], leaf: unknown): unknown {
  const root = structuredClone(value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object' || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = leaf;
  return root;
}

/** Body cases without their address; the first is the plausible base. */
function bodyCases(doc: Schema, op: Operation, rng: Rng, world: World): Case[] {
  const hints = world.hints;
  if (op.body?.kind === 'multipart')
    return multipartCases(doc, op.body.schema, rng, world.hints, world.files[op.path] ?? world.files['*']);
  const schema = op.body?.schema ?? { type: 'object', properties: {} };
  const base = op.body ? sample(doc, schema, rng, hints) : {};
  const paths = propertyPaths(doc, schema);
  const ofType = (...types: string[]) =>
    paths.filter((p) => types.includes(typeOf(doc, schemaAt(doc, schema, p))));
  const target = (...types: string[]) =>
    rng.pick(ofType(...types).length ? ofType(...types) : paths.length ? paths : [['x']]);
  const json = (family: string, value: unknown): Case => ({
    family,
    url: '',
    body: JSON.stringify(value),
    contentType: 'application/json',
  });
  const raw = (family: string, body: string | Uint8Array<ArrayBuffer>, contentType?: string): Case => ({
    family,
    url: '',
    body,
    contentType,
  });
  /** JSON text of the base with `text` (not a JSON value) at one property */
  const spliced = (path: string[], text: string) =>
    JSON.stringify(setAt(base, path, '\u0001PLACE')).replace('"\\u0001PLACE"', text);
  const baseText = JSON.stringify(base);

  const cases: Case[] = [
    json('valid-sample', base),
    raw('body:malformed-json', malformedJson(rng), 'application/json'),
  ];
  cases.push(
    rng.pick([
      raw('body:empty-body', '', 'application/json'),
      raw('body:empty-body', ''),
      { family: 'body:empty-body', url: '', contentType: 'application/json' },
    ]),
  );
  const boundary = `----fuzz${rng.hex(12)}`;
  cases.push(
    rng.pick([
      raw('body:text-plain', baseText, 'text/plain'),
      raw('body:form-urlencoded', 'a=1&name=x%00y', 'application/x-www-form-urlencoded'),
      raw(
        'body:multipart',
        multipartBody([{ name: 'json', value: baseText }], boundary),
        `multipart/form-data; boundary=${boundary}`,
      ),
    ]),
  );
  for (const path of paths)
    cases.push(
      json(
        `body:wrong-type:${path.join('.')}`,
        setAt(base, path, wrongTypeFor(typeOf(doc, schemaAt(doc, schema, path)), rng)),
      ),
    );
  const rest = baseText.length > 2 ? `,${baseText.slice(1)}` : '}';
  cases.push(
    rng.pick([
      json('body:unknown-fields', { ...(base as object), unknownField: 1 }),
      raw(
        'body:unknown-fields:__proto__',
        `{"__proto__":{"admin":true,"role":"system_admin"}${rest}`,
        'application/json',
      ),
      json('body:unknown-fields:constructor', {
        ...(base as object),
        constructor: { prototype: { admin: true } },
      }),
      json('body:unknown-fields:empty-key', { ...(base as object), '': null }),
    ]),
  );
  // free-form maps (answers, comments, mappings) take any key: a hostile key there reaches the handler
  const maps = paths.filter((p) => typeof schemaAt(doc, schema, p).additionalProperties === 'object');
  const withKey = (key: string) => {
    if (!maps.length) return { ...(base as object), [key]: 1 };
    const map = rng.pick(maps);
    return setAt(
      base,
      [...map, key],
      sample(doc, schemaAt(doc, schema, map).additionalProperties, rng, hints),
    );
  };
  for (const [family, make] of Object.entries(STRING_FAMILIES)) {
    const inKey = family !== 'huge-1mb' && rng.chance(maps.length ? 0.5 : 0.2);
    const value = make(rng);
    cases.push(
      json(
        `body:${family}${inKey ? ':key' : ''}`,
        inKey ? withKey(value) : setAt(base, target('string'), value),
      ),
    );
  }
  cases.push(
    rng.chance(0.7)
      ? raw(
          'body:deep-nesting',
          spliced(target('object', 'array', 'string'), deepJson(200, rng)),
          'application/json',
        )
      : raw('body:deep-nesting', deepJson(200, rng), 'application/json'),
  );
  const numeric = target('integer', 'number');
  cases.push(
    rng.chance(0.7)
      ? json('body:numbers', setAt(base, numeric, rng.pick(NUMBERS)))
      : raw('body:numbers:raw', spliced(numeric, rng.pick(RAW_NUMBERS)), 'application/json'),
  );
  cases.push(
    raw('body:top-level-type', rng.pick(['[]', 'null', '"x"', '1', 'true', '[{}]']), 'application/json'),
  );
  return cases;
}

function multipartCases(
  doc: Schema,
  schema: Schema,
  rng: Rng,
  hints: Hints,
  good: World['files'][string],
): Case[] {
  const props = Object.entries<Schema>(schema.properties ?? {});
  const fileFields = props.filter(([, s]) => s.format === 'binary').map(([k]) => k);
  const textFields = props.filter(([, s]) => s.format !== 'binary').map(([k]) => k);
  const boundary = `----fuzz${rng.hex(12)}`;
  const contentType = `multipart/form-data; boundary=${boundary}`;
  const texts = (): Part[] =>
    textFields.map((name) => ({
      name,
      value: String(sample(doc, schema.properties[name], rng, hints, name)),
    }));
  const files = (wellFormed = false, badName = ''): { family: string; parts: Part[] } => {
    const f = wellFormed ? { family: 'valid-sample', ...rng.pick(good) } : hostileFile(rng);
    const filename = badName ? `${badName}.${f.filename.split('.').pop()}` : undefined;
    return {
      family: f.family,
      parts: fileFields.map((name) => ({ name, value: f.bytes, filename: filename ?? f.filename })),
    };
  };
  const mp = (family: string, parts: Part[]): Case => ({
    family,
    url: '',
    body: multipartBody(parts, boundary),
    contentType,
  });
  const cases: Case[] = [mp('valid-sample', [...texts(), ...files(true).parts])];
  for (const hostile of [files(), files()])
    cases.push(mp(`multipart:${hostile.family}`, [...texts(), ...hostile.parts]));
  cases.push(mp('multipart:no-file', texts()));
  for (const field of textFields) {
    for (const family of Object.keys(STRING_FAMILIES)) {
      const parts = texts().map((p) =>
        p.name === field ? { ...p, value: STRING_FAMILIES[family](rng) } : p,
      );
      cases.push(mp(`multipart:${field}:${family}`, [...parts, ...files(true).parts]));
    }
  }
  const badNames: [string, string][] = [
    ['nul', 'a\u0000b'],
    ['control', 'con\u001b[31m'],
    ['lone-surrogate', '\uD800'],
    ['traversal', '../../etc/passwd'],
    ['nfd-vietnamese', 'Ảnh sản phẩm'.normalize('NFD')],
    ['long-1000', 'x'.repeat(1000)],
    ['quote', 'a";name="file'],
    ['sql', "'; DROP TABLE products; --"],
  ];
  for (const [label, name] of badNames)
    cases.push(mp(`multipart:filename:${label}`, [...texts(), ...files(true, name).parts]));
  cases.push(
    rng.pick<Case>([
      {
        family: 'multipart:no-boundary',
        url: '',
        body: multipartBody(texts(), boundary),
        contentType: 'multipart/form-data',
      },
      {
        family: 'multipart:truncated',
        url: '',
        body: multipartBody(texts(), boundary).slice(0, 40),
        contentType,
      },
      { family: 'multipart:wrong-boundary', url: '', body: multipartBody(texts(), 'other'), contentType },
    ]),
  );
  cases.push({
    family: 'body:json-instead',
    url: '',
    body: JSON.stringify({ file: 'x', kind: 'products' }),
    contentType: 'application/json',
  });
  cases.push({ family: 'body:text-plain', url: '', body: 'plain text', contentType: 'text/plain' });
  cases.push({ family: 'body:empty-body', url: '', body: '', contentType });
  return cases;
}
