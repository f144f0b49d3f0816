// Who acts, from where: taken from the request (or the CLI, or the system itself)
// and passed down to every service that writes the audit trail or a status history.
export interface AuditActor {
  userId: string | null;
  label: string;
  ip: string | null;
  requestId: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, label: 'system', ip: null, requestId: null };
