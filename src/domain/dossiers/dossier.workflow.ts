// An evaluation dossier's transition table (QĐ 26/2026 Art. 5–8, DOMAIN.md §5.1).
// The producer files (Mẫu 01, 02) and may withdraw before the province takes the
// dossier up; the commune checks completeness and the four items within 15
// working days (Mẫu 03) or returns it; the provincial OCOP agency accepts it or
// sends it back to the commune, the advisory group reviews, the council scores, and
// the province recognises 3★/4★, does not recognise (below 50), or forwards a
// result of 90 or more to the ministry, whose council recognises 5★ or returns the
// dossier to the province to certify from the central result. A dossier recorded
// from a province's published lists starts at a later stage through `imported`
// (the one way to do so): a council result awaiting its decision, or a proposal
// forwarded to the centre. The next issues add the services and sub-states.
import { DOSSIER_EVENTS, DOSSIER_STAGES } from '../../shared/enums.ts';
import {
  allowedEvents,
  statesAwaiting,
  type Guard,
  type WorkflowContext,
  type WorkflowTable,
} from '../workflow/kit.ts';

export type DossierStage = (typeof DOSSIER_STAGES)[number];
export type DossierEvent = (typeof DOSSIER_EVENTS)[number];

/** The stages a dossier is still open in (not decided, not withdrawn). */
export const OPEN_DOSSIER_STAGES = DOSSIER_STAGES.filter(
  (s) => s !== 'recognised' && s !== 'notRecognised' && s !== 'withdrawn',
);

export interface DossierContext extends WorkflowContext {
  /** the officer's territory covers the product's place */
  coversPlace: boolean;
  /** the actor is the dossier's producer */
  ownDossier: boolean;
  /** for `imported`: the stage the published list puts the dossier at */
  importedAt: DossierStage | null;
  /** the chair of the council session closing the dossier's scoring with its result */
  councilChair?: boolean;
  /** a signed decision recognises the dossier (the certificates job acts on it) */
  signedDecision?: boolean;
  /** the council's score is 90 or more: the province proposes 5 stars to the centre */
  scoreFor5?: boolean;
  /** the ministry's order to redo the evaluation is attached (QĐ 26/2026 Art. 10) */
  redoOrder?: boolean;
}

const officerOfItsPlace: Guard<DossierContext> = {
  name: 'officerOfItsPlace',
  check: (ctx) => (ctx.coversPlace ? null : 'FORBIDDEN'),
};
const ownDossier: Guard<DossierContext> = {
  name: 'ownDossier',
  check: (ctx) => (ctx.ownDossier ? null : 'FORBIDDEN'),
};
const councilChair: Guard<DossierContext> = {
  name: 'chairOfItsSession',
  check: (ctx) => (ctx.councilChair ? null : 'FORBIDDEN'),
};
const signedDecision: Guard<DossierContext> = {
  name: 'signedDecision',
  check: (ctx) => (ctx.signedDecision ? null : 'DECISION_NOT_SIGNED'),
};
const scoreFor5: Guard<DossierContext> = {
  name: 'scoreOf90',
  check: (ctx) => (ctx.scoreFor5 ? null : 'SCORE_BELOW_90'),
};
const redoOrder: Guard<DossierContext> = {
  name: 'redoOrderAttached',
  check: (ctx) => (ctx.redoOrder ? null : 'VALIDATION_FAILED'),
};
const importedAt = (stage: DossierStage): Guard<DossierContext> => ({
  name: `importedAt:${stage}`,
  check: (ctx) => (ctx.importedAt === stage ? null : 'WORKFLOW_NO_TRANSITION'),
});

const PRODUCER = ['producer'] as const;
const COMMUNE = ['commune_officer'] as const;
const PROVINCE = ['province_officer'] as const;
const CENTRE = ['central_officer'] as const;
/** who records a province's published history: its officers, and operators loading it on its behalf */
const IMPORTERS = ['province_officer', 'system_admin', 'system'] as const;

