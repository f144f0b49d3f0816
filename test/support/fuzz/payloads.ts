// The families of hostile values, each as the text a client would put into a JSON
// string, a number, an address or a multipart field. Every injected string is also
// kept in INJECTED so the leak check can tell an echo of our own input from SQL
// text of the server's.
import type { Rng } from './random.ts';

const NFD = ['Hợp tác xã Nước mắm Cát Hải', 'Phường Hàm Rồng', 'Chè Shan tuyết Suối Giàng'].map((s) =>
  s.normalize('NFD'),
);
export const SQL = [
  "'; DROP TABLE products; --",
  '1; SELECT pg_sleep(6)',
  "' OR '1'='1",
  '1) OR (1=1',
  '$$; DELETE FROM users; $$',
  "\\'; COMMIT; --",
  "x' UNION SELECT password_hash FROM users --",
];
export const MEGABYTE = 'x'.repeat(1 << 20);
/** 6 kB of UTF-8: under the 8 kB limit of the sign-in routes, over every field's maximum */
const LONG = 'ư'.repeat(2000);
/** values no answer should repeat in full */
export const LONG_VALUES = [MEGABYTE, LONG];

/** Strings a client may send that the server must refuse or store faithfully, by family. */
export const STRING_FAMILIES: Record<string, (rng: Rng) => string> = {
  'nul-control': (rng) =>
    rng.pick(['a\u0000b', '\u0000', 'x\u001b[31mred', 'chuông\u0007', 'del\u007f', 'nel\u0085']),
  'lone-surrogate': (rng) => rng.pick(['\uD800', 'a\uDC00b', 'ends\uDBFF']),
  'nfd-vietnamese': (rng) => rng.pick(NFD),
  sql: (rng) => rng.pick(SQL),
  'huge-1mb': () => MEGABYTE,
  'long-6k': () => LONG,
};

export const NUMBERS = [1e308, -1e308, -1, 2 ** 63, -(2 ** 63), 1.5, -0, Number.MAX_SAFE_INTEGER + 2, 0];
/** Numbers JSON can carry but a double cannot: JSON.parse turns them into Infinity or loses digits. */
export const RAW_NUMBERS = ['1e400', '-1e400', '123456789012345678901234567890'];

export const INJECTED = [...SQL, ...NFD];

/** A value of another type than the schema's. */
export function wrongTypeFor(type: string, rng: Rng): unknown {
  switch (type) {
    case 'string':
      return rng.pick([123, true, {}, [], null, ['a']]);
    case 'integer':
    case 'number':
      return rng.pick(['12', true, {}, [], null, '1e3', 1.5]);
    case 'boolean':
      return rng.pick(['true', 1, 0, null, {}]);
    case 'array':
      return rng.pick(['a', {}, 1, null, { 0: 'a', length: 1 }]);
    case 'object':
      return rng.pick(['a', [], 1, null, true]);
    default:
      return rng.pick(['x', 1, null]);
  }
}

