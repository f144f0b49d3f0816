// Builds the test templates: `prepare.ts pglite` and/or `prepare.ts postgres`
// (the latter needs TEST_PG_URL pointing at a server where we may create databases).
import { buildPgliteTemplate, buildPostgresTemplate } from './templates.ts';

// no argument: the embedded engine's template, which needs no server
const targets = process.argv.length > 2 ? process.argv.slice(2) : ['pglite'];
const started = Date.now();
if (targets.includes('pglite')) await buildPgliteTemplate();
if (targets.includes('postgres')) {
  const url = process.env.TEST_PG_URL;
  if (!url) throw new Error('TEST_PG_URL is not set');
  await buildPostgresTemplate(url);
}
console.log(`test templates ready (${targets.join(', ')}) in ${Date.now() - started} ms`);
