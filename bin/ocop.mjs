#!/usr/bin/env node
// The `ocop` operator command. TypeScript sources run through tsx (no build step).
import { register } from 'tsx/esm/api';

register();
// `ocop … | head` closes the pipe early: that is not an error
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
