// An audit row's snapshots as lines people read: "field: before → after", with the
// field's name from audit-fields.ts and its values in words — enum ids through the
// vocabulary, dates as dd/mm/yyyy, yes/no, long texts shortened, other objects by
// their names, personal fields only as "changed". Fields whose values are the same
// before and after are left out. Every line carries both languages.
import type { AuditChange, StoredSnapshot } from './audit-events.ts';
import { COUNT_LABELS, fieldsOfAction, type Field, type NamedType, type Words } from './audit-fields.ts';
import { formatDate, formatNumber } from './format.ts';
import { renderMappingNote, type MappingNote } from './mapping-notes.ts';
import { PRODUCT_SETS } from './registry.ts';
import { type Lang, termOf, V } from './vocabulary.ts';

/** The name of an object now, or undefined when it no longer exists. */
export type NameOf = (type: NamedType, id: string) => string | undefined;

export const NO_LONGER_EXISTS: Words = { vi: '(không còn tồn tại)', en: '(no longer exists)' };
const EMPTY: Words = { vi: '(trống)', en: '(empty)' };
const CHANGED: Words = { vi: 'đã thay đổi', en: 'changed' };
const RECORDED: Words = { vi: 'đã ghi nhận', en: 'recorded' };
const SHORT = 80;

type Value = unknown;
const both = (f: (lang: Lang) => string): Words => ({ vi: f('vi'), en: f('en') });
const isObject = (v: Value): v is Record<string, Value> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: Value) => v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length);
/** a personal value as the chained snapshot keeps it: a pointer to the redactable store */
const isPersonal = (v: Value) => isObject(v) && typeof v.$personal === 'string';

/** Equal as stored values: null, absent, '' and [] alike (no value); object keys in any order. */
export function sameValue(a: Value, b: Value): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
    );
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return a === b;
}

/** Equal lists in any order (workforce rows, papers: the database keeps no order). */
export function sameRows(a: Value, b: Value): boolean {
  const list = (v: Value) => (Array.isArray(v) ? [...v] : []);
  const rest = list(b);
  if (list(a).length !== rest.length) return false;
  return list(a).every((x) => {
    const i = rest.findIndex((y) => sameValue(x, y));
    return i >= 0 && rest.splice(i, 1).length === 1;
  });
}

const shorten = (s: string, max = SHORT) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);
/** A reference (or a list of them, e.g. the members present) by its current name. */
const nameOrGone = (nameOf: NameOf, type: NamedType, id: Value) =>
  both((lang) =>
    (Array.isArray(id) ? id : [id]).map((x) => nameOf(type, String(x)) ?? NO_LONGER_EXISTS[lang]).join(', '),
  );

function bytes(n: number, lang: Lang) {
  return n < 1024 * 1024
    ? `${formatNumber(Math.max(1, Math.round(n / 1024)), lang)} KB`
    : `${formatNumber(n / (1024 * 1024), lang, 1)} MB`;
}

function grantText(g: Value, nameOf: NameOf, lang: Lang): string {
  if (!isObject(g)) return String(g);
  const role = termOf(V.role, String(g.role), lang);
  const where =
    g.unitId != null
      ? (nameOf('admin_unit', String(g.unitId)) ?? NO_LONGER_EXISTS[lang])
      : g.producerId != null
        ? (nameOf('producer', String(g.producerId)) ?? NO_LONGER_EXISTS[lang])
        : termOf(V.scopeKind, String(g.scopeKind), lang);
  return `${role} — ${where}`;
}

function workforceText(r: Value, nameOf: NameOf, lang: Lang): string {
  if (!isObject(r)) return String(r);
  const place = nameOf('admin_unit', String(r.unitId)) ?? NO_LONGER_EXISTS[lang];
  const n = formatNumber(Number(r.workers), lang);
  return lang === 'vi'
    ? `${n} người ở ${place} (${formatDate(String(r.asOf), lang)})`
    : `${n} living in ${place} (${formatDate(String(r.asOf), lang)})`;
}

