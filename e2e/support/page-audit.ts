// What the walk checks on every page it opens: boxes past the screen's edge, axe's
// serious and critical findings, and raw codes in what a person reads. Runs in the
// page; each finding is a short stable string so that runs can be compared.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { VOCABULARIES } from '../../src/shared/vocabulary.ts';

export interface Finding {
  kind: 'overflow' | 'axe' | 'raw-code';
  detail: string;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** File endings that make a dotted word a file name, not an event code. */
const FILE_ENDINGS = [
  'pdf',
  'xlsx',
  'xls',
  'csv',
  'png',
  'jpg',
  'jpeg',
  'webp',
  'docx',
  'doc',
  'json',
  'zip',
];

/**
 * The raw-code patterns, built from every vocabulary of src/shared (not a list kept
 * by hand) plus the shapes of ids: dotted event codes, UUIDs, unit ids, ISO dates.
 * Ids that are also ordinary words (`xa`, `tinh`, `ok`) are left out; in English,
 * ids that are plain lowercase English words (`active`) are too, since English
 * prose uses them.
 */
export function rawCodePatterns(lang: 'vi' | 'en'): { name: string; source: string; flags: string }[] {
  const ids = new Set<string>();
  for (const v of VOCABULARIES)
    for (const id of v.ids) {
      if (v.terms[id]?.plainWord || id.length < 2 || id.includes('.')) continue;
      if (lang === 'en' && /^[a-z]+$/.test(id)) continue;
      ids.add(id);
    }
  const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = [...ids].sort((a, b) => b.length - a.length).map(escapeRe);
  return [
    {
      name: 'enum id',
      source: `(?<![\\p{L}\\p{N}_.@/-])(?:${words.join('|')})(?![\\p{L}\\p{N}_@/-])`,
      flags: 'gu',
    },
    {
      name: 'event code',
      source: `(?<![\\p{L}\\p{N}_.@/-])[a-z]+(?:_[a-z]+)*\\.(?!(?:${FILE_ENDINGS.join('|')})\\b)[a-z]+(?:_[a-z]+)*(?![\\p{L}\\p{N}_.@/-])`,
      flags: 'gu',
    },
    {
      name: 'uuid',
      source: '\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b',
      flags: 'gi',
    },
    { name: 'unit id', source: '\\bvn-[23]tier(?:-\\d{4})?:\\d+\\b', flags: 'g' },
    { name: 'ISO date', source: '\\b\\d{4}-\\d{2}-\\d{2}\\b', flags: 'g' },
  ];
}

/** Boxes past the edges and raw codes in visible text and accessible names. */
async function inPageChecks(page: Page, lang: 'vi' | 'en'): Promise<Finding[]> {
  // the test runner's compiler names inner functions through a helper the page lacks
  await page.evaluate('window.__name = window.__name || ((f) => f)');
  return page.evaluate((patterns) => {
    const out: { kind: 'overflow' | 'raw-code'; detail: string }[] = [];
    const vw = document.documentElement.clientWidth;
    const describe = (el: Element) => {
      const id = el.getAttribute('data-testid') ?? el.getAttribute('data-nav') ?? el.id;
      const text = (el as HTMLElement).innerText?.trim().replace(/\s+/g, ' ').slice(0, 40) ?? '';
      return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${text ? ` "${text}"` : ''}`;
    };
    const reported: Element[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.display === 'none') continue;
      if (r.right <= vw + 1 && r.left >= -1) continue;
      if (reported.some((p) => p.contains(el))) continue;
      reported.push(el);
      out.push({
        kind: 'overflow',
        detail: `${describe(el)} ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`,
      });
    }
    const texts = [document.body.innerText];
    for (const el of Array.from(document.querySelectorAll('[aria-label],[title],[placeholder]'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) texts.push(v);
      }
    }
    const seen = new Set<string>();
    for (const p of patterns) {
      const re = new RegExp(p.source, p.flags);
      for (const text of texts)
        for (const m of text.matchAll(re)) {
          const key = `${p.name}: ${m[0]}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const start = Math.max(0, (m.index ?? 0) - 25);
          const context = text.slice(start, (m.index ?? 0) + m[0].length + 25).replace(/\s+/g, ' ');
          out.push({ kind: 'raw-code', detail: `${key} (in "${context}")` });
        }
    }
    return out;
  }, rawCodePatterns(lang));
}

async function axeFindings(page: Page): Promise<Finding[]> {
  // evaluated through the driver, so the page's Content-Security-Policy stays as it is
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
    };
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.slice(0, 3).map((n) => String(n.target[0])),
      }));
  });
  return violations.map((v) => ({ kind: 'axe', detail: `${v.id} (${v.impact}): ${v.targets.join(', ')}` }));
}

export async function auditPage(page: Page, lang: 'vi' | 'en', withAxe: boolean): Promise<Finding[]> {
  const found = await inPageChecks(page, lang);
  if (withAxe) found.push(...(await axeFindings(page)));
  return found;
}
