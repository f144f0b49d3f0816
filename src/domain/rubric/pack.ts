// The normalised rubric pack: one file per rubric version (resources/rubrics),
// kept as printed. Positions follow the printed order; for alternative cases they
// count across both cases; a yes/no criterion printed without options gets two
// synthetic ones (1 = Không, 0 points; 2 = Có, full points). Position 0 of any
// criterion means "meets none of the options".
export type StarLevel = 3 | 4 | 5;

export interface RubricOption {
  position: number;
  text: string;
  /** null where the printed cell is blank */
  points: number | null;
  minStar: StarLevel | null;
  /** alternative case (1 or 2) in criteria that print "Trường hợp 1/2" */
  alternativeCase?: 1 | 2;
  synthetic?: true;
}

export interface RubricCriterion {
  code: string;
  /** the code as printed, when the pack derives codes (QĐ 148 prints none) */
  printedLabel?: string;
  title: string;
  maxPoints: number | null;
  kind: 'options' | 'binary' | 'group';
  /** code of the group a sub-criterion belongs to (6.1.1 → 6.1) */
  parent?: string;
  /** a marker printed on the criterion itself (QĐ 148: intellectual property ★4) */
  minStar?: StarLevel | null;
  notes: string[];
  options: RubricOption[];
}

export interface RubricSection {
  code: string;
  title: string;
  maxPoints: number;
  notes: string[];
  criteria: RubricCriterion[];
}
export interface RubricPart {
  code: 'A' | 'B' | 'C';
  title: string;
  maxPoints: number;
  sections: RubricSection[];
}

export interface RubricSet {
  no: number;
  name: string;
  nameEn?: string;
  disqualification?: string | null;
  starNote?: string | null;
  total: number;
  parts: RubricPart[];
}

export interface RubricPack {
  id: string;
  title: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** false until checked against the official text */
  verified: boolean;
  derivedCodes: boolean;
  partCaps: Record<'A' | 'B' | 'C', number>;
  source: {
    title: string;
    url: string | null;
    provenance: string;
    knownAnomalies: { set: string; criterion: string; issue: string }[];
  };
  sets: RubricSet[];
}