function documentText(d: Value, lang: Lang): string {
  if (!isObject(d)) return String(d);
  const parts = [termOf(V.documentKind, String(d.kind), lang)];
  if (d.number) parts.push(lang === 'vi' ? `số ${d.number}` : `no. ${d.number}`);
  if (d.validUntil)
    parts.push(
      lang === 'vi'
        ? `hiệu lực đến ${formatDate(String(d.validUntil), lang)}`
        : `valid until ${formatDate(String(d.validUntil), lang)}`,
    );
  return parts.join(', ');
}

function countsText(v: Value, lang: Lang): string {
  if (!isObject(v)) return formatNumber(Number(v), lang);
  return Object.entries(v)
    .filter(([, n]) => typeof n === 'number')
    .map(([k, n]) => `${formatNumber(n as number, lang)} ${COUNT_LABELS[k]?.[lang] ?? k}`)
    .join(', ');
}

/** One value in words, in both languages. */
function words(field: Field, v: Value, nameOf: NameOf): Words {
  if (isEmpty(v)) return EMPTY;
  switch (field.kind) {
    case 'longText':
      return both(() => shorten(String(v)));
    case 'date':
      return both((lang) => formatDate(String(v), lang));
    case 'bool':
      return v ? { vi: 'Có', en: 'Yes' } : { vi: 'Không', en: 'No' };
    case 'number':
      return both((lang) => formatNumber(Number(v), lang, 2));
    case 'year':
      return both(() => String(v));
    case 'bytes':
      return both((lang) => bytes(Number(v), lang));
    case 'stars':
      return Number(v) > 0
        ? { vi: `${v} sao`, en: `${v} star${Number(v) === 1 ? '' : 's'}` }
        : { vi: 'chưa đạt hạng sao', en: 'no star' };
    case 'productSet': {
      const set = PRODUCT_SETS.find((s) => s.no === Number(v));
      return both((lang) => (set ? `${set.no}. ${set[lang]}` : String(v)));
    }
    case 'term':
      return both((lang) =>
        (Array.isArray(v) ? v : [v]).map((x) => termOf(field.v, String(x), lang)).join(', '),
      );
    case 'list':
      return both(() => shorten((Array.isArray(v) ? v : [v]).map(String).join(', '), 160));
    case 'ref':
      return nameOrGone(nameOf, field.ref, v);
    case 'workforce':
      return both((lang) => (v as Value[]).map((r) => workforceText(r, nameOf, lang)).join('; '));
    case 'documents':
      return both((lang) => (v as Value[]).map((d) => documentText(d, lang)).join('; '));
    case 'grants':
      return both((lang) => (v as Value[]).map((g) => grantText(g, nameOf, lang)).join('; '));
    case 'counts':
      return both((lang) => countsText(v, lang));
    case 'mappingNote':
      return both((lang) => shorten(renderMappingNote(v as MappingNote, lang), 200));
    default:
      return both(() => shorten(typeof v === 'string' ? v : JSON.stringify(v), 120));
  }
}

const answerWords = (v: Value): Words =>
  v === null || v === undefined
    ? { vi: 'chưa trả lời', en: 'not answered' }
    : Number(v) === 0
      ? { vi: 'chưa đáp ứng mức nào', en: 'none of the levels' }
      : { vi: `mức ${v}`, en: `level ${v}` };

const FACTS: Record<string, Field> = {
  knockOuts: { vi: 'Căn cứ loại, dừng đánh giá', en: 'Knock-out or stop grounds', kind: 'list' },
  hasStory: { vi: 'Sản phẩm có câu chuyện', en: 'The product has a story', kind: 'bool' },
};

