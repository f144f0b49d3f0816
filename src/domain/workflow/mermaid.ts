// A transition table drawn as a Mermaid state diagram, for docs/workflows/. The
// drawing is made from the table itself, so the picture cannot drift from the code
// (a test regenerates the committed files and compares).
import type { WorkflowContext, WorkflowTable } from './kit.ts';
import { deadEnds } from './analyse.ts';

type AnyTable = WorkflowTable<string, string, WorkflowContext>;

export function toMermaid(table: AnyTable): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${table.initial}`];
  for (const t of table.transitions) {
    const guards = t.guards?.length ? ` [${t.guards.map((g) => g.name).join(', ')}]` : '';
    lines.push(`  ${t.from} --> ${t.to}: ${t.event} (${t.roles.join(', ')})${guards}`);
  }
  for (const s of deadEnds(table)) lines.push(`  ${s} --> [*]`);
  return lines.join('\n');
}

/** The whole page of one workflow: title, diagram, and the table in words. */
export function workflowDoc(table: AnyTable): string {
  const rows = table.transitions.map((t) => {
    const guards = (t.guards ?? []).map((g) => `\`${g.name}\``).join(', ') || '—';
    const effects = [
      `audit \`${t.effects.audit}\``,
      ...(t.effects.jobs ?? []).map((j) => `job \`${j}\``),
      ...(t.effects.notify ?? []).map((r) => `notify ${r}`),
    ];
    return `| \`${t.from}\` | \`${t.event}\` | \`${t.to}\` | ${t.roles.join(', ')} | ${guards} | ${effects.join('; ')} |`;
  });
  return [
    `# ${table.title.vi} — ${table.title.en}`,
    '',
    `Aggregate \`${table.aggregate}\`. Generated from the transition table by \`npm run docs:workflows\`; do not edit by hand.`,
    '',
    '```mermaid',
    toMermaid(table),
    '```',
    '',
    `Terminal states: ${
      deadEnds(table)
        .map((s) => `\`${s}\``)
        .join(', ') || 'none (every state has a way out)'
    }.`,
    '',
    '| From | Event | To | Who | Guards | Effects |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
