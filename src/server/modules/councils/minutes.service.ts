// The minutes (biên bản) of a session, printed from what the platform recorded: who
// sat and who was present against the quorum of the rules, each dossier's sheets
// (first totals, re-scored totals, corrections with their reasons), the re-scoring
// asked, the result and its flags. A draft until the session closes.
import type { Grant } from '../../../domain/access/policy.ts';
import type { CouncilResult } from '../../../domain/scoring/council.ts';
import { asciiSlug } from '../../documents/official-form.ts';
import type { AuditActor } from '../../core/actor.ts';
import type { AppDeps } from '../../core/deps.ts';
import * as sessionsRepo from './sessions.repository.ts';
import * as sheetsRepo from './sheets.repository.ts';
import { expectedMembers } from './item-sheets.ts';
import { type MinutesData, type MinutesItem, renderMinutes } from './minutes.pdf.ts';
import { quorumOf, sessionFor } from './session-access.ts';

export async function minutesPdf(deps: AppDeps, grant: Grant, actor: AuditActor, sessionId: string) {
  const { db } = deps.database;
  const access = await sessionFor(db, grant, actor, sessionId);
  const s = access.session;
  const names = new Map(access.members.map((m) => [m.id, m.fullName]));
  const present = new Set(s.present);
  const rows = await sessionsRepo.listItems(db, sessionId);
  const conflicts = await sessionsRepo.conflictsOf(
    db,
    rows.map((r) => r.item.id),
  );
  const items: MinutesItem[] = [];
  for (const r of rows) {
    const history = await sheetsRepo.sheetHistory(db, r.item.id);
    const mine = conflicts.filter((c) => c.itemId === r.item.id);
    const expected = expectedMembers(access, new Set(mine.map((c) => c.memberId)));
    const total = (m: string, pass: number) =>
      history.find((h) => h.memberId === m && h.pass === pass && h.version === 1 && h.status !== 'draft')
        ?.total ?? null;
    const correction = (m: string) =>
      history
        .filter((h) => h.memberId === m && h.version > 1)
        .sort((a, b) => b.version - a.version)
        .map((h) => ({ total: h.total, reason: h.correctionReason ?? '' }))[0] ?? null;
    const result = r.item.status === 'closed' ? (r.item.result as CouncilResult | null) : null;
    const plan = r.item.rescoring as { members: Record<string, string[]> } | null;
    items.push({
      position: r.item.position,
      productName: r.productName,
      productCode: r.productCode,
      producerName: r.producerName,
      setNo: r.item.setNo,
      conflicts: mine.map((c) => ({ fullName: names.get(c.memberId) ?? '', reason: c.reason })),
      sheets: expected.map((m) => ({
        fullName: names.get(m) ?? '',
        first: total(m, 1),
        rescored: total(m, 2),
        corrected: correction(m),
      })),
      rescoring: plan
        ? Object.entries(plan.members).map(([m, criteria]) => ({ fullName: names.get(m) ?? '', criteria }))
        : null,
      result: result
        ? {
            totalDisplay: result.totalDisplay,
            stars: result.stars,
            bandStars: result.bandStars,
            markerStars: result.markerStars,
            certifiable: result.certifiable,
            disqualified: result.disqualified,
            divergent: result.divergentMembers.map((d) => ({
              fullName: names.get(d.memberId) ?? '',
              total: d.total,
              median: d.median,
            })),
            disagreements: result.disagreements,
            failedMarkers: result.failedMarkers,
          }
        : null,
    });
  }
  const q = quorumOf(access);
  const live = access.members.filter((m) => !m.removedAt || present.has(m.id));
  const data: MinutesData = {
    council: {
      name: access.council.name,
      level: access.council.level,
      provinceName: access.provinceName,
      establishedBy: access.council.establishedBy,
      establishedOn: access.council.establishedOn,
    },
    session: {
      title: s.title,
      meetingOn: s.meetingOn,
      place: s.place,
      mode: s.mode,
      metOn: s.metOn,
      openedAt: s.openedAt?.toISOString() ?? null,
      closedAt: s.closedAt?.toISOString() ?? null,
    },
    rules: access.rules,
    quorum: { present: q.present, members: q.members, needed: q.needed, chairPresent: q.chairPresent },
    members: live.map((m) => ({
      fullName: m.fullName,
      position: m.position,
      agency: m.agency,
      present: present.has(m.id),
    })),
    items,
    chair: live.find((m) => m.position === 'chair')?.fullName ?? null,
    secretary: live.find((m) => m.position === 'secretary')?.fullName ?? null,
    draft: s.status !== 'closed',
  };
  return {
    data: await renderMinutes(data),
    fileName: `bien-ban-${asciiSlug(s.title, 'phien-hop')}.pdf`,
  };
}
