// The demo world's council, built the way a province runs one: Thanh Hóa's OCOP agency
// sets up the council (its establishing decision, the default rules of a province) and
// seats its members; a first session takes three dossiers at `councilScoring`, every
// present member sends a sheet, the divergent member re-scores the criteria in
// question, the chair closes each dossier and the session; the province drafts the
// decision for the 3★ and 4★ results, uploads it signed, the certificates are issued
// and the results published, and the 90-point product goes to the centre. A second
// session is still scoring: every member has sent but hoidong@, whose sheet waits.
// Every move goes through the services; a council already there is left alone.
import { and, eq, inArray } from 'drizzle-orm';
import { SCORING_POSITIONS } from '../../domain/councils/council-rules.ts';
import type { Answers } from '../../domain/scoring/score.ts';
import type { AppDeps } from '../core/deps.ts';
import type { Executor } from '../db/client.ts';
import { councils, dossiers, products } from '../db/schema/index.ts';
import { addMember, createCouncil } from '../modules/councils/councils.service.ts';
import { actOnItem, itemView } from '../modules/councils/item-results.service.ts';
import { setOf } from '../modules/councils/item-sheets.ts';
import {
  addDossiers,
  actOnSession,
  createSession,
  recordAttendance,
} from '../modules/councils/sessions.service.ts';
import { mySheet, saveMySheet } from '../modules/councils/sheets.service.ts';
import { decisionPdf } from '../modules/decisions/decision-print.service.ts';
import {
  draftDecision,
  issueCertificates,
  publishDecision,
  signDecision,
} from '../modules/decisions/decisions.service.ts';
import { actOnDossier } from '../modules/dossiers/dossier-filing.service.ts';
import {
  DEMO_COUNCIL,
  DEMO_COUNCIL_ID,
  DEMO_COUNCIL_MEMBERS,
  DEMO_DECISION,
  DEMO_SESSIONS,
  type DemoSession,
  sheetTowards,
} from './demo-council-data.ts';
import { type Person, personOf } from './demo-dossiers.ts';

interface Council {
  province: Person;
  chair: Person;
  /** scoring members in seat order, each with its seat id */
  scorers: { email: string; seat: string; person: Person }[];
  seats: string[];
  dossierOf: Map<string, string>;
  today: string;
}

export async function seedDemoCouncils(deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  if ((await db.select({ id: councils.id }).from(councils).where(eq(councils.id, DEMO_COUNCIL_ID))).length)
    return;
  const wanted = DEMO_SESSIONS.flatMap((s) => s.items.map((i) => i.product));
  const dossierOf = await dossiersAtCouncil(db, wanted);
  if (dossierOf.size < wanted.length) return;
  const today = deps.clock.today();
  const year = Number(today.slice(0, 4));
  const province = await personOf(db, DEMO_COUNCIL.provinceLogin, (g) => g.role === 'province_officer');
  const { grant, actor } = province;
  let council = await createCouncil(deps, grant, actor, {
    id: DEMO_COUNCIL_ID,
    level: 'province',
    name: DEMO_COUNCIL.name,
    establishedBy: DEMO_COUNCIL.establishedBy,
    establishedOn: `${year - 1}-${DEMO_COUNCIL.establishedOnDay}`,
  });
  for (const m of DEMO_COUNCIL_MEMBERS)
    council = await addMember(deps, grant, actor, DEMO_COUNCIL_ID, {
      email: m.email,
      position: m.position,
      agency: m.agency,
    });
  const seatOf = new Map(council.members.map((m) => [m.email, m.id]));
  const memberOf = (email: string) =>
    personOf(db, email, (g) => g.role === 'council_member' && g.councilId === DEMO_COUNCIL_ID);
  const scorers = [];
  for (const m of DEMO_COUNCIL_MEMBERS.filter((x) => SCORING_POSITIONS.includes(x.position)))
    scorers.push({ email: m.email, seat: seatOf.get(m.email)!, person: await memberOf(m.email) });
  const ctx: Council = {
    province,
    chair: scorers[0].person,
    scorers,
    seats: [...seatOf.values()],
    dossierOf,
    today,
  };
  for (const s of DEMO_SESSIONS) await holdSession(deps, ctx, s, year);
}

/** The demo dossiers waiting for the council, by product name. */
async function dossiersAtCouncil(db: Executor, names: string[]) {
  const rows = await db
    .select({ id: dossiers.id, name: products.name })
    .from(dossiers)
    .innerJoin(products, eq(products.id, dossiers.productId))
    .where(and(eq(dossiers.status, 'councilScoring'), inArray(products.name, names)));
  return new Map(rows.map((r) => [r.name, r.id]));
}

