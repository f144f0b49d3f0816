// qd26-2026 (as printed) → qd26-2026-corrected: the probable readings of the known
// misprints, each listed with its reason, as a separate version marked unverified.
// It is never chosen by a procedure version; it exists to be compared
// (`ocop rubric diff --rubric qd26-2026 --to qd26-2026-corrected`) and, once the
// signed text confirms it, to be imported under a procedure version.
// Run: node --import tsx scripts/rubrics/correct-qd26.ts
import { readFileSync, writeFileSync } from 'node:fs';
import type { RubricCriterion, RubricPack } from '../../src/domain/rubric/pack.ts';

export interface Correction {
  sets: number[];
  criterion: string;
  reason: string;
  apply(c: RubricCriterion): void;
}

const option =
  (position: number, change: (o: RubricCriterion['options'][number]) => void) => (c: RubricCriterion) =>
    change(c.options.find((o) => o.position === position)!);

export const CORRECTIONS: Correction[] = [
  {
    sets: [3],
    criterion: '5.1',
    reason:
      "the top option ends with a spaced marker '* * * *' not carried as a marker; the same option carries ★4 in the other sets",
    apply: option(5, (o) => {
      o.minStar = 4;
    }),
  },
  {
    sets: [21, 22],
    criterion: '6.2',
    reason:
      "the top option carries '*****' inside its text; read as a ★5 marker (the note on intellectual property is a rule of the overlay)",
    apply: option(3, (o) => {
      o.minStar = 5;
    }),
  },
  {
    sets: [4],
    criterion: '7',
    reason: "option 'Có trên 2 chỉ tiêu' printed as 13 points against a cap of 3: read as 3",
    apply: option(3, (o) => {
      o.points = 3;
    }),
  },
  {
    sets: [11],
    criterion: '6.1.1',
    reason: "option 'Có rất ít tạp chất, chấp nhận được' printed as 11 points against a cap of 2: read as 1",
    apply: option(2, (o) => {
      o.points = 1;
    }),
  },
  {
    sets: [4, 7, 10, 11],
    criterion: '1.2',
    reason: "option 'Không được cấp giấy chứng nhận chất lượng' has a blank points cell: read as 0",
    apply: option(1, (o) => {
      o.points = 0;
    }),
  },
];

export function correctQd26(printed: RubricPack): RubricPack {
  const pack = structuredClone(printed);
  for (const fix of CORRECTIONS) {
    for (const no of fix.sets) {
      const c = pack.sets
        .find((s) => s.no === no)
        ?.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria))
        .find((x) => x.code === fix.criterion);
      if (!c) throw new Error(`set ${no} has no criterion ${fix.criterion}`);
      fix.apply(c);
    }
  }
  // set 26 prints "(35 Điểm)" in the heading of part A whose cap and sections give 40
  const set26 = pack.sets.find((s) => s.no === 26)!;
  set26.parts[0].title = set26.parts[0].title.replace(/\(35 Điểm\)/i, '(40 Điểm)');
  return {
    ...pack,
    id: 'qd26-2026-corrected',
    title: `${printed.title} — bản hiệu đính (chưa đối chiếu văn bản chính thức)`,
    verified: false,
    source: {
      ...pack.source,
      provenance: `${pack.source.provenance} Corrected from qd26-2026 by scripts/rubrics/correct-qd26.ts: ${[...CORRECTIONS.map((c) => `set ${c.sets.join(', ')} ${c.criterion}: ${c.reason}`), 'set 26 part A heading: 35 → 40 points'].join('; ')}.`,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = new URL('../../resources/rubrics/', import.meta.url);
  const printed = JSON.parse(readFileSync(new URL('qd26-2026.json', dir), 'utf8')) as RubricPack;
  writeFileSync(
    new URL('qd26-2026-corrected.json', dir),
    `${JSON.stringify(correctQd26(printed), null, 1)}\n`,
  );
  const rules = JSON.parse(readFileSync(new URL('rules/qd26-2026.rules.json', dir), 'utf8'));
  writeFileSync(
    new URL('rules/qd26-2026-corrected.rules.json', dir),
    `${JSON.stringify({ ...rules, id: 'qd26-2026-corrected/rules-1', rubricVersionId: 'qd26-2026-corrected' }, null, 2)}\n`,
  );
  console.log('qd26-2026-corrected written');
}
