// The rubric versions shipped with the platform: resources/rubrics/<id>.json (as
// printed) and resources/rubrics/rules/<id>.rules.json (the curated overlay).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRubricFile } from '../../../domain/rubric/pack-schema.ts';
import type { RubricPack } from '../../../domain/rubric/pack.ts';
import type { RulesOverlay } from '../../../domain/rubric/rules.ts';

export const RUBRIC_DIR = fileURLToPath(new URL('../../../../resources/rubrics/', import.meta.url));

export interface RubricBundle {
  pack: RubricPack;
  rules: RulesOverlay | null;
}

export function readJsonFile(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function shippedRubrics(): RubricBundle[] {
  return readdirSync(RUBRIC_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const id = file.slice(0, -5);
      let rules: unknown = null;
      try {
        rules = readJsonFile(`${RUBRIC_DIR}rules/${id}.rules.json`);
      } catch {
        rules = null;
      }
      const parsed = parseRubricFile(readJsonFile(`${RUBRIC_DIR}${file}`), rules);
      if (!parsed.ok) throw new Error(`shipped rubric ${file} is not valid: ${parsed.problems.join('; ')}`);
      return { pack: parsed.pack, rules: parsed.rules };
    });
}
