// A sheet's answers that the domain refuses (two options for one criterion, an unknown
// criterion…) answered as a validation error naming the criterion: one mapping for the
// producer's self-assessment and the council's sheets.
import { ScoringError } from '../../domain/scoring/score.ts';
import { AppError } from './app-error.ts';

export function scoringError(err: unknown): never {
  if (err instanceof ScoringError)
    throw new AppError(
      'SCORING_INVALID',
      { criterion: err.criterion || '-', detail: err.message },
      { criterion: err.criterion, reason: err.code },
    );
  throw err;
}
