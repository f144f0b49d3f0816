// A closed-loop HTTP load client for the steady state: N keep-alive connections are
// opened and warmed first, and only requests sent after that are timed. Run as its
// own process by bench/lib.ts (runSteady); prints one JSON line.
//
// Why beside wrk: a single-threaded Node server admits a burst of new connections
// about one per event-loop turn, and each turn serves every request already in; so
// wrk's 20 fresh connections reach the server over the first second or two and their
// first requests wait that long. Over a short run those ~20 requests are more than
// 1 % of the samples and become wrk's p99. Browsers keep their connections open, so
// both figures are reported: wrk's (with the burst) and this one (without it).
import http from 'node:http';

const [url, cookie, seconds, connections, warmup] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });

function get(): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: cookie ? { cookie } : {} }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

async function loop(ms: number, timings: number[] | null, errors: { n: number }) {
  const end = performance.now() + ms;
  await Promise.all(
    Array.from({ length: Number(connections) }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const status = await get().catch(() => 0);
        if (status !== 200) errors.n++;
        timings?.push(performance.now() - t);
      }
    }),
  );
}

const errors = { n: 0 };
await loop(Number(warmup) * 1000, null, { n: 0 });
const timings: number[] = [];
const started = performance.now();
await loop(Number(seconds) * 1000, timings, errors);
const elapsed = (performance.now() - started) / 1000;
timings.sort((a, b) => a - b);
const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(timings.length * q))];
agent.destroy();
console.log(
  JSON.stringify({
    rps: timings.length / elapsed,
    p50ms: at(0.5),
    p99ms: at(0.99),
    requests: timings.length,
    errors: errors.n,
  }),
);
