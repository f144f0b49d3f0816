// A failed API call as the screens see it: the status, the error code the client can
// rely on, and the message in the user's language.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
