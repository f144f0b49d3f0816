// The import-boundary check fails on a forbidden import: each arrow of
// docs/architecture.md shown breaking, the parser reading .ts and .tsx alike, and
// the command itself exiting 1 on a tree that holds one bad import.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { checkEdges, cyclesOf } from '../../scripts/lint/boundaries.ts';
import { importsOf } from '../../scripts/lint/import-graph.ts';

const rulesBroken = (file: string, source: string) => [
  ...new Set(checkEdges(importsOf(file, source)).map((f) => f.rule)),
];

describe('import boundaries', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'the domain reaching the database',
      'src/domain/scoring/x.ts',
      "import { openDatabase } from '../../server/db/client.ts';",
      ['domain-is-pure'],
    ],
    [
      'the domain reading files',
      'src/domain/rubric/x.ts',
      "import { readFileSync } from 'node:fs';",
      ['domain-no-node'],
    ],
    [
      'shared importing the domain',
      'src/shared/contracts/x.ts',
      "import { scoreSheet } from '../../domain/scoring/score.ts';",
      ['shared-is-a-leaf'],
    ],
    [
      'a page importing a server module',
      'src/web/features/x/page.tsx',
      "import { listAssessments } from '../../../server/modules/self-assessment/self-assessment.service.ts';\nexport const P = () => <div />;",
      ['web-stays-in-the-browser'],
    ],
    [
      'a page calling the transport instead of its feature’s fetchers',
      'src/web/features/x/page.tsx',
      "import { api } from '../../lib/api.ts';\nexport const P = () => <div />;",
      ['web-calls-through-fetchers'],
    ],
    [
      'the HTTP layer importing a module',
      'src/server/http/x.ts',
      "import { loadSession } from '../modules/auth/auth.service.ts';",
      ['http-knows-no-module'],
    ],
    [
      'a module reading another module’s repository',
      'src/server/modules/imports/x.ts',
      "import { findUnit } from '../admin-units/admin-units.repository.ts';",
      ['modules-meet-through-services'],
    ],
    [
      'a service importing the HTTP layer',
      'src/server/modules/imports/imports.service.ts',
      "import { requireGrant } from '../../http/session.ts';",
      ['services-not-through-http'],
    ],
    [
      'the CLI reading the schema',
      'src/cli/commands/x.ts',
      "import { adminUnits } from '../../server/db/schema/index.ts';",
      ['cli-through-services'],
    ],
    [
      'core reaching into a module',
      'src/server/core/x.ts',
      "export * from '../modules/audit/audit.service.ts';",
      ['core-and-db-know-no-module'],
    ],
  ];
  for (const [what, file, source, rules] of cases) {
    it(`fails on ${what}`, () => assert.deepEqual(rulesBroken(file, source), rules));
  }
  it('lets the allowed arrows through', () => {
    assert.deepEqual(
      rulesBroken(
        'src/server/modules/imports/x.ts',
        "import { findUnitIn } from '../admin-units/admin-units.service.ts';\nimport { AppError } from '../../core/app-error.ts';\nimport { z } from 'zod';",
      ),
      [],
    );
    assert.deepEqual(
      rulesBroken(
        'src/web/features/x/page.tsx',
        "import { scoreSheet } from '../../../domain/scoring/score.ts';\nimport type { Me } from '../../../shared/contracts/auth.ts';\nexport const P = () => <b />;",
      ),
      [],
    );
    assert.deepEqual(
      rulesBroken(
        'src/domain/scoring/x.test.ts',
        "import { readFileSync } from 'node:fs';\nimport assert from 'node:assert/strict';",
      ),
      [],
    );
    assert.deepEqual(
      rulesBroken(
        'src/server/modules/imports/imports.routes.ts',
        "import { requireGrant } from '../../http/session.ts';",
      ),
      [],
    );
  });
  it('reads dynamic imports and export-from, and tells type-only imports apart', () => {
    const edges = importsOf(
      'src/a/x.ts',
      "import type { A } from './a.ts';\nimport { b, type C } from './b.ts';\nexport * from './c.ts';\nconst d = await import('./d.ts');",
    );
    assert.deepEqual(
      edges.map((e) => [e.to, e.typeOnly]),
      [
        ['src/a/a.ts', true],
        ['src/a/b.ts', false],
        ['src/a/c.ts', false],
        ['src/a/d.ts', false],
      ],
    );
  });
  it('finds import cycles', () => {
    const e = (from: string, to: string) => ({ from, to, typeOnly: false });
    assert.deepEqual(cyclesOf([e('a', 'b'), e('b', 'c'), e('c', 'a'), e('c', 'd')]), [['a', 'b', 'c']]);
  });
  it('the command exits 1 on a tree with one forbidden import, naming it, and 0 once it is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocop-boundaries-'));
    mkdirSync(join(dir, 'src/domain'), { recursive: true });
    mkdirSync(join(dir, 'src/server/db'), { recursive: true });
    mkdirSync(join(dir, 'scripts/lint'), { recursive: true });
    writeFileSync(join(dir, 'scripts/lint/known-boundary-violations.json'), '{ "violations": [] }');
    writeFileSync(join(dir, 'src/server/db/client.ts'), 'export const db = 1;\n');
    writeFileSync(
      join(dir, 'src/domain/rule.ts'),
      "import { db } from '../server/db/client.ts';\nexport const x = db;\n",
    );
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const script = resolve('scripts/lint/boundaries.ts');
    const run = () =>
      spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), script], {
        cwd: dir,
        encoding: 'utf8',
      });
    const bad = run();
    assert.equal(bad.status, 1, bad.stdout + bad.stderr);
    assert.match(bad.stdout, /domain-is-pure: src\/domain\/rule\.ts → src\/server\/db\/client\.ts/);
    writeFileSync(join(dir, 'src/domain/rule.ts'), 'export const x = 1;\n');
    const good = run();
    assert.equal(good.status, 0, good.stdout + good.stderr);
  });
});
