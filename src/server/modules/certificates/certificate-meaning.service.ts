// What a certificate's state means to a consumer (the public page, exports): the
// sentence, from the day it ended (the recorded expiry or lapse, else the day after
// its last valid day) or the revoking decision. Apart from certificates.service so
// that the registry's public address can read it without a cycle.
import type { CertificateTimeState } from '../../../domain/certificates/certificate-state.ts';
import { publicMeaning } from '../../../domain/certificates/public-status.ts';
import type { Executor } from '../../db/client.ts';
import * as repo from './certificates.repository.ts';
import * as lifecycleRepo from './lifecycle.repository.ts';

const ENDED = new Set<CertificateTimeState>(['expired', 'lapsed', 'revoked']);

export async function publicMeaningOf(
  db: Executor,
  c: { id: string; state: CertificateTimeState; validUntil: string | null },
): Promise<string | null> {
  if (!ENDED.has(c.state))
    return publicMeaning(c.state, { recordedEnd: null, validUntil: c.validUntil, revocation: null });
  const [ended, facts] = await Promise.all([lifecycleRepo.endedOn(db, [c.id]), repo.factsOf(db, [c.id])]);
  const f = facts[0];
  return publicMeaning(c.state, {
    recordedEnd: ended.get(c.id) ?? null,
    validUntil: c.validUntil,
    revocation: f ? { decisionNumber: f.revocationDecisionNo, decisionDate: f.revocationDecisionDate } : null,
  });
}
