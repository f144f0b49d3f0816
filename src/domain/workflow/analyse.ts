// What can be said of a transition table without running it: which states are
// reachable from the initial one, which are dead ends (terminal), and whether the
// table names only its own states and events. Used by the table tests and the docs.
import type { WorkflowContext, WorkflowTable } from './kit.ts';

type AnyTable = WorkflowTable<string, string, WorkflowContext>;

export function reachableStates(table: AnyTable): Set<string> {
  const seen = new Set<string>([table.initial]);
  const queue = [table.initial];
  while (queue.length) {
    const state = queue.shift() as string;
    for (const t of table.transitions) {
      if (t.from === state && !seen.has(t.to)) {
        seen.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return seen;
}

/** States with no way out: the table's terminal states. */
export function deadEnds(table: AnyTable): string[] {
  return table.states.filter((s) => !table.transitions.some((t) => t.from === s));
}

/** Mistakes a table can make: a state or event it does not declare, a transition declared twice, a silent one. */
export function tableProblems(table: AnyTable): string[] {
  const problems: string[] = [];
  const states = new Set(table.states);
  const events = new Set(table.events);
  if (!states.has(table.initial)) problems.push(`initial state ${table.initial} is not declared`);
  const seen = new Set<string>();
  for (const t of table.transitions) {
    const key = `${t.from} --${t.event}--> ${t.to} [${t.roles.join(',')}]`;
    if (!states.has(t.from)) problems.push(`${key}: unknown state ${t.from}`);
    if (!states.has(t.to)) problems.push(`${key}: unknown state ${t.to}`);
    if (!events.has(t.event)) problems.push(`${key}: unknown event ${t.event}`);
    if (!t.roles.length) problems.push(`${key}: nobody may trigger it`);
    if (!t.effects.audit) problems.push(`${key}: no audit event`);
    if (seen.has(key)) problems.push(`${key}: declared twice`);
    seen.add(key);
  }
  for (const e of table.events) {
    if (!table.transitions.some((t) => t.event === e)) problems.push(`event ${e} is never used`);
  }
  return problems;
}
