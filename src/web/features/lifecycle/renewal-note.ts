// What a producer is told of renewing a certificate, from its state today and its last
// valid day (the milestones are the domain's, QĐ 26/2026 Art. 12): the window open
// with its last day, the window passed, or a filing awaiting its decision (within the
// grace after expiry, with the grace's last day). Pure: tested in test/web.
import { milestonesOf } from '../../../domain/certificates/lifecycle.ts';
import type { CERTIFICATE_STATES } from '../../../shared/enums.ts';

type State = (typeof CERTIFICATE_STATES)[number];

export type RenewalNote =
  | { kind: 'open'; closes: string }
  | { kind: 'closed'; closes: string; until: string }
  | { kind: 'filed' }
  | { kind: 'grace'; lastDay: string };

export function renewalNoteOf(c: { state: State; validUntil: string | null }): RenewalNote | null {
  if (c.state === 'renewalFiled') return { kind: 'filed' };
  if (!c.validUntil) return null;
  const m = milestonesOf(c.validUntil);
  switch (c.state) {
    case 'renewalWindowOpen':
      return { kind: 'open', closes: m.windowCloses };
    case 'renewalWindowClosed':
      return { kind: 'closed', closes: m.windowCloses, until: c.validUntil };
    case 'graceAfterExpiry':
      return { kind: 'grace', lastDay: m.graceEndsAfter };
    default:
      return null;
  }
}
