import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Role, ScopeKind } from '../../shared/roles.ts';
import {
  allowedActions,
  can,
  canSee,
  capabilitiesFor,
  coversPlace,
  navigationFor,
  registryListScope,
  type Grant,
  type Place,
} from './policy.ts';

const grant = (role: Role, scopeKind: ScopeKind, extra: Partial<Grant> = {}): Grant => ({
  id: 'g',
  role,
  scopeKind,
  unitId: null,
  unitLevel: null,
  producerId: null,
  councilId: null,
  roundId: null,
  ...extra,
});
const communeA = { provinceId: 'P1', communeId: 'C1' };
const communeB = { provinceId: 'P1', communeId: 'C2' };
const otherProvince = { provinceId: 'P2', communeId: 'C9' };
const ambiguous = { provinceId: 'P1', communeId: null };

describe('coversPlace', () => {
  const commune = grant('commune_officer', 'unit', { unitId: 'C1', unitLevel: 'commune' });
  const province = grant('province_officer', 'unit', { unitId: 'P1', unitLevel: 'province' });
  const cases: [string, Grant, Place, boolean][] = [
    ['commune officer sees own commune', commune, communeA, true],
    ['commune officer does not see a neighbour', commune, communeB, false],
    ['commune officer does not see an ambiguous old record', commune, ambiguous, false],
    ['province officer sees its communes', province, communeB, true],
    ['province officer sees ambiguous records of its province', province, ambiguous, true],
    ['province officer does not see another province', province, otherProvince, false],
    ['nation sees everything', grant('central_officer', 'nation'), otherProvince, true],
    [
      'a producer grant covers no territory',
      grant('producer', 'producer', { producerId: 'X' }),
      communeA,
      false,
    ],
  ];
  for (const [name, g, place, expected] of cases)
    it(name, () => assert.equal(coversPlace(g, place), expected));
});

describe('registry visibility and actions', () => {
  it('a producer sees and edits only its own record, and cannot export', () => {
    const g = grant('producer', 'producer', { producerId: 'PR1' });
    assert.equal(canSee(g, { kind: 'producer', producerId: 'PR1', place: communeA }), true);
    assert.equal(canSee(g, { kind: 'producer', producerId: 'PR2', place: communeA }), false);
    assert.deepEqual(allowedActions(g, { kind: 'product', producerId: 'PR1', place: communeA }), [
      'view',
      'edit',
    ]);
  });
  it('council members see only what is assigned to their council', () => {
    const g = grant('council_member', 'council', { councilId: 'K1' });
    assert.equal(canSee(g, { kind: 'product', place: communeA, councilIds: ['K1'] }), true);
    assert.equal(canSee(g, { kind: 'product', place: communeA, councilIds: ['K2'] }), false);
    assert.deepEqual(registryListScope(g), { kind: 'none' });
  });
  it('inspectors view but never edit', () => {
    const g = grant('inspector', 'unit', { unitId: 'P1', unitLevel: 'province' });
    assert.deepEqual(allowedActions(g, { kind: 'product', place: communeA }), ['view', 'export']);
  });
  it('no grant, no actions', () => assert.deepEqual(allowedActions(null, { kind: 'adminUnit' }), []));
  it('only admins manage users and verify the audit chain', () => {
    assert.equal(can(grant('system_admin', 'nation'), 'verify', { kind: 'auditLog' }), true);
    assert.equal(can(grant('central_officer', 'nation'), 'view', { kind: 'user' }), false);
  });
  it('mappings are settled by central officers and admins, reviewed by provinces', () => {
    const province = grant('province_officer', 'unit', { unitId: 'P1', unitLevel: 'province' });
    assert.deepEqual(allowedActions(province, { kind: 'adminUnitMapping' }), ['view']);
    assert.ok(can(grant('central_officer', 'nation'), 'settle', { kind: 'adminUnitMapping' }));
  });
});