/** Nested arrays or objects far deeper than any contract, as JSON text. */
export function deepJson(levels: number, rng: Rng): string {
  return rng.chance(0.5)
    ? `${'['.repeat(levels)}1${']'.repeat(levels)}`
    : `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

/** UTF-8, except that a lone surrogate becomes its three-byte form (WTF-8): bytes no valid text has. */
export function wtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cu = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (cu >= 0xd800 && cu <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      bytes.push(...Buffer.from(text.slice(i, i + 2), 'utf8'));
      i++;
    } else if (cu >= 0xd800 && cu <= 0xdfff) {
      bytes.push(0xe0 | (cu >> 12), 0x80 | ((cu >> 6) & 0x3f), 0x80 | (cu & 0x3f));
    } else bytes.push(...Buffer.from(text[i], 'utf8'));
  }
  return Uint8Array.from(bytes);
}

/** Percent-encodes every byte but the unreserved ones; lone surrogates become %ED%A0%80 and the like. */
export function percentEncode(text: string): string {
  if (text.length > 4096 && /^[\w.~-]*$/.test(text)) return text;
  let out = '';
  for (const b of wtf8(text)) {
    const c = String.fromCharCode(b);
    out += /[\w.~-]/.test(c) && b < 0x80 ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Address values, already encoded as they would travel: the string families plus address-only ones. */
export const PARAM_FAMILIES: Record<string, (rng: Rng) => string> = {
  ...Object.fromEntries(
    Object.entries(STRING_FAMILIES).map(([k, f]) => [k, (rng: Rng) => percentEncode(f(rng))]),
  ),
  'malformed-percent': (rng) => rng.pick(['%E0%A4%A', '%', '%zz', '%C3', '%FF', 'a%2']),
  numbers: (rng) =>
    rng.pick(['1e308', '-1', '9223372036854775808', 'NaN', 'Infinity', '1.5', '0x1F', '-0', '1e400']),
  'wrong-type': (rng) => rng.pick(['true', 'null', '%5B%5D', '%7B%7D', '', 'undefined']),
  traversal: (rng) => rng.pick(['..%2F..%2Fetc%2Fpasswd', '%2e%2e', '..', '%252e%252e%252f']),
};

/** Bodies that are not JSON at all, or not UTF-8. */
export function malformedJson(rng: Rng): string | Uint8Array<ArrayBuffer> {
  return rng.pick<string | Uint8Array<ArrayBuffer>>([
    '{',
    '{"a":',
    "{'a':1}",
    '{"a":1,}',
    'nul',
    '[1,2',
    '{"a":"\\x"}',
    '\uFEFF{}',
    Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
  ]);
}

export interface Part {
  name: string;
  value: string | Uint8Array;
  filename?: string;
  type?: string;
}

/** A multipart body written by hand, so field names, values and file names can hold any bytes. */
export function multipartBody(parts: Part[], boundary: string): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  for (const p of parts) {
    const file = p.filename === undefined ? '' : `; filename="${p.filename}"`;
    const type = p.filename === undefined ? '' : `\r\nContent-Type: ${p.type ?? 'application/octet-stream'}`;
    chunks.push(
      wtf8(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${file}${type}\r\n\r\n`),
    );
    chunks.push(typeof p.value === 'string' ? wtf8(p.value) : p.value);
    chunks.push(wtf8('\r\n'));
  }
  chunks.push(wtf8(`--${boundary}--\r\n`));
  return new Uint8Array(Buffer.concat(chunks));
}

/** File contents that claim a type they are not, or are empty, cut short or hostile. */
export function hostileFile(rng: Rng): { family: string; bytes: Uint8Array; filename: string } {
  const junk = Uint8Array.from({ length: rng.int(16, 512) }, () => rng.int(0, 255));
  const withHead = (head: number[]) => Uint8Array.from([...head, ...junk]);
  return rng.pick([
    { family: 'garbage-file', bytes: junk, filename: rng.pick(['anh.png', 'ds.xlsx', 'giay.pdf', 'ds.csv']) },
    { family: 'empty-file', bytes: new Uint8Array(), filename: rng.pick(['anh.jpg', 'ds.csv', 'giay.pdf']) },
    {
      family: 'truncated-png',
      bytes: withHead([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      filename: 'anh.png',
    },
    {
      family: 'truncated-zip',
      bytes: withHead([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
      filename: 'ds.xlsx',
    },
    { family: 'truncated-pdf', bytes: withHead([...Buffer.from('%PDF-1.4\n')]), filename: 'giay.pdf' },
    {
      family: 'hostile-csv',
      bytes: wtf8(
        `STT,Tên sản phẩm,Tên chủ thể,Xã,Hạng sao\n${[
          `1,${rng.pick(SQL)},"=cmd|' /C calc'!A0",${NFD[1]},1e308`,
          `2,${'ư'.repeat(3000)},x\u001by,\uD800,-1`,
          `3,"a""b""",${rng.pick(SQL)},Xã Hải Long,9223372036854775808`,
          // a NUL makes the file binary, refused before any row is read: only now and then
          rng.chance(0.3) ? '4,a\u0000b,,,' : `4,"không đóng,${'x'.repeat(50)}`,
        ].join('\n')}\n`,
      ),
      filename: 'ds.csv',
    },
  ]);
}