export const dossierWorkflow: WorkflowTable<DossierStage, DossierEvent, DossierContext> = {
  aggregate: 'dossier',
  title: { vi: 'Hồ sơ đánh giá, phân hạng sản phẩm OCOP', en: 'OCOP evaluation dossier' },
  states: DOSSIER_STAGES,
  initial: 'draft',
  events: DOSSIER_EVENTS,
  labels: {
    draft: { vi: 'đang soạn', en: 'draft' },
    submitted: { vi: 'đã nộp cho xã', en: 'submitted to the commune' },
    returnedByCommune: { vi: 'xã trả lại để bổ sung', en: 'returned by the commune' },
    communeChecked: { vi: 'xã đã kiểm tra, đề nghị tỉnh', en: 'checked and proposed by the commune' },
    returnedByProvince: { vi: 'tỉnh trả lại xã', en: 'returned by the province' },
    provinceAccepted: { vi: 'tỉnh đã tiếp nhận', en: 'accepted by the province' },
    advisoryReview: { vi: 'tổ tư vấn đang xem xét', en: 'under advisory review' },
    councilScoring: { vi: 'hội đồng đang chấm điểm', en: 'being scored by the council' },
    awaitingDecision: { vi: 'chờ quyết định công nhận', en: 'awaiting the decision' },
    recognised: { vi: 'đã được công nhận', en: 'recognised' },
    notRecognised: { vi: 'không được công nhận', en: 'not recognised' },
    forwardedToCentre: { vi: 'đã đề nghị trung ương', en: 'forwarded to the centre' },
    centreReview: { vi: 'trung ương đang xem xét', en: 'under central review' },
    withdrawn: { vi: 'đã rút hồ sơ', en: 'withdrawn' },
    submit: { vi: 'nộp hồ sơ', en: 'submit' },
    returnToProducer: { vi: 'trả lại chủ thể', en: 'return to the producer' },
    resubmit: { vi: 'nộp lại', en: 'submit again' },
    checkAtCommune: {
      vi: 'kiểm tra và đề nghị tỉnh (Mẫu 03)',
      en: 'check and propose to the province (Form 03)',
    },
    returnToCommune: { vi: 'trả lại xã', en: 'return to the commune' },
    sendBackToProvince: { vi: 'gửi lại tỉnh', en: 'send back to the province' },
    accept: { vi: 'tiếp nhận', en: 'accept' },
    startAdvisoryReview: { vi: 'chuyển tổ tư vấn', en: 'send to the advisory group' },
    startScoring: { vi: 'đưa ra hội đồng chấm điểm', en: 'put to the council' },
    closeScoring: { vi: 'kết thúc chấm điểm', en: 'close the scoring' },
    recognise: { vi: 'công nhận', en: 'recognise' },
    notRecognise: { vi: 'không công nhận', en: 'do not recognise' },
    forwardToCentre: { vi: 'đề nghị trung ương xét 5 sao', en: 'forward to the centre for 5 stars' },
    startCentreReview: { vi: 'trung ương tiếp nhận', en: 'take up at the centre' },
    orderRedo: { vi: 'yêu cầu đánh giá lại (Bộ)', en: 'order the evaluation redone (ministry)' },
    returnFromCentre: {
      vi: 'trả về tỉnh theo kết quả trung ương',
      en: 'return to the province with the central result',
    },
    withdraw: { vi: 'rút hồ sơ', en: 'withdraw' },
    imported: { vi: 'ghi nhận từ danh sách đã công bố', en: 'recorded from a published list' },
  },
  transitions: [
    {
      from: 'draft',
      event: 'submit',
      to: 'submitted',
      roles: PRODUCER,
      guards: [ownDossier],
      effects: { audit: 'dossier.submitted', notify: ['commune_officer'] },
    },
    {
      from: 'submitted',
      event: 'returnToProducer',
      to: 'returnedByCommune',
      roles: COMMUNE,
      guards: [officerOfItsPlace],
      effects: { audit: 'dossier.returned', notify: ['producer'] },
    },
    {
      from: 'returnedByCommune',
      event: 'resubmit',
      to: 'submitted',
      roles: PRODUCER,
      guards: [ownDossier],
      effects: { audit: 'dossier.resubmitted', notify: ['commune_officer'] },
    },
    {
      from: 'submitted',
      event: 'checkAtCommune',
      to: 'communeChecked',
      roles: COMMUNE,
      guards: [officerOfItsPlace],
      effects: { audit: 'dossier.checked', notify: ['province_officer', 'producer'] },
    },
    {
      from: 'communeChecked',
      event: 'returnToCommune',
      to: 'returnedByProvince',
      roles: PROVINCE,
      guards: [officerOfItsPlace],
      effects: { audit: 'dossier.returned', notify: ['commune_officer'] },
    },
    {
      from: 'returnedByProvince',
      event: 'sendBackToProvince',
      to: 'communeChecked',
      roles: COMMUNE,
      guards: [officerOfItsPlace],
      effects: { audit: 'dossier.checked', notify: ['province_officer'] },
    },
    {
      from: 'communeChecked',
      event: 'accept',
      to: 'provinceAccepted',
      roles: PROVINCE,
      guards: [officerOfItsPlace],
      effects: { audit: 'dossier.accepted', notify: ['producer', 'commune_officer'] },
    },
    {
      from: 'provinceAccepted',
      event: 'startAdvisoryReview',
      to: 'advisoryReview',
      roles: PROVINCE,
      guards: [officerOfItsPlace],
      effects: { audit: 'dossier.advisory_review_started' },
    },
    {
      from: 'advisoryReview',
      event: 'startScoring',
      to: 'councilScoring',
      roles: PROVINCE,
      guards: [officerOfItsPlace],
      effects: { audit: 'dossier.scoring_started' },
    },
    {
      from: 'councilScoring',
      event: 'closeScoring',
      to: 'awaitingDecision',
      roles: ['council_member'],
      guards: [councilChair],
      effects: { audit: 'dossier.scoring_closed' },
    },
    {
      from: 'awaitingDecision',
      event: 'recognise',
      to: 'recognised',
      roles: ['system'],
      guards: [signedDecision],
      effects: { audit: 'dossier.recognised', notify: ['producer', 'commune_officer'] },
    },
    {
      from: 'awaitingDecision',
      event: 'notRecognise',
      to: 'notRecognised',
      roles: PROVINCE,
      guards: [officerOfItsPlace],
      effects: { audit: 'dossier.not_recognised', notify: ['producer', 'commune_officer'] },
    },
    {
      from: 'awaitingDecision',
      event: 'forwardToCentre',
      to: 'forwardedToCentre',
      roles: PROVINCE,
      guards: [officerOfItsPlace, scoreFor5],
      effects: { audit: 'dossier.forwarded', notify: ['central_officer'] },
    },
    {
      from: 'forwardedToCentre',
      event: 'startCentreReview',
      to: 'centreReview',
      roles: CENTRE,
      effects: { audit: 'dossier.centre_review_started' },
    },
    {
      from: 'centreReview',
      event: 'recognise',
      to: 'recognised',
      roles: ['system'],
      guards: [signedDecision],
      effects: { audit: 'dossier.recognised', notify: ['producer', 'province_officer'] },
    },
    ...(['recognised', 'notRecognised'] as const).map((from) => ({
      from,
      event: 'orderRedo' as const,
      to: 'provinceAccepted' as const,
      roles: CENTRE,
      guards: [redoOrder],
      effects: { audit: 'dossier.redo_ordered', notify: ['province_officer', 'producer'] as const },
    })),
    {
      from: 'centreReview',
      event: 'returnFromCentre',
      to: 'awaitingDecision',
      roles: CENTRE,
      effects: { audit: 'dossier.returned_from_centre', notify: ['province_officer'] },
    },
    ...(['draft', 'submitted', 'returnedByCommune', 'returnedByProvince'] as const).map((from) => ({
      from,
      event: 'withdraw' as const,
      to: 'withdrawn' as const,
      roles: PRODUCER,
      guards: [ownDossier],
      effects: { audit: 'dossier.withdrawn', notify: ['commune_officer'] as const },
    })),
    {
      from: 'draft',
      event: 'imported',
      to: 'awaitingDecision',
      roles: IMPORTERS,
      guards: [importedAt('awaitingDecision')],
      effects: { audit: 'dossier.imported' },
    },
    {
      from: 'draft',
      event: 'imported',
      to: 'forwardedToCentre',
      roles: IMPORTERS,
      guards: [importedAt('forwardedToCentre')],
      effects: { audit: 'dossier.imported' },
    },
  ],
};

