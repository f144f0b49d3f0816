// A dossier's council result as its producer reads it after the decision (and its
// province's officers at any time after closing): the council's mean and stars, each
// criterion's points from the producer's own sheet beside the council's mean, and what
// would take it to the next star on the council's reading (domain/councils/feedback).
import type { Grant } from '../../../domain/access/policy.ts';
import { councilFeedback } from '../../../domain/councils/feedback.ts';
import type { CouncilResult } from '../../../domain/scoring/council.ts';
import { readFacts } from '../../../domain/scoring/answers.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { dossierForResult } from '../dossiers/dossier-decision.service.ts';
import { sheetForCouncil } from '../self-assessment/self-assessment.service.ts';
import * as sessionsRepo from './sessions.repository.ts';
import * as sheetsRepo from './sheets.repository.ts';
import { countingSheets, itemSheets, setOf } from './item-sheets.ts';
import { sessionOfResult } from './session-access.ts';

export async function councilResultOf(deps: AppDeps, grant: Grant, dossierId: string) {
  const { db } = deps.database;
  const d = await dossierForResult(deps, grant, dossierId);
  // the producer reads it once the result is final; officers of its place once the council closed
  if (!d.officer && !d.decidedOn) throw new AppError('NOT_FOUND');
  const item = await sessionsRepo.closedItemOfDossier(db, dossierId);
  if (!item?.result) throw new AppError('NOT_FOUND');
  const access = await sessionOfResult(db, item.sessionId);
  const x = itemSheets(
    access,
    item,
    await sheetsRepo.sheetsOf(db, [item.id]),
    await sessionsRepo.conflictsOf(db, [item.id]),
  );
  const sheets = countingSheets(x);
  const { set, rules } = await setOf(deps, item);
  const own = d.selfAssessmentId ? await sheetForCouncil(deps, d.selfAssessmentId, () => '') : null;
  const feedback = councilFeedback(set, sheets, own?.answers ?? null, readFacts(item.facts), rules);
  const result = item.result as CouncilResult;
  return {
    dossierId,
    productName: d.productName,
    stage: d.stage,
    decidedOn: d.decidedOn,
    council: access.council.name,
    level: access.council.level,
    meetingOn: access.session.meetingOn,
    members: sheets.length,
    totalDisplay: result.totalDisplay,
    stars: result.stars,
    bandStars: result.bandStars,
    markerStars: result.markerStars,
    parts: result.parts,
    failedMarkers: result.failedMarkers,
    ownTotal: own?.total ?? null,
    criteria: feedback.criteria,
    advice: {
      targetStars: feedback.advice.targetStars,
      pointsMissing: feedback.advice.pointsMissing,
      reachable: feedback.advice.reachable,
      steps: feedback.advice.steps,
    },
  };
}
