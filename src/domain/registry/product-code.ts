// Official OCOP product codes. The rule in force (template, when the number is
// assigned, what the sequence counts) is data: resources/rules/product-code-rules.json.
// Codes issued under earlier rules are never rewritten; parseProductCode reads them.
export interface ProductCodeRule {
  id: string;
  effectiveFrom: string;
  template: string;
  seqPad: number;
  assignedAt: 'registration' | 'recognition';
  yearOf: 'registration' | 'recognition';
  sequenceScope: 'commune' | 'commune-year' | 'province';
  verified: boolean;
}

export interface CodeParts {
  /** 2-digit GSO province code */
  province: string;
  /** 5-digit GSO commune code */
  commune: string;
  seq: number;
  year: number;
}

export function ruleInForce(rules: readonly ProductCodeRule[], date: string): ProductCodeRule | null {
  return (
    [...rules]
      .filter((r) => r.effectiveFrom <= date)
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0] ?? null
  );
}

/** The register a sequence number is drawn from, e.g. "38-14758" (per commune). */
export function sequenceScopeKey(rule: ProductCodeRule, parts: Omit<CodeParts, 'seq'>): string {
  switch (rule.sequenceScope) {
    case 'commune':
      return `${parts.province}-${parts.commune}`;
    case 'commune-year':
      return `${parts.province}-${parts.commune}-${parts.year}`;
    case 'province':
      return parts.province;
  }
}

export function formatProductCode(rule: ProductCodeRule, parts: CodeParts): string {
  const seq = String(parts.seq).padStart(rule.seqPad, '0');
  return rule.template
    .replace('{province}', parts.province)
    .replace('{commune}', parts.commune)
    .replace('{seq}', seq)
    .replace('{year}', String(parts.year));
}

export type ParsedCode =
  | { format: 'province-commune-seq-year'; province: string; commune: string; seq: number; year: number }
  | {
      format: 'province-district-commune-seq-year';
      province: string;
      district: string;
      commune: string;
      seq: number;
      year: number;
    }
  | { format: 'unrecognised'; raw: string };

/** Reads a code as printed; unknown shapes are kept as given, never rejected. */
export function parseProductCode(text: string): ParsedCode {
  const raw = text.trim().replace(/\s*-\s*/g, '-');
  let m = /^(\d{2})-(\d{5})-(\d{1,6})-((?:19|20)\d{2})$/.exec(raw);
  if (m)
    return {
      format: 'province-commune-seq-year',
      province: m[1],
      commune: m[2],
      seq: Number(m[3]),
      year: Number(m[4]),
    };
  m = /^(\d{2})-(\d{3})-(\d{5})-(\d{1,6})-((?:19|20)\d{2})$/.exec(raw);
  if (m)
    return {
      format: 'province-district-commune-seq-year',
      province: m[1],
      district: m[2],
      commune: m[3],
      seq: Number(m[4]),
      year: Number(m[5]),
    };
  return { format: 'unrecognised', raw: text.trim() };
}
