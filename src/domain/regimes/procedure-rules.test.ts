import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LIMIT_UNITS, PROCEDURE_ACTORS } from '../../shared/enums.ts';
import {
  ACTOR_LEVEL,
  certifyingAuthority,
  limitOf,
  routeByScore,
  stepsOf,
  type ScoreRoute,
} from './procedure-rules.ts';
import { PROCEDURE_VERSIONS } from './procedure-versions.ts';

describe('who certifies each star (DOMAIN.md §2, §4.2, §6)', () => {
  const table: [string, (string | null)[]][] = [
    // stars:      1     2     3                4                5
    ['r1048', [null, null, 'provinceChair', 'provinceChair', 'minister']],
    ['r148', [null, null, 'districtChair', 'provinceChair', 'minister']],
    ['r148_1489', [null, null, 'provinceChair', 'provinceChair', 'minister']],
    ['r26_2026', [null, null, 'provinceChair', 'provinceChair', 'minister']],
  ];
  for (const [id, byStar] of table)
    it(`${id}: ${byStar.slice(2).join(', ')}`, () =>
      assert.deepEqual(
        [1, 2, 3, 4, 5].map((s) => certifyingAuthority(id, s)),
        byStar,
      ));
  it('QĐ 26/2026: the provincial chair revokes 3★/4★ and the Minister 5★ (Art. 8)', () => {
    const v = PROCEDURE_VERSIONS.find((x) => x.id === 'r26_2026')!;
    assert.deepEqual(
      v.authorities.map((a) => [a.stars, a.revokedBy]),
      [
        [3, 'provinceChair'],
        [4, 'provinceChair'],
        [5, 'minister'],
      ],
    );
  });
});

describe('where an average total goes', () => {
  const route = (id: string, score: number, level?: ScoreRoute['level']) => {
    const r = routeByScore(id, score, level);
    return r.outcome === 'forward'
      ? `${r.level}: forward to ${r.forwardTo}`
      : r.outcome === 'certify'
        ? `${r.level}: ${r.stars}★ by ${r.certifiedBy}`
        : `${r.level}: not recognised`;
  };
  const table: [string, number, ScoreRoute['level'] | undefined, string][] = [
    // 1048: the district forwards 50–100; the province certifies 3★/4★ and forwards 90–100
    ['r1048', 49.9, undefined, 'district: not recognised'],
    ['r1048', 50, undefined, 'district: forward to province'],
    ['r1048', 100, undefined, 'district: forward to province'],
    ['r1048', 69.9, 'province', 'province: 3★ by provinceChair'],
    ['r1048', 89.9, 'province', 'province: 4★ by provinceChair'],
    ['r1048', 90, 'province', 'province: forward to central'],
    ['r1048', 95, 'central', 'central: 5★ by minister'],
    // 148: the district certifies 3★ and forwards ≥70; the province certifies 4★ and forwards ≥90
    ['r148', 30, undefined, 'district: not recognised'],
    ['r148', 50, undefined, 'district: 3★ by districtChair'],
    ['r148', 69.5, undefined, 'district: 3★ by districtChair'],
    ['r148', 70, undefined, 'district: forward to province'],
    ['r148', 89, 'province', 'province: 4★ by provinceChair'],
    ['r148', 90, 'province', 'province: forward to central'],
    ['r148', 90, 'central', 'central: 5★ by minister'],
    // 148 + 1489 and 26/2026: the province certifies 3★/4★, ≥90 goes to the ministry
    ['r148_1489', 49, undefined, 'province: not recognised'],
    ['r148_1489', 50, undefined, 'province: 3★ by provinceChair'],
    ['r148_1489', 75, undefined, 'province: 4★ by provinceChair'],
    ['r148_1489', 90, undefined, 'province: forward to central'],
    ['r26_2026', 49.99, undefined, 'province: not recognised'],
    ['r26_2026', 50, undefined, 'province: 3★ by provinceChair'],
    ['r26_2026', 70, undefined, 'province: 4★ by provinceChair'],
    ['r26_2026', 89.99, undefined, 'province: 4★ by provinceChair'],
    ['r26_2026', 90, undefined, 'province: forward to central'],
    ['r26_2026', 92, 'central', 'central: 5★ by minister'],
    // below 90 at the centre: the province certifies from the central result (§5.1)
    ['r26_2026', 85, 'central', 'central: 4★ by provinceChair'],
  ];
  for (const [id, score, level, expected] of table)
    it(`${id}, ${score} at ${level ?? 'the first level'} → ${expected}`, () =>
      assert.equal(route(id, score, level), expected));
  it('refuses a level that does not score and a score outside 0–100', () => {
    assert.throws(() => routeByScore('r26_2026', 60, 'district'), RangeError);
    assert.throws(() => routeByScore('r26_2026', 101), RangeError);
    assert.throws(() => routeByScore('r26_2026', Number.NaN), RangeError);
  });
});