/** The lines inside a field that holds one value per key (answers, explanations, facts). */
function expand(
  key: string,
  field: Field,
  b: Value,
  a: Value,
  hadBefore: boolean,
  nameOf: NameOf,
): AuditChange[] {
  const before = isObject(b) ? b : {};
  const after = isObject(a) ? a : {};
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  if (field.kind === 'answers') keys.sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
  const out: AuditChange[] = [];
  for (const k of keys) {
    if (hadBefore && sameValue(before[k], after[k])) continue;
    const line = (label: Words, value: (v: Value) => Words) =>
      out.push({
        field: `${key}.${k}`,
        label,
        before: hadBefore ? value(before[k]) : null,
        after: value(after[k]),
        personal: false,
      });
    if (field.kind === 'answers') line({ vi: `Tiêu chí ${k}`, en: `Criterion ${k}` }, answerWords);
    else if (field.kind === 'comments')
      line({ vi: `Giải trình tiêu chí ${k}`, en: `Explanation of criterion ${k}` }, (v) =>
        words({ ...field, kind: 'longText' }, v, nameOf),
      );
    else {
      const fact = FACTS[k] ?? { vi: k, en: k, kind: 'text' };
      line(fact, (v) => words(fact, v, nameOf));
    }
  }
  return out;
}

const fieldOf = (fields: Record<string, Field> | null, key: string): Field =>
  fields?.[key] ??
  // an id is never readable; any other field unknown to the tables is named by its key
  (/Id$/.test(key) ? { vi: '', en: '', kind: 'hidden' } : { vi: key, en: key, kind: 'text' });

/**
 * The readable lines of one audit row. A row that records only the values after
 * (a creation) lists them without "before"; a field absent from the before snapshot
 * likewise. `nameOf` answers the names of objects the values point at.
 */
export function describeChanges(
  action: string,
  before: StoredSnapshot,
  after: StoredSnapshot,
  nameOf: NameOf,
): AuditChange[] {
  const fields = fieldsOfAction(action);
  const b = before ?? {};
  const a = after ?? {};
  const out: AuditChange[] = [];
  // in the order of the field table (jsonb keeps its own order), fields it does not list last
  const rank = (key: string) => {
    const i = fields ? Object.keys(fields).indexOf(key) : -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort((x, y) => rank(x) - rank(y));
  for (const key of keys) {
    const field = fieldOf(fields, key);
    if (field.kind === 'hidden') continue;
    const hadBefore = before !== null && key in b;
    const [bv, av] = [b[key], a[key]];
    if (field.kind === 'personal' || isPersonal(bv) || isPersonal(av)) {
      out.push({
        field: key,
        label: { vi: field.vi, en: field.en },
        before: null,
        after: hadBefore ? CHANGED : RECORDED,
        personal: true,
      });
      continue;
    }
    if (field.kind === 'answers' || field.kind === 'comments' || field.kind === 'facts') {
      out.push(...expand(key, field, bv, av, hadBefore, nameOf));
      continue;
    }
    const same =
      field.kind === 'workforce' || field.kind === 'documents' ? sameRows(bv, av) : sameValue(bv, av);
    if (hadBefore ? same : isEmpty(av)) continue;
    out.push({
      field: key,
      label: { vi: field.vi, en: field.en },
      before: hadBefore ? words(field, bv, nameOf) : null,
      after: words(field, av, nameOf),
      personal: false,
    });
  }
  return out;
}

/** The objects a row's values point at (units, producers, accounts…), to name them in one query per type. */
export function refsOf(
  action: string,
  before: StoredSnapshot,
  after: StoredSnapshot,
): { type: NamedType; id: string }[] {
  const fields = fieldsOfAction(action);
  const out: { type: NamedType; id: string }[] = [];
  for (const snapshot of [before, after]) {
    for (const [key, v] of Object.entries(snapshot ?? {})) {
      const field = fieldOf(fields, key);
      if (isEmpty(v) || isPersonal(v)) continue;
      if (field.kind === 'ref')
        for (const id of Array.isArray(v) ? v : [v]) out.push({ type: field.ref, id: String(id) });
      const rows: Record<string, Value>[] = Array.isArray(v) ? (v as Value[]).filter(isObject) : [];
      if (field.kind === 'workforce')
        for (const r of rows) out.push({ type: 'admin_unit', id: String(r.unitId) });
      if (field.kind === 'grants')
        for (const g of rows) {
          if (g.unitId != null) out.push({ type: 'admin_unit', id: String(g.unitId) });
          if (g.producerId != null) out.push({ type: 'producer', id: String(g.producerId) });
        }
    }
  }
  return out;
}
