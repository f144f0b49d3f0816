// QĐ 26/2026 (shared/ocop/criteria_qd26_all_sets.json) → resources/rubrics/qd26-2026.json,
// as printed: codes kept, groups flagged, binary criteria given synthetic options,
// alternative cases numbered. Run: node --import tsx scripts/rubrics/convert-qd26.ts
import type { RubricCriterion, RubricOption, RubricPack, StarLevel } from '../../src/domain/rubric/pack.ts';

interface SrcOption {
  text_vi: string;
  points: number | null;
  minStar: number | null;
  case_vi?: string;
}
interface SrcCriterion {
  code?: string;
  title_vi: string;
  maxPoints: number | null;
  minStar: number | null;
  notes_vi?: string[];
  binary?: boolean;
  isGroup?: boolean;
  options: SrcOption[];
}
interface SrcSection {
  code?: string;
  title_vi: string;
  maxPoints: number;
  notes_vi?: string[];
  criteria: SrcCriterion[];
}
interface SrcSet {
  no: number;
  name_vi: string;
  name_en?: string;
  disqualification_vi?: string | null;
  starNote_vi?: string;
  total?: number;
  parts: { code: 'A' | 'B' | 'C'; title_vi: string; maxPoints: number; sections: SrcSection[] }[];
}
export interface SrcFile {
  source: {
    title_vi: string;
    effective?: string;
    textUrl?: string;
    provenance: string;
    sourceAnomalies: { set: unknown; criterion: string; issue: string }[];
  };
  sets: SrcSet[];
}

const star = (n: number | null | undefined): StarLevel | null => (n === 3 || n === 4 || n === 5 ? n : null);

export function convertOptions(c: Pick<SrcCriterion, 'options' | 'binary' | 'maxPoints'>): RubricOption[] {
  if (c.binary) {
    return [
      { position: 1, text: 'Không', points: 0, minStar: null, synthetic: true },
      { position: 2, text: 'Có', points: c.maxPoints, minStar: null, synthetic: true },
    ];
  }
  return c.options.map((o, i) => ({
    position: i + 1,
    text: o.text_vi,
    points: o.points,
    minStar: star(o.minStar),
    ...(o.case_vi ? ({ alternativeCase: /Trường hợp 2/i.test(o.case_vi) ? 2 : 1 } as const) : {}),
  }));
}

export function convertQd26(src: SrcFile): RubricPack {
  return {
    id: 'qd26-2026',
    title: src.source.title_vi,
    effectiveFrom: src.source.effective ?? '2026-05-22',
    effectiveTo: null,
    verified: false,
    derivedCodes: false,
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
      nameEn: s.name_en,
      disqualification: s.disqualification_vi ?? null,
      starNote: s.starNote_vi ?? null,
      total: s.total ?? 100,
      parts: s.parts.map((p) => ({
        code: p.code,
        title: p.title_vi,
        maxPoints: p.maxPoints,
        sections: p.sections.map((sec) => ({
          code: sec.code ?? '',
          title: sec.title_vi,
          maxPoints: sec.maxPoints,
          notes: sec.notes_vi ?? [],
          criteria: sec.criteria.map((c): RubricCriterion => {
            const code = c.code ?? sec.code ?? '';
            const parent = code.split('.').length === 3 ? code.split('.').slice(0, 2).join('.') : undefined;
            return {
              code,
              title: c.title_vi,
              maxPoints: c.maxPoints,
              kind: c.isGroup ? 'group' : c.binary ? 'binary' : 'options',
              ...(parent ? { parent } : {}),
              notes: c.notes_vi ?? [],
              options: c.isGroup ? [] : convertOptions(c),
            };
          }),
        })),
      })),
    })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, writeFileSync, mkdirSync } = await import('node:fs');
  const src = JSON.parse(
    readFileSync(new URL('../../../shared/ocop/criteria_qd26_all_sets.json', import.meta.url), 'utf8'),
  ) as SrcFile;
  const pack = convertQd26(src);
  mkdirSync(new URL('../../resources/rubrics/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL('../../resources/rubrics/qd26-2026.json', import.meta.url),
    `${JSON.stringify(pack, null, 1)}\n`,
  );
  console.log(`qd26-2026: ${pack.sets.length} sets written`);
}