describe('time limits', () => {
  it('QĐ 26/2026: commune 15 working days, re-evaluation 45 and revocation 15 days, units unconfirmed', () => {
    const commune = limitOf('r26_2026', 'communeReview')!;
    assert.deepEqual([commune.value, commune.unit, commune.confirmedUnit], [15, 'workingDays', false]);
    assert.deepEqual(commune.steps, ['communeReview']);
    const re = limitOf('r26_2026', 'reEvaluationDecision')!;
    assert.deepEqual(
      [re.value, re.unit, re.confirmedUnit, re.dossierKinds],
      [45, 'calendarDays', false, ['reEvaluation']],
    );
    const revocation = limitOf('r26_2026', 'revocationDecision')!;
    assert.deepEqual([revocation.value, revocation.basis.article], [15, 'Điều 8']);
  });
  it('QĐ 26/2026: validity 36 months, renewal window 180–120 days before expiry, 180 days’ grace (Art. 12)', () => {
    assert.deepEqual(
      ['validity', 'renewalWindowOpens', 'renewalWindowCloses', 'graceAfterExpiry'].map((id) => {
        const l = limitOf('r26_2026', id)!;
        return [l.value, l.unit, l.bound];
      }),
      [
        [36, 'months', 'atMost'],
        [180, 'calendarDays', 'atMost'],
        [120, 'calendarDays', 'atLeast'],
        [180, 'calendarDays', 'atMost'],
      ],
    );
    assert.equal(limitOf('r26_2026', 'graceAfterExpiry')!.basis.article, 'Điều 12');
  });
  it('QĐ 148: expiry notice at least 30 days before, electronic dossier 1 working day before a meeting', () => {
    const notice = limitOf('r148', 'expiryNotice')!;
    assert.deepEqual([notice.value, notice.unit, notice.bound], [30, 'calendarDays', 'atLeast']);
    const ahead = limitOf('r148', 'councilDossierAhead')!;
    assert.deepEqual([ahead.value, ahead.unit], [1, 'workingDays']);
    assert.equal(limitOf('r148', 'renewalWindowOpens'), null, 'the renewal window is QĐ 26/2026’s');
    assert.equal(limitOf('r26_2026', 'expiryNotice'), null);
  });
  it('every limit has a unit and a legal basis citing at least one source', () => {
    for (const v of PROCEDURE_VERSIONS)
      for (const l of v.limits) {
        assert.ok((LIMIT_UNITS as readonly string[]).includes(l.unit), `${v.id} ${l.id}`);
        assert.ok(l.basis.instrument && l.basis.sources.length > 0, `${v.id} ${l.id}`);
      }
  });
});

describe('steps', () => {
  it('every step is done by a known actor, and the district acts only before the two-tier structure', () => {
    for (const v of PROCEDURE_VERSIONS)
      for (const s of stepsOf(v.id)) {
        assert.ok((PROCEDURE_ACTORS as readonly string[]).includes(s.actor), `${v.id} ${s.id}: ${s.actor}`);
        if (ACTOR_LEVEL[s.actor] === 'district')
          assert.ok(['r1048', 'r148'].includes(v.id), `${v.id} ${s.id}`);
      }
    const district = (id: string) => stepsOf(id).some((s) => ACTOR_LEVEL[s.actor] === 'district');
    assert.deepEqual(
      PROCEDURE_VERSIONS.map((v) => district(v.id)),
      [true, true, false, false],
    );
  });
  it('QĐ 26/2026: the producer files Mẫu 01 and 02, the commune reports on Mẫu 03, the Minister decides last', () => {
    const steps = stepsOf('r26_2026');
    const forms = (id: string) => steps.find((s) => s.id === id)!.forms.map((f) => f.ref);
    assert.deepEqual(forms('submit'), ['Mẫu 01', 'Mẫu 02']);
    assert.deepEqual(forms('communeReview'), ['Mẫu 03']);
    assert.equal(steps[0].actor, 'producer');
    assert.equal(steps.at(-1)!.actor, 'minister');
    for (const f of steps.flatMap((s) => s.forms)) assert.equal(f.confirmed, true, f.id);
  });
  it('QĐ 148 and 148 + 1489: the dossier list is marked unconfirmed', () => {
    for (const id of ['r148', 'r148_1489'])
      assert.equal(
        stepsOf(id)[0].forms.every((f) => !f.confirmed),
        true,
        id,
      );
  });
  it('gives every step its words in both languages', () => {
    for (const v of PROCEDURE_VERSIONS)
      for (const s of v.steps)
        assert.ok(s.name.vi && s.name.en && s.name.vi !== s.name.en, `${v.id} ${s.id}`);
  });
});
