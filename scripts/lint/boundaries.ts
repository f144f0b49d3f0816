// npm run lint:boundaries — checks every import of src/ against the arrows
// (boundary-rules.ts) and looks for import cycles. Violations the restructuring has
// not yet removed are listed in known-boundary-violations.json: a new one fails, and
// so does a listed one that is gone (the list only shrinks).
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { importsOf, type ImportEdge } from './import-graph.ts';
import { RULES } from './boundary-rules.ts';

export interface Finding {
  rule: string;
  from: string;
  to: string;
}

export const findingKey = (f: Finding) => `${f.rule}: ${f.from} → ${f.to}`;

export function checkEdges(edges: ImportEdge[]): Finding[] {
  const findings: Finding[] = [];
  for (const edge of edges) {
    for (const rule of RULES)
      if (rule.breaks(edge)) findings.push({ rule: rule.name, from: edge.from, to: edge.to });
  }
  for (const cycle of cyclesOf(edges.filter((e) => !e.typeOnly && e.to.startsWith('src/')))) {
    findings.push({ rule: 'no-circular', from: cycle[0], to: cycle.slice(1).join(' → ') });
  }
  return findings;
}

/** Strongly connected groups of more than one file (Tarjan), each written as a path through it. */
export function cyclesOf(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!order.has(v)) visit(v);
  return groups;
}

export function sourceFiles(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src'], {
    cwd: root,
    encoding: 'utf8',
  });
  return out.split('\n').filter((f) => /\.(ts|tsx)$/.test(f) && !f.startsWith('src/server/db/migrations/'));
}

export function edgesOf(root: string, files: string[]): ImportEdge[] {
  return files.flatMap((f) => {
    try {
      return importsOf(f, readFileSync(join(root, f), 'utf8'));
    } catch {
      return []; // deleted in the working tree
    }
  });
}

export const KNOWN_FILE = 'scripts/lint/known-boundary-violations.json';

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.cwd();
  const findings = checkEdges(edgesOf(root, sourceFiles(root)));
  const known = new Set<string>(JSON.parse(readFileSync(join(root, KNOWN_FILE), 'utf8')).violations);
  const found = new Set(findings.map(findingKey));
  const fresh = findings.filter((f) => !known.has(findingKey(f)));
  const gone = [...known].filter((k) => !found.has(k));
  for (const f of fresh)
    console.log(
      `✖ ${findingKey(f)}\n    ${RULES.find((r) => r.name === f.rule)?.why ?? 'import cycle: split the files so that one depends on the other'}`,
    );
  for (const k of gone) console.log(`✖ listed in ${KNOWN_FILE} but no longer found (remove it): ${k}`);
  console.log(
    `boundaries: ${found.size} findings, ${known.size} known, ${fresh.length} new, ${gone.length} gone`,
  );
  process.exit(fresh.length || gone.length ? 1 : 0);
}
