// npm run docs:workflows — draws every transition table into docs/workflows/<aggregate>.md.
// The table test compares the committed files with what this writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workflowDoc } from '../../src/domain/workflow/mermaid.ts';
import { WORKFLOWS } from '../../src/domain/workflow/tables.ts';

export const WORKFLOW_DOCS_DIR = 'docs/workflows';
export const workflowDocPath = (aggregate: string) =>
  join(WORKFLOW_DOCS_DIR, `${aggregate.replaceAll('_', '-')}.md`);

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const table of WORKFLOWS) {
    writeFileSync(workflowDocPath(table.aggregate), workflowDoc(table));
    console.log(`wrote ${workflowDocPath(table.aggregate)}`);
  }
}
