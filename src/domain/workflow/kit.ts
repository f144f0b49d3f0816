// The workflow kit: every aggregate whose status changes (self-assessment, import,
// and the dossier, council session, decision, report, stamp order, support and
// inspection that follow) declares one transition table. `decide` is the only way
// to ask whether an event may happen; `allowedEvents` feeds each object's actions.
// Pure: the server applies the decision in one transaction (applyTransition), the
// web app reads the actions the server sends, and docs/workflows/ is drawn from it.
import type { ErrorCode } from '../../shared/errors.ts';
import type { Role, ScopeKind } from '../../shared/roles.ts';

/** Who triggers an event: the active grant's role and scope kind, or the system itself. */
export interface WorkflowActor {
  role: Role | 'system';
  scopeKind: ScopeKind | 'system';
}

export const SYSTEM_WORKFLOW_ACTOR: WorkflowActor = { role: 'system', scopeKind: 'system' };

/** What a guard sees: the actor and whatever facts the aggregate's service gathered. */
export interface WorkflowContext {
  actor: WorkflowActor;
}

/** A named condition; returns the reason code that refuses the event, or null when it holds. */
export interface Guard<C extends WorkflowContext> {
  name: string;
  check: (ctx: C) => ErrorCode | null;
}

/** What a transition causes besides the status, declared as data and carried out by applyTransition. */
export interface Effects {
  /** the audit event written with the change (a status_history row is always written) */
  audit: string;
  /** outbox job names queued in the same transaction */
  jobs?: readonly string[];
  /** who is told (role names); delivery arrives with the notices issue */
  notify?: readonly Role[];
}

export interface Transition<S extends string, E extends string, C extends WorkflowContext> {
  from: S;
  event: E;
  to: S;
  /** roles that may trigger it; 'system' for start-up recovery and jobs */
  roles: readonly (Role | 'system')[];
  /** scope kinds the active grant must have, when the role alone does not say enough */
  scopeKinds?: readonly (ScopeKind | 'system')[];
  guards?: readonly Guard<C>[];
  effects: Effects;
}

export interface WorkflowTable<S extends string, E extends string, C extends WorkflowContext> {
  /** the aggregate's name as written in status_history and the audit trail */
  aggregate: string;
  title: { vi: string; en: string };
  states: readonly S[];
  initial: S;
  events: readonly E[];
  /** names shown to people, in refusals and history views */
  labels: Record<S | E, { vi: string; en: string }>;
  transitions: readonly Transition<S, E, C>[];
  /** the code of a refusal because no such move exists from this state (default WORKFLOW_NO_TRANSITION) */
  wrongStateCode?: ErrorCode;
}

export type Decision<S extends string, E extends string, C extends WorkflowContext> =
  | { ok: true; from: S; to: S; event: E; transition: Transition<S, E, C> }
  | { ok: false; reason: ErrorCode; guard?: string };

/**
 * May `event` happen in `state` for this context? The first transition whose role
 * and scope match and whose guards all hold wins. Refusals say why: no such move
 * (the table's wrong-state code), not this actor (FORBIDDEN), or the first failing guard's code.
 */
export function decide<S extends string, E extends string, C extends WorkflowContext>(
  table: WorkflowTable<S, E, C>,
  state: S,
  event: E,
  ctx: C,
): Decision<S, E, C> {
  const candidates = table.transitions.filter((t) => t.from === state && t.event === event);
  if (!candidates.length) return { ok: false, reason: table.wrongStateCode ?? 'WORKFLOW_NO_TRANSITION' };
  let refusal: Decision<S, E, C> = { ok: false, reason: 'FORBIDDEN' };
  for (const t of candidates) {
    if (!actorMay(t, ctx.actor)) continue;
    const failed = (t.guards ?? []).map((g) => ({ g, reason: g.check(ctx) })).find((r) => r.reason !== null);
    if (!failed) return { ok: true, from: state, to: t.to, event, transition: t };
    if (refusal.ok === false && refusal.reason === 'FORBIDDEN') {
      refusal = { ok: false, reason: failed.reason as ErrorCode, guard: failed.g.name };
    }
  }
  return refusal;
}

/** The events this context may trigger now, in the table's order (what the object's `actions` list). */
export function allowedEvents<S extends string, E extends string, C extends WorkflowContext>(
  table: WorkflowTable<S, E, C>,
  state: S,
  ctx: C,
): E[] {
  return table.events.filter((e) => decide(table, state, e, ctx).ok);
}

function actorMay(
  t: { roles: readonly string[]; scopeKinds?: readonly string[] },
  actor: WorkflowActor,
): boolean {
  if (!t.roles.includes(actor.role)) return false;
  return !t.scopeKinds || t.scopeKinds.includes(actor.scopeKind);
}

/** The states whose next move is a role's, leaving out events that are not the work waiting (withdrawing, importing). */
export function statesAwaiting<S extends string, E extends string, C extends WorkflowContext>(
  table: WorkflowTable<S, E, C>,
  role: WorkflowActor['role'],
  except: readonly E[],
): S[] {
  const states = table.transitions
    .filter((t) => t.roles.includes(role) && !except.includes(t.event))
    .map((t) => t.from);
  return [...new Set(states)];
}
