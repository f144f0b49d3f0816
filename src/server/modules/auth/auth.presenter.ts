import { capabilitiesFor, navigationFor } from '../../../domain/access/policy.ts';
import type { Me } from '../../../shared/contracts/auth.ts';
import type { AuthState } from '../../core/deps.ts';

export function presentMe(auth: AuthState): Me {
  return {
    user: auth.user,
    grants: auth.grants.map((g) => ({
      id: g.id,
      role: g.role,
      scopeKind: g.scopeKind,
      unitId: g.unitId,
      unitName: g.unitName,
      unitLevel: g.unitLevel,
      producerId: g.producerId,
      councilId: g.councilId,
      roundId: g.roundId,
    })),
    activeGrantId: auth.active?.id ?? null,
    navigation: navigationFor(auth.active),
    capabilities: capabilitiesFor(auth.active),
    csrfToken: auth.csrfToken,
  };
}
