// The ids of every enumerated value of the platform, in one place with no imports:
// the contracts validate against them, the domain's workflow tables use them as
// states, and vocabulary.ts gives each its words in both languages. Roles, scope
// kinds and legal types live in roles.ts and registry.ts.

/**
 * One certificate lifecycle (src/domain/certificates/certificate-state.ts decides it):
 * the first five are in force; unknownValidity is a certificate recorded from a list
 * whose dates do not decide its state today.
 */
export const CERTIFICATE_STATES = [
  'valid',
  'renewalWindowOpen',
  'renewalWindowClosed',
  'renewalFiled',
  'graceAfterExpiry',
  'expired',
  'lapsed',
  'revoked',
  'superseded',
  'unknownValidity',
] as const;
/** what a product's list row says of a product that holds no certificate at all */
export const NO_CERTIFICATE = 'none';
/** a product's certificate state: its current certificate's state today, or none (lists, filters, exports) */
export const PRODUCT_CERTIFICATE_STATES = [...CERTIFICATE_STATES, NO_CERTIFICATE] as const;
export const DOCUMENT_KINDS = [
  'business_registration',
  'food_safety',
  'quality_system',
  'environment',
  'trademark',
  'other',
] as const;
export const DUPLICATE_REASONS = [
  'same_producer',
  'related_producer',
  'same_set',
  'similar_name',
  'near_identical_name',
  'similar_text',
  'similar_photo',
] as const;
export const IMPORT_KINDS = ['producers', 'products'] as const;
export const IMPORT_STATUSES = [
  'uploaded',
  'validated',
  'committing',
  'committed',
  'failed',
  'cancelled',
] as const;
/** what a list of products holds when its rows' own cells do not say (`ocop import products FILE --kind`) */
export const IMPORT_LIST_KINDS = ['recognitions', 'council-results', 'revocations'] as const;
/** what one row of a published list records */
export const IMPORT_ROW_KINDS = ['recognition', 'councilResult', 'proposalToCentre', 'revocation'] as const;
export const IMPORT_ROW_STATUSES = [
  'valid',
  /** imported with its gaps recorded (no producer named, no decision number or date, no product set) */
  'incomplete',
  'invalid',
  'review',
  'duplicate',
  'committed',
  'skipped',
] as const;
export const PRODUCT_STATUSES = ['draft', 'active', 'withdrawn'] as const;
/** a self-registered producer is pending until an officer of its commune or province confirms it (producer.workflow.ts) */
export const PRODUCER_STATUSES = ['pending', 'active', 'rejected', 'inactive'] as const;
export const PRODUCER_WORKFLOW_EVENTS = [
  'confirm',
  'reject',
  'resubmit',
  'deactivate',
  'reactivate',
] as const;
export const USER_STATUSES = ['active', 'disabled'] as const;
export const CERTIFICATE_RECORD_STATUSES = ['valid', 'revoked', 'superseded', 'lapsed'] as const;
/**
 * The stages of an evaluation dossier, named once for the dossier, council and decision
 * workflows (src/domain/dossiers/dossier.workflow.ts). QĐ 26/2026 Art. 5–8.
 */
