// The diagrams in docs/workflows/ are drawn from the tables; this fails when a
// table changed and `npm run docs:workflows` was not run (or a file was edited by hand).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { workflowDoc } from '../../src/domain/workflow/mermaid.ts';
import { WORKFLOWS } from '../../src/domain/workflow/tables.ts';
import { workflowDocPath } from '../../scripts/workflows/write-docs.ts';

describe('docs/workflows', () => {
  for (const table of WORKFLOWS) {
    it(`${workflowDocPath(table.aggregate)} is the drawing of the ${table.aggregate} table`, () => {
      const path = workflowDocPath(table.aggregate);
      assert.ok(existsSync(path), `${path} is missing: run npm run docs:workflows`);
      assert.equal(
        readFileSync(path, 'utf8'),
        workflowDoc(table),
        `${path} is stale: run npm run docs:workflows`,
      );
    });
  }
});
