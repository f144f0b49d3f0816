// A decision's transition table: drafted by the officers of its issuing body from the
// dossiers awaiting it (a generated PDF is only a draft), signed when the signed
// decision is uploaded with its number and date — which queues the certificates — and
// published with the results (công bố kết quả).
import { DECISION_EVENTS, DECISION_STATES } from '../../shared/enums.ts';
import type { Guard, WorkflowContext, WorkflowTable } from '../workflow/kit.ts';

export type DecisionState = (typeof DECISION_STATES)[number];
export type DecisionEvent = (typeof DECISION_EVENTS)[number];

export interface DecisionContext extends WorkflowContext {
  /** an officer of the issuing body: the province's for its decisions, the centre's for the minister's */
  officerOfIssuer: boolean;
  /** the signed decision's file, number and date are given */
  signedCopy: boolean;
}

const officer: Guard<DecisionContext> = {
  name: 'officerOfIssuer',
  check: (ctx) => (ctx.officerOfIssuer ? null : 'FORBIDDEN'),
};
const signedCopy: Guard<DecisionContext> = {
  name: 'signedCopyUploaded',
  check: (ctx) => (ctx.signedCopy ? null : 'DECISION_NOT_SIGNED'),
};

const OFFICERS = ['province_officer', 'central_officer'] as const;

/** The job that issues a signed decision's certificates (src/server/jobs/handlers.ts). */
export const ISSUE_CERTIFICATES_JOB = 'certificates.issue';

export const decisionWorkflow: WorkflowTable<DecisionState, DecisionEvent, DecisionContext> = {
  aggregate: 'decision',
  title: { vi: 'Quyết định công nhận sản phẩm OCOP', en: 'Recognition decision' },
  states: DECISION_STATES,
  initial: 'draft',
  events: DECISION_EVENTS,
  labels: {
    draft: { vi: 'dự thảo', en: 'draft' },
    signed: { vi: 'đã ký', en: 'signed' },
    published: { vi: 'đã công bố', en: 'published' },
    sign: { vi: 'tải lên quyết định đã ký', en: 'upload the signed decision' },
    publish: { vi: 'công bố kết quả', en: 'publish the results' },
  },
  transitions: [
    {
      from: 'draft',
      event: 'sign',
      to: 'signed',
      roles: OFFICERS,
      guards: [officer, signedCopy],
      effects: {
        audit: 'decision.signed',
        jobs: [ISSUE_CERTIFICATES_JOB],
        notify: ['producer', 'commune_officer'],
      },
    },
    {
      from: 'signed',
      event: 'publish',
      to: 'published',
      roles: OFFICERS,
      guards: [officer],
      effects: { audit: 'decision.published', notify: ['producer'] },
    },
  ],
};
