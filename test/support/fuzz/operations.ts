// Reads the operations of the OpenAPI document and makes plausible values from
// their schemas, so a route added to the API is fuzzed without a test of its own.
import type { Rng } from './random.ts';

/** JSON Schema as served, walked generically */
export type Schema = any;

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  schema: Schema;
  required: boolean;
}

export interface Operation {
  method: string;
  /** as in the document, with {name} placeholders */
  path: string;
  params: Parameter[];
  body: { kind: 'json' | 'multipart'; schema: Schema } | null;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operationsOf(doc: Schema): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<Schema>(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params: Parameter[] = [...(item.parameters ?? []), ...(op.parameters ?? [])]
        .map((p: Schema) => resolve(doc, p))
        .filter((p: Schema) => p.in === 'path' || p.in === 'query')
        .map((p: Schema) => ({
          name: p.name,
          in: p.in,
          schema: resolve(doc, p.schema ?? {}),
          required: !!p.required,
        }));
      const content = resolve(doc, op.requestBody ?? {}).content ?? {};
      const type = Object.keys(content)[0];
      const body = type
        ? {
            kind: type.startsWith('multipart/') ? ('multipart' as const) : ('json' as const),
            schema: resolve(doc, content[type].schema ?? {}),
          }
        : null;
      out.push({ method: method.toUpperCase(), path, params, body });
    }
  }
  return out;
}

export function resolve(doc: Schema, schema: Schema): Schema {
  let s = schema;
  for (let i = 0; s && typeof s.$ref === 'string' && i < 20; i++) {
    const parts = s.$ref.replace(/^#\//, '').split('/');
    s = parts.reduce((node: Schema, key: string) => node?.[key], doc);
  }
  return s ?? {};
}

/** The main type of a schema: the first non-null one of a type list or of anyOf/oneOf. */
export function typeOf(doc: Schema, schema: Schema): string {
  const s = resolve(doc, schema);
  if (Array.isArray(s.type)) return s.type.find((t: string) => t !== 'null') ?? 'null';
  if (s.type) return s.type;
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return typeOf(doc, alt.find((a: Schema) => resolve(doc, a).type !== 'null') ?? alt[0]);
  if (s.enum) return typeof s.enum[0];
  if (s.properties) return 'object';
  return 'any';
}

/** Values for property names the document cannot know (ids of objects the fuzz world created). */
export type Hints = Record<string, () => unknown>;

/** A value the schema accepts, or close to it: the base that each bad-input family then breaks in one place. */
export function sample(doc: Schema, schema: Schema, rng: Rng, hints: Hints, name = '', depth = 0): unknown {
  const s = resolve(doc, schema);
  // a hint names a scalar (an id, a year); a property of the same name holding an object or a choice is not it
  const scalar = ['string', 'integer', 'number'].includes(typeOf(doc, s)) && !s.enum;
  if (name && hints[name] && scalar) return hints[name]();
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return rng.pick(s.enum);
  if (s.default !== undefined && rng.chance(0.3)) return s.default;
  switch (typeOf(doc, s)) {
    case 'string':
      return sampleString(s, rng);
    case 'integer':
    case 'number': {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      const max = s.maximum ?? min + 3;
      return rng.int(Math.ceil(min), Math.floor(Math.min(max, min + 50)));
    }
    case 'boolean':
      return rng.chance(0.5);
    case 'array': {
      if (depth > 4) return [];
      const count = Math.max(s.minItems ?? 0, rng.int(0, 1));
      return Array.from({ length: count }, () => sample(doc, s.items ?? {}, rng, hints, '', depth + 1));
    }
    case 'object': {
      if (depth > 4) return {};
      const out: Record<string, unknown> = {};
      const required = new Set<string>(s.required ?? []);
      for (const [key, prop] of Object.entries<Schema>(s.properties ?? {}))
        if (required.has(key) || rng.chance(0.5)) out[key] = sample(doc, prop, rng, hints, key, depth + 1);
      if (s.additionalProperties && typeof s.additionalProperties === 'object' && !s.properties)
        out['1.1'] = sample(doc, s.additionalProperties, rng, hints, '', depth + 1);
      return out;
    }
    default:
      return {};
  }
}

function sampleString(s: Schema, rng: Rng): string {
  if (s.format === 'uuid') return rng.uuid();
  if (s.format === 'email') return `nguoi.thu.${rng.hex(6)}@test.vn`;
  if (s.format === 'date-time') return new Date(Date.UTC(2026, 0, rng.int(1, 28))).toISOString();
  if (s.format === 'date' || /\\d\{4\}-\\d\{2\}/.test(s.pattern ?? ''))
    return `2025-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
  if (s.format === 'uri') return `https://ocop-${rng.hex(4)}.vn`;
  if (/\[0-9 \.-\]/.test(s.pattern ?? '')) return `09${rng.int(10000000, 99999999)}`;
  const text = rng.pick(['Nem chua Thanh Hóa', 'Hợp tác xã Nước mắm Cát Hải', 'Mật ong bạc hà', 'abc']);
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 200;
  return text.padEnd(min, 'x').slice(0, Math.max(min, Math.min(max, text.length)));
}

/** Dotted paths of the properties of a body schema, objects one level down included. */
export function propertyPaths(doc: Schema, schema: Schema, prefix: string[] = [], depth = 0): string[][] {
  const s = resolve(doc, schema);
  const out: string[][] = [];
  for (const [key, prop] of Object.entries<Schema>(s.properties ?? {})) {
    out.push([...prefix, key]);
    if (depth < 1 && typeOf(doc, prop) === 'object' && resolve(doc, prop).properties)
      out.push(...propertyPaths(doc, prop, [...prefix, key], depth + 1));
  }
  return out;
}

export function schemaAt(doc: Schema, schema: Schema, path: string[]): Schema {
  return path.reduce((s, key) => resolve(doc, resolve(doc, s).properties?.[key] ?? {}), schema);
}
