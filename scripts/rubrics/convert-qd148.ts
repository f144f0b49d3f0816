// QĐ 148 (shared/ocop/criteria_qd148_all_sets_secondary.json, a secondary
// transcription) → resources/rubrics/qd148-2023.json, as printed. QĐ 148 prints no
// criterion codes, so they are derived from the printed labels and documented:
// "1. TỔ CHỨC…" → section 1; "a) Nguồn nguyên liệu" → 1.a; "đ) …" → 1.đ; "- Tạp chất"
// under a group row "a) Ngoại hình" → 6.a.1; sibling rows "a. Trường hợp 1 / b.
// Trường hợp 2" (set 26) → one criterion whose options carry their case; a letter
// printed twice in a section → each occurrence numbered (6.a.1, 6.a.2…).
// Run: node --import tsx scripts/rubrics/convert-qd148.ts
import type { RubricCriterion, RubricPack, RubricSection, StarLevel } from '../../src/domain/rubric/pack.ts';

interface SrcOption {
  text_vi: string;
  points: number | string | null;
  minStar: number | null;
}
interface SrcCriterion {
  title_vi: string;
  maxPoints: number | null;
  minStar: number | null;
  options: SrcOption[];
}
interface SrcSection {
  title_vi: string;
  maxPoints: number;
  sectionIsCriterion?: boolean;
  criteria: SrcCriterion[];
}
interface SrcFile {
  source: {
    title_vi: string;
    textUrl?: string;
    provenance: string;
    sourceAnomalies: { set: unknown; criterion: string; issue: string }[];
  };
  sets: {
    no: number;
    name_vi: string;
    parts: { code: 'A' | 'B' | 'C'; title_vi: string; maxPoints: number; sections: SrcSection[] }[];
  }[];
}

const star = (n: number | null | undefined): StarLevel | null => (n === 3 || n === 4 || n === 5 ? n : null);
const points = (p: number | string | null): number | null => (typeof p === 'number' ? p : null);
const LETTER = /^([a-zđ])\)\s*/i;
const CASE = /^([ab])\.\s*Trường hợp\s*([12])\s*:?\s*/i;

export function convertSection(sec: SrcSection, index: number): RubricSection {
  const code = /^(\d+)\./.exec(sec.title_vi)?.[1] ?? String(index + 1);
  const criteria: RubricCriterion[] = [];
  let group: RubricCriterion | null = null;
  let sub = 0;
  const cases = sec.criteria.filter((c) => CASE.test(c.title_vi));
  if (cases.length === 2) {
    // two printed cases of one criterion: choose a case, then an option in it
    const options = cases
      .flatMap((c, ci) => c.options.map((o) => ({ o, alternativeCase: (ci + 1) as 1 | 2 })))
      .map(({ o, alternativeCase }, i) => ({
        position: i + 1,
        text: o.text_vi,
        points: points(o.points),
        minStar: star(o.minStar),
        alternativeCase,
      }));
    criteria.push({
      code,
      printedLabel: cases.map((c) => c.title_vi).join(' / '),
      title: sec.title_vi.replace(/^\d+\.\s*/, ''),
      maxPoints: sec.maxPoints,
      kind: 'options',
      notes: ['Lựa chọn một trong hai trường hợp'],
      options,
    });
    return { code, title: sec.title_vi, maxPoints: sec.maxPoints, notes: [], criteria };
  }
  for (const [i, c] of sec.criteria.entries()) {
    const letter = LETTER.exec(c.title_vi)?.[1]?.toLowerCase();
    const isSub = /^\s*-\s*/.test(c.title_vi) && group !== null;
    let criterionCode: string;
    if (isSub) criterionCode = `${group!.code}.${++sub}`;
    else if (letter) criterionCode = `${code}.${letter}`;
    else if (sec.sectionIsCriterion || sec.criteria.length === 1) criterionCode = code;
    else criterionCode = `${code}.${i + 1}`;
    const followedBySubs =
      !isSub && c.options.length === 0 && /^\s*-\s*/.test(sec.criteria[i + 1]?.title_vi ?? '');
    const criterion: RubricCriterion = {
      code: criterionCode,
      printedLabel: c.title_vi.split(/\s+/)[0],
      title: c.title_vi.replace(LETTER, '').replace(/^\s*-\s*/, ''),
      maxPoints: c.maxPoints,
      kind: followedBySubs ? 'group' : c.options.length === 0 ? 'binary' : 'options',
      ...(isSub ? { parent: group!.code } : {}),
      ...(star(c.minStar) ? { minStar: star(c.minStar) } : {}),
      notes: [],
      options: c.options.map((o, k) => ({
        position: k + 1,
        text: o.text_vi,
        points: points(o.points),
        minStar: star(o.minStar),
      })),
    };
    if (criterion.kind === 'binary')
      criterion.options = [
        { position: 1, text: 'Không', points: 0, minStar: null, synthetic: true },
        { position: 2, text: 'Có', points: c.maxPoints, minStar: null, synthetic: true },
      ];
    if (followedBySubs) {
      group = criterion;
      sub = 0;
    } else if (!isSub) group = null;
    criteria.push(criterion);
  }
  // a letter printed twice in one section (set 13: five "a) Ngoại hình - …" rows of a
  // missing group; sets 18, 19: "c)" for both labour and IP) would give one code to
  // two criteria: every occurrence is numbered instead (6.a.1 … 6.a.5, 3.c.1, 3.c.2)
  const uses = new Map<string, number>();
  for (const c of criteria) uses.set(c.code, (uses.get(c.code) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const c of criteria) {
    if ((uses.get(c.code) ?? 0) < 2) continue;
    const n = (seen.get(c.code) ?? 0) + 1;
    seen.set(c.code, n);
    c.code = `${c.code}.${n}`;
  }
  return { code, title: sec.title_vi, maxPoints: sec.maxPoints, notes: [], criteria };
}

export function convertQd148(src: SrcFile): RubricPack {
  return {
    id: 'qd148-2023',
    title: src.source.title_vi,
    effectiveFrom: '2023-02-24',
    // lapses 60 days after QĐ 26/2026 (22/5/2026); the counting rule is unconfirmed (DOMAIN.md §2)
    effectiveTo: '2026-07-20',
    verified: false,
    derivedCodes: true,
    partCaps: { A: 40, B: 25, C: 35 },
    source: {
      title: src.source.title_vi,
      url: src.source.textUrl ?? null,
      provenance: src.source.provenance,
      knownAnomalies: src.source.sourceAnomalies.map((a) => ({
        set: String(a.set),
        criterion: a.criterion,
        issue: a.issue,
      })),
    },
    sets: src.sets.map((s) => ({
      no: s.no,
      name: s.name_vi,
      total: 100,
      parts: s.parts.map((p) => ({
        code: p.code,
        title: p.title_vi,
        maxPoints: p.maxPoints,
        sections: p.sections.map(convertSection),
      })),
    })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const src = JSON.parse(
    readFileSync(
      new URL('../../../shared/ocop/criteria_qd148_all_sets_secondary.json', import.meta.url),
      'utf8',
    ),
  ) as SrcFile;
  const pack = convertQd148(src);
  writeFileSync(
    new URL('../../resources/rubrics/qd148-2023.json', import.meta.url),
    `${JSON.stringify(pack, null, 1)}\n`,
  );
  console.log(`qd148-2023: ${pack.sets.length} sets written`);
}
