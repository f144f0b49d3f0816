// A refusal or failure as the person reads it: the server's message in their language.
import { ApiError } from '../../lib/api-error.ts';

export const messageOf = (err: unknown) =>
  err instanceof ApiError ? err.message : err instanceof Error ? err.message : String(err);

export function ErrorLine({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p
      role="alert"
      className="rounded bg-red-50 p-2 text-sm text-red-800"
      data-error={error instanceof ApiError ? error.code : undefined}
    >
      {messageOf(error)}
    </p>
  );
}
