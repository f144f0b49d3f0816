// Scoring is pure and cheap: sheets scored per second on pre-compiled sets (one
// core), the explanation (advice) measured apart, and on the self-assessment page
// the time from a click on an option to the updated star, in Debian's Chromium.
// Ceilings from the same run: a bare loop summing the same option points (the
// arithmetic floor of a sheet), and an empty click that only sets an attribute.
import { readFileSync } from 'node:fs';
import { launchBrowser, signIn } from '../e2e/support/browser.ts';
import { startServer } from '../e2e/support/server.ts';
import type { RubricPack } from '../src/domain/rubric/pack.ts';
import { rulesForSet, type RulesOverlay } from '../src/domain/rubric/rules.ts';
import { adviseNextStar } from '../src/domain/scoring/advice.ts';
import { compileSet, scoreSheet, type Answers } from '../src/domain/scoring/score.ts';
import { ROOT } from './lib.ts';

export interface ScoringBench {
  sheets: number;
  scoredPerSecond: number;
  advisedPerSecond: number;
  ceilingPerSecond: number;
}

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function benchScoring(seconds = 3): ScoringBench {
  const pack = JSON.parse(readFileSync(`${ROOT}resources/rubrics/qd26-2026.json`, 'utf8')) as RubricPack;
  const overlay = JSON.parse(
    readFileSync(`${ROOT}resources/rubrics/rules/qd26-2026.rules.json`, 'utf8'),
  ) as RulesOverlay;
  const next = random(26);
  const cases = Array.from({ length: 5_000 }, () => {
    const set = pack.sets[Math.floor(next() * pack.sets.length)];
    const compiled = compileSet(set);
    const answers: Answers = {};
    for (const x of compiled.criteria) answers[x.code] = Math.floor(next() * (x.c.options.length + 1));
    return { set, answers, rules: rulesForSet(overlay, set.no), compiled };
  });
  const run = (work: (c: (typeof cases)[number]) => unknown) => {
    let n = 0;
    let sink = 0;
    const until = performance.now() + seconds * 1000;
    while (performance.now() < until) {
      for (let i = 0; i < 1_000; i++) sink += Number(Boolean(work(cases[(n + i) % cases.length])));
      n += 1_000;
    }
    return { perSecond: n / seconds, sink };
  };
  const scored = run((c) => scoreSheet(c.set, c.answers, {}, c.rules).stars);
  const advised = run((c) => adviseNextStar(c.set, c.answers, {}, c.rules).steps.length + 1);
  // the floor: look up and add each chosen option's points, nothing else
  const ceiling = run((c) => {
    let t = 0;
    for (const x of c.compiled.criteria) t += x.points[c.answers[x.code]];
    return t + 1;
  });
  return {
    sheets: cases.length,
    scoredPerSecond: scored.perSecond,
    advisedPerSecond: advised.perSecond,
    ceilingPerSecond: ceiling.perSecond,
  };
}

export interface ClickBench {
  clicks: number;
  p50ms: number;
  p95ms: number;
  maxMs: number;
  frameP50ms: number;
  floorP50ms: number;
  floorFrameP50ms: number;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

export async function benchClickToStar(clicks = 60): Promise<ClickBench> {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'htx.nemchua@demo.ocop.vn');
    await page.locator('[data-nav=selfAssessments]').click();
    // the demo draft (the sheets of dossiers already filed are final)
    await page
      .locator('main :is(tr, li)')
      .filter({ hasText: 'Bản nháp' })
      .locator('a[href^="/app/tu-danh-gia/"]')
      .first()
      .click();
    await page.getByTestId('score-summary').waitFor();
    // tsx names inner functions with a __name helper that the page does not have
    await page.evaluate('window.__name = (f) => f');
    // alternate each criterion between its best option and none: the total (and often the star) changes every click
    const samples = await page.evaluate(async (count) => {
      const summary = document.querySelector('[data-testid=score-summary]')!;
      const radios = [...document.querySelectorAll<HTMLInputElement>('fieldset[data-criterion]')]
        .map((f) => {
          const r = [...f.querySelectorAll<HTMLInputElement>('input[type=radio]:not([disabled])')];
          return { best: r[r.length - 2], none: r[r.length - 1] };
        })
        .filter((r) => r.best && r.none);
      const measure = (target: HTMLElement, observed: Element) =>
        new Promise<{ dom: number; frame: number }>((resolve) => {
          let t0 = 0;
          const obs = new MutationObserver(() => {
            obs.disconnect();
            const dom = performance.now() - t0;
            requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
          });
          obs.observe(observed, { subtree: true, childList: true, characterData: true, attributes: true });
          t0 = performance.now();
          target.click();
        });
      const out: { dom: number; frame: number }[] = [];
      for (let i = 0; i < count; i++) {
        const r = radios[i % radios.length];
        out.push(await measure(r.best.checked ? r.none : r.best, summary));
      }
      // the floor: a click whose handler only sets an attribute
      const probe = document.createElement('button');
      probe.onclick = () => probe.setAttribute('data-n', String(Math.random()));
      document.body.append(probe);
      const floor: { dom: number; frame: number }[] = [];
      for (let i = 0; i < count; i++) floor.push(await measure(probe, probe));
      return { out, floor };
    }, clicks);
    const dom = samples.out.map((s) => s.dom);
    return {
      clicks,
      p50ms: pct(dom, 50),
      p95ms: pct(dom, 95),
      maxMs: Math.max(...dom),
      frameP50ms: pct(
        samples.out.map((s) => s.frame),
        50,
      ),
      floorP50ms: pct(
        samples.floor.map((s) => s.dom),
        50,
      ),
      floorFrameP50ms: pct(
        samples.floor.map((s) => s.frame),
        50,
      ),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
