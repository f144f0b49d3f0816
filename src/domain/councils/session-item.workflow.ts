// One dossier before a council session: its members score it blind; the chair closes
// it when every member expected has sent a sheet. Where the council's result on the
// first sheets flags a member or a criterion (aggregateCouncil), the chair opens a
// re-scoring for the flagged members on the criteria in question (rescoringPlan) and
// closes after they answer; the result then stands with what is left of the flags,
// recorded in the minutes. In a session by written opinion, diverging opinions need a
// meeting before the dossier closes (QĐ 26/2026 Art. 7.6).
import { SESSION_ITEM_EVENTS, SESSION_ITEM_STATES } from '../../shared/enums.ts';
import type { Guard, WorkflowContext, WorkflowTable } from '../workflow/kit.ts';

export type SessionItemState = (typeof SESSION_ITEM_STATES)[number];
export type SessionItemEvent = (typeof SESSION_ITEM_EVENTS)[number];

export interface SessionItemContext extends WorkflowContext {
  chairs: boolean;
  /** the session is open for scoring */
  sessionScoring: boolean;
  /** every member expected has sent the sheet of the current pass */
  sheetsIn: boolean;
  /** the result on the sheets flags a divergent member or a criterion */
  flagged: boolean;
  /** a session by written opinion that has not met */
  writtenOnly: boolean;
}

const chair: Guard<SessionItemContext> = {
  name: 'chairOfSession',
  check: (ctx) => (ctx.chairs ? null : 'FORBIDDEN'),
};
const scoring: Guard<SessionItemContext> = {
  name: 'sessionScoring',
  check: (ctx) => (ctx.sessionScoring ? null : 'SCORING_NOT_OPEN'),
};
const sheetsIn: Guard<SessionItemContext> = {
  name: 'everySheetIn',
  check: (ctx) => (ctx.sheetsIn ? null : 'SHEETS_MISSING'),
};
const flagged: Guard<SessionItemContext> = {
  name: 'divergent',
  check: (ctx) => (ctx.flagged ? null : 'NO_DIVERGENCE'),
};
const notFlagged: Guard<SessionItemContext> = {
  name: 'notDivergent',
  check: (ctx) => (ctx.flagged ? 'RESCORING_REQUIRED' : null),
};
const metIfDivergent: Guard<SessionItemContext> = {
  name: 'meetingWhenDivergent',
  check: (ctx) => (ctx.flagged && ctx.writtenOnly ? 'MEETING_REQUIRED' : null),
};

const CHAIR = ['council_member'] as const;

export const sessionItemWorkflow: WorkflowTable<SessionItemState, SessionItemEvent, SessionItemContext> = {
  aggregate: 'session_item',
  title: { vi: 'Chấm điểm một hồ sơ tại phiên họp', en: 'A dossier scored at a session' },
  states: SESSION_ITEM_STATES,
  initial: 'scoring',
  events: SESSION_ITEM_EVENTS,
  labels: {
    scoring: { vi: 'đang chấm', en: 'being scored' },
    rescoring: { vi: 'đang chấm lại', en: 'being re-scored' },
    closed: { vi: 'đã có kết quả', en: 'result recorded' },
    requestRescoring: { vi: 'yêu cầu chấm lại', en: 'ask for re-scoring' },
    closeItem: { vi: 'chốt kết quả', en: 'close with the result' },
  },
  transitions: [
    {
      from: 'scoring',
      event: 'requestRescoring',
      to: 'rescoring',
      roles: CHAIR,
      guards: [chair, scoring, sheetsIn, flagged, metIfDivergent],
      effects: { audit: 'session_item.rescoring_requested', notify: ['council_member'] },
    },
    {
      from: 'scoring',
      event: 'closeItem',
      to: 'closed',
      roles: CHAIR,
      guards: [chair, scoring, sheetsIn, notFlagged],
      effects: { audit: 'session_item.closed' },
    },
    {
      from: 'rescoring',
      event: 'closeItem',
      to: 'closed',
      roles: CHAIR,
      guards: [chair, scoring, sheetsIn],
      effects: { audit: 'session_item.closed' },
    },
  ],
};