/** A session planned, attended in full, scored; closed and followed up when the demo wants it closed. */
async function holdSession(deps: AppDeps, c: Council, s: DemoSession, year: number) {
  const { grant, actor } = c.province;
  const planned = await createSession(deps, grant, actor, DEMO_COUNCIL_ID, {
    title: s.title(year),
    meetingOn: c.today,
    place: s.place,
  });
  const ids = s.items.map((i) => c.dossierOf.get(i.product)!);
  const session = await addDossiers(deps, grant, actor, planned.id, ids);
  await recordAttendance(deps, grant, actor, session.id, c.seats);
  await actOnSession(deps, c.chair.grant, c.chair.actor, session.id, 'openScoring');
  for (const [n, demo] of s.items.entries()) {
    const item = session.items.find((i) => i.dossierId === c.dossierOf.get(demo.product))!;
    const { set, rules } = await setOf(deps, item);
    const { facts } = await mySheet(deps, c.chair.grant, c.chair.actor, item.id);
    const first = new Map<string, Answers>();
    for (const [k, m] of c.scorers.entries()) {
      if (s.waitingFor.includes(m.email)) continue;
      const diverges = demo.diverges === m.email;
      const answers = sheetTowards(set, rules, facts, {
        target: diverges ? demo.target - 16 : demo.target,
        stars: diverges ? 1 : demo.stars,
        shift: k * 7 + n * 3,
        depth: diverges ? 2 : 1,
      });
      first.set(m.seat, answers);
      await sendSheet(deps, m.person, item.id, answers, `demo-${n}-${k}-1`);
    }
    if (s.status !== 'closed') continue;
    await rescoreIfFlagged(deps, c, item.id, first);
    await actOnItem(deps, c.chair.grant, c.chair.actor, item.id, 'closeItem');
  }
  if (s.status !== 'closed') return;
  await actOnSession(deps, c.chair.grant, c.chair.actor, session.id, 'closeSession');
  for (const demo of s.items.filter((i) => i.after === 'forwardToCentre'))
    await actOnDossier(deps, grant, actor, c.dossierOf.get(demo.product)!, { event: 'forwardToCentre' });
  const decided = s.items.filter((i) => i.after === 'decision').map((i) => c.dossierOf.get(i.product)!);
  if (decided.length) await decide(deps, c, session.id, decided, year);
}

function sendSheet(deps: AppDeps, p: Person, itemId: string, answers: Answers, changeId: string) {
  return saveMySheet(deps, p.grant, p.actor, itemId, {
    answers,
    baseRevision: 0,
    changeId,
    device: 'máy tính bảng',
    send: true,
  });
}

/** When the chair's view flags the dossier, the members asked re-score the criteria in question toward the chair's sheet. */
async function rescoreIfFlagged(deps: AppDeps, c: Council, itemId: string, first: Map<string, Answers>) {
  const seen = await itemView(deps, c.chair.grant, c.chair.actor, itemId);
  if (!seen.flags) return;
  const asked = await actOnItem(deps, c.chair.grant, c.chair.actor, itemId, 'requestRescoring');
  const reference = first.get(c.scorers[0].seat)!;
  for (const r of asked.rescoring ?? []) {
    const m = c.scorers.find((x) => x.seat === r.memberId)!;
    const answers = {
      ...first.get(m.seat),
      ...Object.fromEntries(r.criteria.map((code) => [code, reference[code]])),
    };
    await sendSheet(deps, m.person, itemId, answers, `demo-${itemId.slice(0, 8)}-${m.seat.slice(0, 8)}-2`);
  }
}

/** The province's decision on the session's results: drafted, its print uploaded as signed, certificates issued, published. */
async function decide(deps: AppDeps, c: Council, sessionId: string, dossierIds: string[], year: number) {
  const { grant, actor } = c.province;
  const draft = await draftDecision(deps, grant, actor, {
    title: DEMO_DECISION.title(year),
    dossierIds,
    sessionId,
    signerTitle: DEMO_DECISION.signerTitle,
  });
  const printed = await decisionPdf(deps, grant, draft.id);
  await signDecision(deps, grant, actor, draft.id, {
    number: DEMO_DECISION.number,
    signedOn: c.today,
    signerName: DEMO_DECISION.signerName,
    file: { name: printed.fileName, bytes: printed.data },
  });
  await issueCertificates(deps, draft.id);
  await publishDecision(deps, grant, actor, draft.id);
}