describe('list scopes and navigation', () => {
  it('turn grants into list scopes', () => {
    assert.deepEqual(
      registryListScope(grant('commune_officer', 'unit', { unitId: 'C1', unitLevel: 'commune' })),
      { kind: 'commune', unitId: 'C1' },
    );
    assert.deepEqual(
      registryListScope(grant('province_officer', 'unit', { unitId: 'P1', unitLevel: 'province' })),
      { kind: 'province', unitId: 'P1' },
    );
    assert.deepEqual(registryListScope(grant('system_admin', 'nation')), { kind: 'all' });
    assert.deepEqual(registryListScope(grant('producer', 'producer')), { kind: 'none' });
    assert.deepEqual(registryListScope(null), { kind: 'none' });
  });
  it('navigation differs by role', () => {
    assert.deepEqual(navigationFor(grant('producer', 'producer', { producerId: 'X' })), [
      'dashboard',
      'myProducer',
      'myProducts',
      'ideas',
      'selfAssessments',
      'dossiers',
      'rubrics',
    ]);
    assert.ok(navigationFor(grant('system_admin', 'nation')).includes('audit'));
    assert.ok(!navigationFor(grant('province_officer', 'unit')).includes('users'));
    // the working-day calendar: every officer role and administrators; producers and councils count no limits
    for (const role of ['commune_officer', 'province_officer', 'inspector'] as const)
      assert.ok(navigationFor(grant(role, 'unit')).includes('calendar'), role);
    for (const role of ['central_officer', 'system_admin'] as const)
      assert.ok(navigationFor(grant(role, 'nation')).includes('calendar'), role);
    assert.ok(!navigationFor(grant('producer', 'producer', { producerId: 'X' })).includes('calendar'));
    // the records to complete: the officers who complete them, commune and province
    for (const role of ['commune_officer', 'province_officer'] as const)
      assert.ok(navigationFor(grant(role, 'unit')).includes('worklist'), role);
    assert.ok(!navigationFor(grant('inspector', 'unit')).includes('worklist'));
    assert.ok(!navigationFor(grant('producer', 'producer', { producerId: 'X' })).includes('worklist'));
    // evaluation dossiers: who files them and who moves them on; rounds: who opens them
    for (const role of ['commune_officer', 'province_officer'] as const)
      assert.ok(navigationFor(grant(role, 'unit')).includes('dossiers'), role);
    assert.ok(navigationFor(grant('central_officer', 'nation')).includes('dossiers'));
    assert.ok(!navigationFor(grant('inspector', 'unit')).includes('dossiers'));
    // product ideas: the producer who writes them, the commune that selects, the province that rolls them up
    for (const role of ['commune_officer', 'province_officer'] as const)
      assert.ok(navigationFor(grant(role, 'unit')).includes('ideas'), role);
    assert.ok(!navigationFor(grant('inspector', 'unit')).includes('ideas'));
    for (const [g, has] of [
      [grant('province_officer', 'unit'), true],
      [grant('central_officer', 'nation'), true],
      [grant('commune_officer', 'unit'), false],
      [grant('producer', 'producer', { producerId: 'X' }), false],
    ] as const)
      assert.equal(navigationFor(g).includes('rounds'), has, g.role);
    // councils: run by the province's OCOP agency and the centre; members reach their sheets through councilDossiers
    for (const [g, has] of [
      [grant('province_officer', 'unit', { unitId: 'P1', unitLevel: 'province' }), true],
      [grant('central_officer', 'nation'), true],
      [grant('commune_officer', 'unit'), false],
      [grant('inspector', 'unit'), false],
      [grant('council_member', 'council'), false],
      [grant('system_admin', 'nation'), false],
    ] as const)
      assert.equal(navigationFor(g).includes('councils'), has, g.role);
    // recognition decisions: drafted and signed by the province's OCOP agency (its chair's) and the centre (the minister's)
    for (const [g, has] of [
      [grant('province_officer', 'unit', { unitId: 'P1', unitLevel: 'province' }), true],
      [grant('central_officer', 'nation'), true],
      [grant('commune_officer', 'unit'), false],
      [grant('inspector', 'unit'), false],
      [grant('producer', 'producer', { producerId: 'X' }), false],
      [grant('council_member', 'council'), false],
      [grant('system_admin', 'nation'), false],
    ] as const)
      assert.equal(navigationFor(g).includes('decisions'), has, g.role);
    // the expiry radar: the officers who look after certificates in force, and the inspectors who check them
    for (const [g, has] of [
      [grant('commune_officer', 'unit'), true],
      [grant('province_officer', 'unit', { unitId: 'P1', unitLevel: 'province' }), true],
      [grant('central_officer', 'nation'), true],
      [grant('inspector', 'unit'), true],
      [grant('producer', 'producer', { producerId: 'X' }), false],
      [grant('council_member', 'council'), false],
      [grant('system_admin', 'nation'), false],
    ] as const)
      assert.equal(navigationFor(g).includes('lifecycle'), has, g.role);
    const after = (g: Grant, area: string) => {
      const nav = navigationFor(g);
      return nav[nav.indexOf('lifecycle') - 1] === area;
    };
    assert.ok(after(grant('commune_officer', 'unit'), 'worklist'));
    assert.ok(after(grant('province_officer', 'unit', { unitId: 'P1', unitLevel: 'province' }), 'decisions'));
    assert.ok(after(grant('central_officer', 'nation'), 'decisions'));
    assert.ok(after(grant('inspector', 'unit'), 'products'));
    assert.deepEqual(navigationFor(grant('council_member', 'council')), [
      'dashboard',
      'councilDossiers',
      'rubrics',
    ]);
    assert.deepEqual(allowedActions(grant('system_admin', 'nation'), { kind: 'rubricVersion' }), [
      'view',
      'manage',
      'create',
    ]);
    assert.deepEqual(allowedActions(grant('province_officer', 'unit'), { kind: 'rubricVersion' }), ['view']);
  });
});

describe('list-level capabilities', () => {
  it('a producer opens its dossiers; a province’s officers and the centre open rounds', () => {
    assert.ok(capabilitiesFor(grant('producer', 'producer', { producerId: 'X' })).includes('openDossier'));
    assert.ok(!capabilitiesFor(grant('producer', 'producer')).includes('openDossier'));
    assert.ok(
      !capabilitiesFor(grant('commune_officer', 'unit', { unitId: 'C1', unitLevel: 'commune' })).includes(
        'openDossier',
      ),
    );
    const province = grant('province_officer', 'unit', { unitId: 'P1', unitLevel: 'province' });
    assert.ok(capabilitiesFor(province).includes('openRounds'));
    assert.ok(capabilitiesFor(grant('central_officer', 'nation')).includes('openRounds'));
    assert.ok(
      !capabilitiesFor(grant('commune_officer', 'unit', { unitId: 'C1', unitLevel: 'commune' })).includes(
        'openRounds',
      ),
    );
  });
});
