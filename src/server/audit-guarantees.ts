// What the audit trail of this installation guarantees, and what it does not, said
// plainly at start-up (and in docs/adr/0009): where the row key and the signing key
// live decides who could rewrite the chain without being caught.
import type { AppDeps } from './core/deps.ts';

export function auditGuarantees(deps: AppDeps, baseUrl: string): string[] {
  const rowKeyHere = !deps.env.AUDIT_SECRET;
  const signingHere = deps.auditSigning.source === 'data-dir';
  const { AUDIT_CHECKPOINT_EVERY_ROWS: rows, AUDIT_CHECKPOINT_EVERY_MINUTES: minutes } = deps.env;
  const lines = [
    'Nhật ký kiểm toán / audit trail:',
    '  ✔ every change is one row, chained by HMAC; the database refuses UPDATE and DELETE on it',
    `  ✔ signed checkpoints (Ed25519, key ${deps.auditSigning.keyId}) every ${rows} rows or ${minutes} min and at shutdown, in ${deps.checkpointDir}`,
    `  ✔ the signed chain head is public at ${baseUrl}/api/audit/head: keep copies elsewhere, then \`ocop audit verify --against FILE_OR_URL\` proves any later rewrite`,
  ];
  if (rowKeyHere)
    lines.push(
      `  ✖ the row key is in ${deps.env.DATA_DIR}/audit.key on this host (set AUDIT_SECRET from a secret store)`,
    );
  if (signingHere)
    lines.push(
      '  ✖ the signing key is in the data folder on this host: whoever controls this host can rewrite the chain and re-sign it;',
      '    only heads kept elsewhere catch that (set AUDIT_SIGNING_KEY_FILE to a key mounted from outside, and publish the head)',
    );
  if (!deps.env.AUDIT_CHECKPOINT_DIR)
    lines.push(
      '  ✖ checkpoints are written beside the database (set AUDIT_CHECKPOINT_DIR to storage outside this host)',
    );
  return lines;
}