export const DOSSIER_STAGES = [
  'draft',
  'submitted',
  'returnedByCommune',
  'communeChecked',
  'returnedByProvince',
  'provinceAccepted',
  'advisoryReview',
  'councilScoring',
  'awaitingDecision',
  'recognised',
  'notRecognised',
  'forwardedToCentre',
  'centreReview',
  'withdrawn',
] as const;
export const DOSSIER_EVENTS = [
  'submit',
  'returnToProducer',
  'resubmit',
  'checkAtCommune',
  'returnToCommune',
  'sendBackToProvince',
  'accept',
  'startAdvisoryReview',
  'startScoring',
  'closeScoring',
  'recognise',
  'notRecognise',
  'forwardToCentre',
  'startCentreReview',
  'returnFromCentre',
  'orderRedo',
  'withdraw',
  'imported',
] as const;
/** a council session (src/domain/councils/session.workflow.ts) */
export const SESSION_STATES = ['planned', 'scoring', 'closed', 'cancelled'] as const;
export const SESSION_EVENTS = ['openScoring', 'closeSession', 'cancel'] as const;
/** how a session decides: a meeting, or written opinions (re-evaluations, QĐ 26/2026 Art. 7.6) */
export const SESSION_MODES = ['meeting', 'writtenOpinion'] as const;
/** one dossier before a session (src/domain/councils/session-item.workflow.ts) */
export const SESSION_ITEM_STATES = ['scoring', 'rescoring', 'closed'] as const;
export const SESSION_ITEM_EVENTS = ['requestRescoring', 'closeItem'] as const;
/** a decision: drafted, signed (the signed decision uploaded with its number), published */
export const DECISION_STATES = ['draft', 'signed', 'published'] as const;
export const DECISION_EVENTS = ['sign', 'publish'] as const;
/** a producer's complaint against a result */
export const COMPLAINT_STATUSES = ['open', 'answered'] as const;
/** a council member's seat: the secretary keeps the minutes and does not score */
export const MEMBER_POSITIONS = ['chair', 'viceChair', 'member', 'secretary'] as const;
/** how a council combines its members' totals, and judges the star markers (councilRules) */
export const COUNCIL_TOTALS = ['mean', 'median'] as const;
export const COUNCIL_MARKER_RULES = ['majority', 'all'] as const;
/** where a member stands with a dossier of the session */
export const MEMBER_SHEET_STANDINGS = ['conflict', 'notExpected', 'toScore', 'sent'] as const;
/** a member's sheet: being filled, sent to the council, locked when the dossier closes */
export const COUNCIL_SHEET_STATUSES = ['draft', 'sent', 'locked'] as const;
/** the kinds of dossier, and of the evaluation that led to a certificate */
export const DOSSIER_KINDS = ['first', 'upgrade', 'reEvaluation'] as const;
/** evaluation rounds: a province's or the centre's */
export const ROUND_LEVELS = ['province', 'central'] as const;
/** the rounds the procedure sets each year, and extra ones the council's rules allow */
export const ROUND_KINDS = ['regular', 'extra'] as const;
/** what the provincial review records on a dossier */
export const DOSSIER_REVIEW_KINDS = [
  'siteVisit',
  'testRequest',
  'labResult',
  'advisoryReport',
  'redoOrder',
] as const;
/** the parts of a dossier a completeness finding or a return names */
export const DOSSIER_ITEMS = [
  'form01',
  'form02.general',
  'form02.business',
  'form02.selfAssessment',
  'form02.plan',
  'papers',
  'samples',
  'form03',
  'other',
] as const;
/** the dossier moves a person makes on the platform (the council's and the centre's follow) */
export const DOSSIER_ACTION_EVENTS = [
  'submit',
  'resubmit',
  'withdraw',
  'returnToProducer',
  'returnToCommune',
  'sendBackToProvince',
  'checkAtCommune',
  'accept',
  'startAdvisoryReview',
  'startScoring',
  'notRecognise',
  'forwardToCentre',
  'startCentreReview',
  'returnFromCentre',
] as const;
export const DEADLINE_STANDINGS = ['open', 'dueToday', 'overdue'] as const;
export const PAPER_STANDINGS = ['valid', 'expiringSoon', 'expired', 'noExpiry'] as const;
export const DOSSIER_QUEUES = ['mine', 'overdue'] as const;
/**
 * A product idea of the annual cycle (đăng ký ý tưởng sản phẩm, then phương án kinh doanh):
 * filed by the producer, selected onto the commune's list or returned or declined, its
 * business plan approved by the commune, then registered as a product.
 */
