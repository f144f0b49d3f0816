import type { ErrorCode } from '../../shared/errors.ts';

/** An expected failure: a code the client can rely on, never a stack trace. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}
