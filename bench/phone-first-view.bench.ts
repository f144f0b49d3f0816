// First view of the product list on a cheap phone: a provincial officer, already
// signed in, opens /app/san-pham with an empty cache on an emulated phone (390×844,
// CPU 4× slower, 1.6 Mb/s down, 750 kb/s up, 150 ms latency, over CDP) in Debian's
// Chromium. Timed from the navigation's start to the frame after the first rows of
// the list are in the page. The floor, from the same server under the same emulation
// and in alternation with it: an empty HTML page through the same static handler.
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { apiLogin, startServer } from '../e2e/support/server.ts';
import { ROOT } from './lib.ts';

export interface PhoneFirstViewBench {
  runs: number;
  officer: string;
  listMedianMs: number;
  listMaxMs: number;
  listMs: number[];
  floorMedianMs: number;
  floorMaxMs: number;
  floorMs: number[];
  /** bytes over the wire (as encoded) for one first view, and requests made */
  listBytes: number;
  listRequests: number;
  /** what one first view fetched: path and bytes over the wire */
  listTransfers: { path: string; bytes: number; encoding: string | null }[];
}

export const PHONE = {
  viewport: { width: 390, height: 844 },
  cpuSlowdown: 4,
  downKbps: 1600,
  upKbps: 750,
  latencyMs: 150,
};

const OFFICER = 'tinh.thanhhoa@demo.ocop.vn';
const FLOOR_FILE = 'bench-floor.html';
// a row of the list: a card on a phone, a table row on a desk
const ROWS = 'main [data-testid=card-list] > li, main table tbody tr td a';

// Records, in the page, the frame after the first element matching the selector appears.
const observeFirst = (selector: string) => `(() => {
  const seen = () => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (!el || el.getClientRects().length === 0) return false;
    requestAnimationFrame(() => { window.__firstView = performance.now(); });
    return true;
  };
  const obs = new MutationObserver(() => { if (seen()) obs.disconnect(); });
  obs.observe(document, { childList: true, subtree: true });
})();`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One navigation in a fresh context (an empty cache) under the phone's emulation. */
async function timeFirstView(
  browser: Browser,
  url: string,
  selector: string,
  cookie?: { name: string; value: string; url: string },
): Promise<{
  ms: number;
  bytes: number;
  requests: number;
  transfers: { path: string; bytes: number; encoding: string | null }[];
}> {
  const context: BrowserContext = await browser.newContext({
    viewport: PHONE.viewport,
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });
  try {
    if (cookie) await context.addCookies([cookie]);
    const page = await context.newPage();
    await page.addInitScript(observeFirst(selector));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: (PHONE.downKbps * 1000) / 8,
      uploadThroughput: (PHONE.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    const paths = new Map<string, string>();
    const encodings = new Map<string, string | null>();
    const transfers: { path: string; bytes: number; encoding: string | null }[] = [];
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => {
      paths.set(e.requestId, new URL(e.request.url).pathname);
    });
    cdp.on(
      'Network.responseReceived',
      (e: { requestId: string; response: { headers: Record<string, string> } }) => {
        const h = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding');
        encodings.set(e.requestId, h?.[1] ?? null);
      },
    );
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      transfers.push({
        path: paths.get(e.requestId) ?? '?',
        bytes: e.encodedDataLength,
        encoding: encodings.get(e.requestId) ?? null,
      });
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as { __firstView?: number }).__firstView !== undefined, null, {
      timeout: 60_000,
      polling: 50,
    });
    const ms = await page.evaluate(() => (window as unknown as { __firstView: number }).__firstView);
    const bytes = transfers.reduce((sum, t) => sum + t.bytes, 0);
    return { ms, bytes, requests: transfers.length, transfers };
  } finally {
    await context.close();
  }
}

export async function benchPhoneFirstView(runs = 7): Promise<PhoneFirstViewBench> {
  const server = await startServer();
  const browser = await launchBrowser();
  const floorPath = join(ROOT, 'dist', 'web', FLOOR_FILE);
  try {
    // written after start-up, which may rebuild (and empty) dist/web
    writeFileSync(floorPath, '<!doctype html><html lang="vi"><title>.</title><p id="floor">.</p></html>\n');
    const { cookie } = await apiLogin(server.url, OFFICER, 'ocop2026demo');
    const [name, value] = [cookie.slice(0, cookie.indexOf('=')), cookie.slice(cookie.indexOf('=') + 1)];
    const session = { name, value, url: server.url };
    // one unmeasured view warms the server (its first list query, the page cache of the database)
    await timeFirstView(browser, `${server.url}/app/san-pham`, ROWS, session);
    const list: number[] = [];
    const floor: number[] = [];
    let last = {
      bytes: 0,
      requests: 0,
      transfers: [] as { path: string; bytes: number; encoding: string | null }[],
    };
    for (let i = 0; i < runs; i++) {
      floor.push((await timeFirstView(browser, `${server.url}/${FLOOR_FILE}`, '#floor')).ms);
      const r = await timeFirstView(browser, `${server.url}/app/san-pham`, ROWS, session);
      list.push(r.ms);
      last = r;
    }
    return {
      runs,
      officer: OFFICER,
      listMedianMs: median(list),
      listMaxMs: Math.max(...list),
      listMs: list,
      floorMedianMs: median(floor),
      floorMaxMs: Math.max(...floor),
      floorMs: floor,
      listBytes: last.bytes,
      listRequests: last.requests,
      listTransfers: last.transfers,
    };
  } finally {
    rmSync(floorPath, { force: true });
    await browser.close();
    await server.stop();
  }
}
