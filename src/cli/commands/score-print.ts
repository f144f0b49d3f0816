// What `ocop score` prints: the sheet's result and the way to the next star.
import type { RubricPack, RubricSet } from '../../domain/rubric/pack.ts';
import type { Advice } from '../../domain/scoring/advice.ts';
import type { Output } from '../output.ts';

export function printScore(out: Output, pack: RubricPack, set: RubricSet, advice: Advice): void {
  const r = advice.current;
  out.result(
    {
      rubric: pack.id,
      set: set.no,
      ...r,
      advice: {
        targetStars: advice.targetStars,
        pointsMissing: advice.pointsMissing,
        reachable: advice.reachable,
        steps: advice.steps,
      },
    },
    () => {
      out.line(
        `${pack.id}, bộ ${set.no} (${set.name}): ${r.total} điểm — A ${r.parts.A} / B ${r.parts.B} / C ${r.parts.C}`,
      );
      out.line(
        `Hạng sao / stars: ${r.stars}★ (theo điểm ${r.bandStars}★, theo dấu sao ${r.markerStars}★)${r.disqualified ? ' — BỊ LOẠI / disqualified' : ''}; ${r.certifiable ? 'đủ điều kiện công nhận / certifiable' : 'không được công nhận / not certifiable'}`,
      );
      for (const d of r.disqualifications)
        out.line(
          `  ✗ ${d.kind} ${d.rule ?? ''}${d.criterion ? ` (${d.criterion})` : ''}: ${d.effect}${d.cite ? ` — “${d.cite}”` : ''}`,
        );
      if (r.notApplicable.length) out.line(`  Không áp dụng / not applicable: ${r.notApplicable.join(', ')}`);
      for (const m of r.blockingMarkers)
        out.line(`  ★${m.level} chưa đạt ở ${m.criterion}: cần mức ${m.required}, đã chọn ${m.chosen}`);
      if (advice.targetStars) {
        out.line(
          `Để đạt ${advice.targetStars}★ / to reach ${advice.targetStars}★: thiếu ${advice.pointsMissing} điểm${advice.reachable ? '' : ' (không đạt được chỉ bằng các tiêu chí có thể cải thiện)'}`,
        );
        for (const s of advice.steps)
          out.line(
            `  ${s.reason === 'marker' ? 'dấu sao' : 'điểm'} · ${s.criterion} ${s.title}: mức ${s.from} → ${s.to} (+${s.gain})`,
          );
      }
    },
  );
}
