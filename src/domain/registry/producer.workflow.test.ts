import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { WorkflowActor } from '../workflow/kit.ts';
import { allowedEvents, decide } from '../workflow/kit.ts';
import { editableProducerFields, PRODUCER_FIELDS } from './producer-fields.ts';
import {
  mayStartSelfAssessment,
  needsReason,
  producerWorkflow,
  type ProducerContext,
} from './producer.workflow.ts';

const commune: WorkflowActor = { role: 'commune_officer', scopeKind: 'unit' };
const province: WorkflowActor = { role: 'province_officer', scopeKind: 'unit' };
const producer: WorkflowActor = { role: 'producer', scopeKind: 'producer' };
const central: WorkflowActor = { role: 'central_officer', scopeKind: 'nation' };

const ctx = (actor: WorkflowActor, over: Partial<ProducerContext> = {}): ProducerContext => ({
  actor,
  coversPlace: true,
  ownRecord: false,
  reason: null,
  ...over,
});

describe('producer confirmation', () => {
  it('an officer of its commune or province confirms or rejects a pending producer; nobody else does', () => {
    assert.deepEqual(allowedEvents(producerWorkflow, 'pending', ctx(commune)), ['confirm', 'reject']);
    assert.deepEqual(allowedEvents(producerWorkflow, 'pending', ctx(province)), ['confirm', 'reject']);
    // an officer of another commune: the record is not in its territory
    assert.deepEqual(decide(producerWorkflow, 'pending', 'confirm', ctx(commune, { coversPlace: false })), {
      ok: false,
      reason: 'FORBIDDEN',
      guard: 'officerOfItsPlace',
    });
    assert.deepEqual(allowedEvents(producerWorkflow, 'pending', ctx(central)), []);
    assert.deepEqual(allowedEvents(producerWorkflow, 'pending', ctx(producer, { ownRecord: true })), []);
  });

  it('a rejection needs a reason; listing the moves does not', () => {
    const refused = decide(producerWorkflow, 'pending', 'reject', ctx(commune, { reason: '   ' }));
    assert.deepEqual(refused, { ok: false, reason: 'REASON_REQUIRED', guard: 'reasonGiven' });
    const done = decide(producerWorkflow, 'pending', 'reject', ctx(commune, { reason: 'Sai xã' }));
    assert.equal(done.ok && done.to, 'rejected');
    assert.equal(needsReason('reject'), true);
    assert.equal(needsReason('deactivate'), true);
    assert.equal(needsReason('confirm'), false);
  });

  it('a rejected producer sends its own corrected record back; its officer may also confirm it', () => {
    assert.deepEqual(allowedEvents(producerWorkflow, 'rejected', ctx(producer, { ownRecord: true })), [
      'resubmit',
    ]);
    assert.deepEqual(allowedEvents(producerWorkflow, 'rejected', ctx(producer)), []);
    assert.deepEqual(allowedEvents(producerWorkflow, 'rejected', ctx(commune)), ['confirm']);
    // confirming twice is no move: the state's own refusal
    assert.deepEqual(decide(producerWorkflow, 'active', 'confirm', ctx(commune)), {
      ok: false,
      reason: 'WORKFLOW_NO_TRANSITION',
    });
  });

  it('officers record a producer as inactive (with a reason) and active again', () => {
    assert.deepEqual(allowedEvents(producerWorkflow, 'active', ctx(commune)), ['deactivate']);
    assert.deepEqual(allowedEvents(producerWorkflow, 'inactive', ctx(province)), ['reactivate']);
    assert.deepEqual(allowedEvents(producerWorkflow, 'active', ctx(producer, { ownRecord: true })), []);
  });

  it('only an active producer self-assesses its products', () => {
    assert.deepEqual(
      producerWorkflow.states.filter((s) => mayStartSelfAssessment(s)),
      ['active'],
    );
  });
});

describe('who changes which field of a producer', () => {
  const identity = [
    'name',
    'legalType',
    'taxCode',
    'registrationNo',
    'registrationDate',
    'addressLine',
    'unitId',
  ];
  it('officers change every field', () => {
    for (const status of producerWorkflow.states) {
      assert.deepEqual(editableProducerFields('commune_officer', status, true), PRODUCER_FIELDS);
      assert.deepEqual(editableProducerFields('province_officer', status, true), PRODUCER_FIELDS);
    }
  });
  it('a confirmed producer keeps its contacts, representative, papers and workforce, not what identifies it', () => {
    for (const status of ['active', 'inactive'] as const) {
      const mine = editableProducerFields('producer', status, true);
      for (const f of identity) assert.ok(!mine.includes(f as never), `${f} is its officers’`);
      for (const f of ['phone', 'email', 'website', 'representativeName', 'documents', 'workforce'])
        assert.ok(mine.includes(f as never), `${f} is its own`);
    }
  });
  it('an unconfirmed producer’s record is its own declaration: every field', () => {
    assert.deepEqual(editableProducerFields('producer', 'pending', true), PRODUCER_FIELDS);
    assert.deepEqual(editableProducerFields('producer', 'rejected', true), PRODUCER_FIELDS);
  });
  it('no field for those the policy does not let edit', () => {
    assert.deepEqual(editableProducerFields('inspector', 'active', false), []);
  });
});
