// Answers as people write them, checked before scoring: one printed position per
// criterion. Two options for one criterion, or options from both alternative cases
// ("Trường hợp 1/2"), are refused naming the criterion, never read as a silent zero.
import type { RubricSet } from '../rubric/pack.ts';
import { compileSet } from './compile.ts';
import { ScoringError, type Answers, type Facts } from './score.ts';

export function readAnswers(set: RubricSet, raw: unknown): Answers {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new ScoringError('NOT_AN_OBJECT', '', 'answers must be an object {"<criterion code>": <position>}');
  const compiled = compileSet(set);
  const out: Answers = {};
  for (const [code, value] of Object.entries(raw as Record<string, unknown>)) {
    const positions = Array.isArray(value) ? value : [value];
    if (positions.some((p) => typeof p !== 'number' || !Number.isInteger(p))) {
      throw new ScoringError(
        'NOT_A_POSITION',
        code,
        `criterion ${code}: the answer must be a whole number (the option's printed position, 0 = none); got ${JSON.stringify(value)}`,
      );
    }
    const chosen = [...new Set(positions as number[])].filter((p) => p !== 0);
    if (chosen.length > 1) {
      const entry = compiled.byCode.get(code);
      const cases = new Set(
        chosen.map((p) => entry?.c.options.find((o) => o.position === p)?.alternativeCase).filter(Boolean),
      );
      if (cases.size > 1)
        throw new ScoringError(
          'BOTH_CASES',
          code,
          `criterion ${code}: options ${chosen.join(', ')} come from both alternative cases; choose one case, then one option in it`,
        );
      throw new ScoringError(
        'TWO_OPTIONS',
        code,
        `criterion ${code}: ${chosen.length} options chosen (${chosen.join(', ')}); choose one`,
      );
    }
    // defined, not assigned: a key "__proto__" stays a key and is refused as an unknown criterion
    Object.defineProperty(out, code, {
      value: chosen[0] ?? 0,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

export function readFacts(raw: unknown): Facts {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new ScoringError(
      'NOT_AN_OBJECT',
      '',
      'facts must be an object {"knockOuts": [...], "hasStory": true}',
    );
  const { knockOuts, hasStory } = raw as Record<string, unknown>;
  if (knockOuts !== undefined && (!Array.isArray(knockOuts) || knockOuts.some((k) => typeof k !== 'string')))
    throw new ScoringError(
      'NOT_AN_OBJECT',
      '',
      'facts.knockOuts must be a list of criterion codes or rule ids',
    );
  if (hasStory !== undefined && typeof hasStory !== 'boolean')
    throw new ScoringError('NOT_AN_OBJECT', '', 'facts.hasStory must be true or false');
  return {
    ...(knockOuts ? { knockOuts: knockOuts as string[] } : {}),
    ...(hasStory !== undefined ? { hasStory } : {}),
  };
}

/**
 * Keys written twice in one JSON object ({"1.1": 2, "1.1": 3}): JSON.parse keeps
 * the last silently, so answer files are scanned first. Returns the repeated keys.
 */
export function duplicateJsonKeys(text: string): string[] {
  const found = new Set<string>();
  const stack: { keys: Set<string>; object: boolean }[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      let s: string;
      try {
        s = JSON.parse(text.slice(i, j + 1)) as string; // decodes \n, \u0031… as JSON.parse will
      } catch {
        s = text.slice(i + 1, j);
      }
      const top = stack.at(-1);
      if (top?.object && expectKey) {
        if (top.keys.has(s)) found.add(s);
        top.keys.add(s);
        expectKey = false;
      }
      i = j;
    } else if (ch === '{') {
      stack.push({ keys: new Set(), object: true });
      expectKey = true;
    } else if (ch === '[') {
      stack.push({ keys: new Set(), object: false });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectKey = false;
    } else if (ch === ',') expectKey = stack.at(-1)?.object ?? false;
  }
  return [...found];
}
