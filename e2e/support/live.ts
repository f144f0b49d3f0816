// One real server and one Chromium per test file: started before its tests, stopped after.
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

export function liveServerAndBrowser(): { server: RunningServer; browser: Browser } {
  const live = {} as { server: RunningServer; browser: Browser };
  before(async () => {
    live.server = await startServer();
    live.browser = await launchBrowser();
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.stop();
  });
  return live;
}
