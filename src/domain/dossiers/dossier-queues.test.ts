// Who a dossier waits for, read from its transition table, and what a caller may do with it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dossierActions, stagesWaitingFor, type DossierContext } from './dossier.workflow.ts';

const ctx = (role: DossierContext['actor']['role'], facts: Partial<DossierContext> = {}): DossierContext => ({
  actor: { role, scopeKind: role === 'producer' ? 'producer' : 'unit' },
  coversPlace: false,
  ownDossier: false,
  importedAt: null,
  ...facts,
});

describe('the queues of the dossier workflow', () => {
  it('wait for the producer in draft and when returned, for the commune when submitted or sent back', () => {
    assert.deepEqual(stagesWaitingFor('producer'), ['draft', 'returnedByCommune']);
    assert.deepEqual(stagesWaitingFor('commune_officer'), ['submitted', 'returnedByProvince']);
    assert.ok(stagesWaitingFor('province_officer').includes('advisoryReview'));
    assert.ok(!stagesWaitingFor('province_officer').includes('submitted'));
  });
  it('let the producer edit and submit its draft, and the province record the review only under advisory review', () => {
    assert.deepEqual(dossierActions('draft', ctx('producer', { ownDossier: true }), true), [
      'view',
      'submit',
      'withdraw',
      'edit',
    ]);
    assert.deepEqual(dossierActions('draft', ctx('producer', { ownDossier: false }), false), ['view']);
    const province = ctx('province_officer', { coversPlace: true });
    assert.ok(dossierActions('advisoryReview', province, true).includes('review'));
    assert.ok(!dossierActions('provinceAccepted', province, true).includes('review'));
  });
});
