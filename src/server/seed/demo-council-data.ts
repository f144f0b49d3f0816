// The Thanh Hóa council of the demo world: its members (each an account printed with the
// other demo logins), the two producers that file for the first time in the demo and
// the product added for the open session, and the two sessions — one closed, decided
// and published, one still scoring with one member's sheet waiting. `sheetTowards`
// gives each member's answers: near a total the council should reach, each member
// lowering other criteria, never more than one level below the best (so the council's
// level-gap rule stays quiet) unless the member is the one meant to diverge.

/** The demo council's id: the demo council accounts are granted on it before it is set up. */
export const DEMO_COUNCIL_ID = '0c0c0c0c-0000-4000-8000-000000000001';
import type { MemberPosition } from '../../domain/councils/council-rules.ts';
import type { RubricSet } from '../../domain/rubric/pack.ts';
import type { SetRules } from '../../domain/rubric/rules.ts';
import {
  type Answers,
  type Facts,
  optionRank,
  scorableCriteria,
  scoreSheet,
} from '../../domain/scoring/score.ts';
import type { DemoProduct } from './demo-data.ts';

export const DEMO_COUNCIL = {
  provinceLogin: 'tinh.thanhhoa@demo.ocop.vn',
  name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thanh Hóa',
  establishedBy: '1520/QĐ-UBND',
  /** established on this day of the year before the seeding */
  establishedOnDay: '03-16',
} as const;

export interface DemoCouncilMember {
  email: string;
  fullName: string;
  position: MemberPosition;
  agency: string;
}

/** The council in seat order; hoidong@ already exists among the officers (DEMO_OFFICERS). */
export const DEMO_COUNCIL_MEMBERS: DemoCouncilMember[] = [
  {
    email: 'hd.chutich@demo.ocop.vn',
    fullName: 'Nguyễn Hữu Phong',
    position: 'chair',
    agency: 'Văn phòng UBND tỉnh',
  },
  {
    email: 'hd.phochutich@demo.ocop.vn',
    fullName: 'Trịnh Thị Minh Ngọc',
    position: 'viceChair',
    agency: 'Sở Nông nghiệp và Môi trường',
  },
  { email: 'hoidong@demo.ocop.vn', fullName: 'Mai Thị Hội', position: 'member', agency: 'Sở Y tế' },
  {
    email: 'hd.congthuong@demo.ocop.vn',
    fullName: 'Lê Quang Huy',
    position: 'member',
    agency: 'Sở Công Thương',
  },
  {
    email: 'hd.khcn@demo.ocop.vn',
    fullName: 'Hoàng Thị Thu Hà',
    position: 'member',
    agency: 'Sở Khoa học và Công nghệ',
  },
  {
    email: 'hd.thuky@demo.ocop.vn',
    fullName: 'Phạm Văn Lực',
    position: 'secretary',
    agency: 'Văn phòng Điều phối nông thôn mới',
  },
];

/** The accounts the council seeding adds (hoidong@ is an officer of the demo already). */
export const DEMO_COUNCIL_ACCOUNTS = DEMO_COUNCIL_MEMBERS.filter((m) => m.email !== 'hoidong@demo.ocop.vn');

/** Producers without a login in the demo data that file a dossier here, by producer name. */
export const DEMO_PRODUCER_LOGINS: Record<string, string> = {
  'Hộ kinh doanh Bánh gai Tứ Trụ': 'hkd.banhgai@demo.ocop.vn',
  'Hợp tác xã Chè lam Phủ Quảng': 'htx.chelam@demo.ocop.vn',
};

/** Products registered beside the demo data's, by producer name. */
export const DEMO_EXTRA_PRODUCTS: Record<string, DemoProduct[]> = {
  'Hợp tác xã Chè lam Phủ Quảng': [
    {
      name: 'Kẹo lạc Phủ Quảng',
      set: 6,
      stars: null,
      description: 'Kẹo lạc mật mía vừng đen, cắt thanh, gói giấy bóng kính; hộp 300 g.',
    },
  ],
};

export interface DemoSessionItem {
  product: string;
  /** the total the members aim near, and the fewest stars their sheets keep */
  target: number;
  stars: 3 | 4 | 5;
  /** a member (by e-mail) who first scores well below the others and re-scores once */
  diverges?: string;
  /** after closing: recognised by the province's decision, or proposed to the centre for 5★ */
  after: 'decision' | 'forwardToCentre' | null;
}

export interface DemoSession {
  title: (year: number) => string;
  place: string;
  status: 'closed' | 'scoring';
  items: DemoSessionItem[];
  /** scoring members who have not sent their sheet (open session only) */
  waitingFor: string[];
}

export const DEMO_SESSIONS: DemoSession[] = [
  {
    title: (year) => `Phiên họp đợt 1 năm ${year}`,
    place: 'Phòng họp tầng 3, Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa',
    status: 'closed',
    items: [
      {
        product: 'Nem chua Thanh Hóa',
        target: 93,
        stars: 5,
        after: 'forwardToCentre',
      },
      {
        product: 'Chè lam Phủ Quảng',
        target: 78,
        stars: 4,
        diverges: 'hd.congthuong@demo.ocop.vn',
        after: 'decision',
      },
      { product: 'Bánh gai Tứ Trụ', target: 63, stars: 3, after: 'decision' },
    ],
    waitingFor: [],
  },
  {
    title: (year) => `Phiên họp đợt 2 năm ${year}`,
    place: 'Hội trường Văn phòng Điều phối nông thôn mới tỉnh Thanh Hóa',
    status: 'scoring',
    items: [{ product: 'Kẹo lạc Phủ Quảng', target: 74, stars: 4, after: null }],
    waitingFor: ['hoidong@demo.ocop.vn'],
  },
];

export const DEMO_DECISION = {
  title: (year: number) =>
    `Về việc công nhận sản phẩm đạt tiêu chuẩn OCOP tỉnh Thanh Hóa năm ${year} (đợt 1)`,
  number: '1234/QĐ-UBND',
  signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  signerName: 'Lê Văn Tuấn',
};

/**
 * A member's answers near `target` points: from the best option of every criterion, the
 * criteria (taken from `shift` on) step down one level while the total stays above the
 * target and the sheet keeps `stars`; `depth` 2 lets a divergent member go two levels down.
 */
export function sheetTowards(
  set: RubricSet,
  rules: SetRules,
  facts: Facts,
  goal: { target: number; stars: number; shift: number; depth?: 1 | 2 },
): Answers {
  const criteria = scorableCriteria(set).map(({ criterion: c }) => ({
    code: c.code,
    ranked: c.options.map((o) => o.position).sort((a, b) => optionRank(c, a) - optionRank(c, b)),
  }));
  const answers: Answers = Object.fromEntries(criteria.map((c) => [c.code, c.ranked.at(-1) ?? 0]));
  const depth = new Map(criteria.map((c) => [c.code, 0]));
  const score = () => scoreSheet(set, answers, facts, rules);
  const n = criteria.length;
  for (let level = 1; level <= (goal.depth ?? 1); level++)
    for (let i = 0; i < n; i++) {
      if (score().total <= goal.target) return answers;
      const c = criteria[(goal.shift + i) % n];
      const down = c.ranked.at(-1 - level);
      if (down === undefined || depth.get(c.code) !== level - 1) continue;
      const was = answers[c.code];
      answers[c.code] = down;
      const r = score();
      if (r.stars < goal.stars || r.total < goal.target - 2) answers[c.code] = was;
      else depth.set(c.code, level);
    }
  return answers;
}