/** The stages in which the producer's forms can still be changed. */
export const EDITABLE_DOSSIER_STAGES: readonly DossierStage[] = ['draft', 'returnedByCommune'];

/** The stages whose next move is the role's (read from the table; withdrawing and importing aside). */
export function stagesWaitingFor(role: WorkflowContext['actor']['role']): DossierStage[] {
  return statesAwaiting(dossierWorkflow, role, ['withdraw', 'imported']);
}

/** The advisory group's entries are recorded by the province's officers while it reviews the dossier. */
export function mayRecordReview(stage: DossierStage, ctx: DossierContext): boolean {
  return stage === 'advisoryReview' && ctx.actor.role === 'province_officer' && ctx.coversPlace;
}

/** What the caller may do with a dossier: its moves now, editing the forms, recording the review. */
export function dossierActions(stage: DossierStage, ctx: DossierContext, mayEditProduct: boolean): string[] {
  const actions: string[] = [
    'view',
    ...allowedEvents(dossierWorkflow, stage, ctx).filter((e) => e !== 'imported'),
  ];
  if (mayEditDossier(stage, ctx, mayEditProduct)) actions.push('edit');
  if (mayRecordReview(stage, ctx)) actions.push('review');
  return actions;
}

/** The producer's forms are changed by the producer, or an officer of the place, while it holds the dossier. */
export function mayEditDossier(stage: DossierStage, ctx: DossierContext, mayEditProduct: boolean): boolean {
  return mayEditProduct && EDITABLE_DOSSIER_STAGES.includes(stage) && (ctx.ownDossier || ctx.coversPlace);
}