export const IDEA_STAGES = [
  'draft',
  'submitted',
  'returned',
  'declined',
  'selected',
  'planSubmitted',
  'planApproved',
  'productRegistered',
  'withdrawn',
] as const;
export const IDEA_EVENTS = [
  'submit',
  'returnIdea',
  'resubmit',
  'decline',
  'select',
  'submitPlan',
  'returnPlan',
  'approvePlan',
  'registerProduct',
  'withdraw',
] as const;
/** a new product, or a product the producer already makes brought into the programme */
export const IDEA_KINDS = ['newProduct', 'existingProduct'] as const;
/** the two steps of the year's call with a deadline each */
export const REGISTRATION_STEPS = ['ideas', 'plans'] as const;
export const IDEA_QUEUES = ['mine'] as const;
/** the four items of the commune's check (Mẫu 03) */
export const COMMUNE_CHECK_ITEMS = [
  'originAndRawMaterial',
  'localLabour',
  'ideaOrigin',
  'localIdentity',
] as const;
/** facts a record may lack when it was recorded from a published list (the data-quality worklist) */
export const INCOMPLETE_FACTS = [
  'producer',
  'commune',
  'productSet',
  'stars',
  'decisionNumber',
  'decisionDate',
] as const;
export const IP_STATUSES = ['none', 'application_filed', 'application_accepted', 'registered'] as const;
export const DUPLICATE_RELATIONS = ['tax_code', 'representative', 'address'] as const;
export const UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export const UNIT_TYPES = [
  'thanh_pho_tw',
  'tinh',
  'huyen',
  'quan',
  'thi_xa',
  'thanh_pho',
  'xa',
  'phuong',
  'thi_tran',
  'dac_khu',
] as const;
export const MAPPING_CONFIDENCES = ['exact_code', 'padded_code', 'by_name', 'manual', 'unresolved'] as const;
export const IMPORT_PHASES = ['reading', 'staging', 'committing', 'done'] as const;
export const IMPORT_ACTIONS = ['validate', 'commit', 'cancel', 'correct'] as const;
export const SHEET_STATUSES = ['draft', 'final'] as const;
export const SHEET_ACTIONS = ['finalise', 'reopen'] as const;
export const IMPORT_WORKFLOW_EVENTS = ['validate', 'commit', 'finish', 'fail', 'cancel'] as const;
export const LOCALES = ['vi', 'en'] as const;
export const CRITERION_KINDS = ['options', 'binary', 'group'] as const;
export const RUBRIC_RULE_KINDS = ['knockOut', 'stopRule', 'eligibility', 'appliesIf'] as const;
/** why a sheet is held below a star: a rule of the rubric, or a council member's finding */
export const DISQUALIFICATION_KINDS = [...RUBRIC_RULE_KINDS, 'finding'] as const;
/** why an advice step is needed: a starred criterion's minimum, or points */
export const ADVICE_REASONS = ['marker', 'points'] as const;
export const SEXES = ['male', 'female'] as const;
export const RUBRIC_RULE_EFFECTS = [
  'productExcluded',
  'evaluationStopped',
  'dossierRejected',
  'notEvaluated',
] as const;
export const RUBRIC_CITATION_FIELDS = ['notes', 'title', 'option', 'disqualification'] as const;
export const RUBRIC_ORIGINS = ['shipped', 'imported'] as const;
export const RUBRIC_DIFF_KINDS = [
  'set_added',
  'set_removed',
  'criterion_added',
  'criterion_removed',
] as const;
export const HEALTH_STATUSES = ['ok', 'degraded'] as const;
export const DB_KINDS = ['pglite', 'postgres'] as const;
/** what an audit row is about (audit_log.object_type) */
export const AUDIT_OBJECT_TYPES = [
  'user',
  'producer',
  'product',
  'admin_unit_mapping',
  'import',
  'rubric_version',
  'calendar_year',
  'dossier',
  'evaluation_round',
  'registration_call',
  'product_idea',
  'council',
  'council_session',
  'decision',
  'registry',
  'test',
] as const;
/** what `ocop audit verify` and the audit page can find wrong with the chain */
export const AUDIT_PROBLEM_KINDS = [
  'hash_mismatch',
  'chain_break',
  'id_gap',
  'checkpoint_mismatch',
  'checkpoint_missing_row',
  'checkpoint_bad_signature',
  'head_mismatch',
  'personal_mismatch',
  'kept_head_mismatch',
  'kept_head_missing_row',
  'kept_head_bad_signature',
] as const;
/** what a searched registry row matched: its name, its producer's name, or a name of its place */
export const SEARCH_MATCH_FIELDS = ['name', 'producer', 'commune', 'province', 'recordedIn'] as const;
/** what a product's record lacks for its registration (Mẫu 01): shown on the producer's home */
export const RECORD_GAPS = [
  'productSet',
  'productDescription',
  'productPhoto',
  'producerRepresentative',
  'producerContact',
] as const;
/** the next thing a producer can do for a product, on its home */
export const HOME_NEXT_STEPS = [
  'completeRecord',
  'startSelfAssessment',
  'continueSelfAssessment',
  'sheetFinished',
  'prepareRenewal',
  'upToDate',
] as const;

/** Kinds of a day off in the working-day calendar (src/domain/calendar/days-off.ts). */
export const DAY_OFF_KINDS = ['fixed', 'lunar', 'substitute', 'swap'] as const;
/** where a year's days off come from: the shipped decisions, an administrator, or the Labour Code alone */
export const CALENDAR_ORIGINS = ['shipped', 'edited', 'labourCode'] as const;
/** Levels of the evaluation; `district` existed only before 1/7/2025 (procedure versions r1048, r148). */
export const PROCEDURE_LEVELS = ['commune', 'district', 'province', 'central'] as const;
/** Who acts at a step of a procedure version (resources/procedures/procedure-versions.json). */
export const PROCEDURE_ACTORS = [
  'producer',
  'commune',
  'district',
  'districtCouncil',
  'districtChair',
  'provinceOcopUnit',
  'provinceAdvisoryGroup',
  'provinceCouncil',
  'provinceChair',
  'centralOcopUnit',
  'centralAdvisoryGroup',
  'centralCouncil',
  'minister',
] as const;
/** The unit a time limit counts in; months only for a certificate's validity. */
export const LIMIT_UNITS = ['workingDays', 'calendarDays', 'months'] as const;
/** Whether a limit is a longest (≤) or a shortest (≥) time. */
export const LIMIT_BOUNDS = ['atMost', 'atLeast'] as const;
/** What an instrument does to a procedure version. */
export const INSTRUMENT_ROLES = ['enacts', 'amends'] as const;

export * from './enums-lifecycle.ts';
