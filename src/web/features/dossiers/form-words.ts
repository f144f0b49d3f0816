// The words of the producer's forms (Mẫu 01, Mẫu 02 parts I, II, IV, the samples)
// field by field, and of what a dossier still lacks (src/domain/dossiers/
// dossier-content.ts, dossierGaps): a gap names its item from the shared vocabulary
// and its field or paper in these words, never by its code.
import type { GapCode } from '../../../domain/dossiers/dossier-content.ts';
import type { DossierView } from '../../../shared/contracts/dossiers.ts';
import { termOf, V } from '../../../shared/vocabulary.ts';
import type { Lang } from '../../lib/i18n.tsx';

type Words = { vi: string; en: string };

export const FIELD_WORDS = {
  representative: { vi: 'Người đại diện', en: 'Representative' },
  title: { vi: 'Chức vụ', en: 'Title' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Email', en: 'Email' },
  commitment: {
    vi: 'Chủ thể cam kết những thông tin kê khai là đúng sự thật',
    en: 'The producer affirms that what it declares is true',
  },
  foundedYear: { vi: 'Năm thành lập', en: 'Year founded' },
  members: { vi: 'Số thành viên, chủ sở hữu', en: 'Members or owners' },
  workers: { vi: 'Số lao động', en: 'Workers' },
  facilities: { vi: 'Cơ sở vật chất, nhà xưởng, thiết bị', en: 'Premises and equipment' },
  productDescription: { vi: 'Mô tả sản phẩm', en: 'Product description' },
  rawMaterials: { vi: 'Nguồn nguyên liệu', en: 'Raw materials and their source' },
  process: { vi: 'Quy trình sản xuất', en: 'Production process' },
  year: { vi: 'Năm', en: 'Year' },
  output: { vi: 'Sản lượng', en: 'Output' },
  revenue: { vi: 'Doanh thu (triệu đồng)', en: 'Revenue (million đồng)' },
  profit: { vi: 'Lợi nhuận (triệu đồng)', en: 'Profit (million đồng)' },
  goals: { vi: 'Mục tiêu phát triển sản phẩm', en: 'Goals for the product' },
  markets: { vi: 'Thị trường', en: 'Markets' },
  investments: { vi: 'Kế hoạch đầu tư', en: 'Investments planned' },
  count: { vi: 'Số mẫu đã giao', en: 'Samples handed over' },
  handedOverOn: { vi: 'Ngày giao mẫu', en: 'Handed over on' },
  receivedBy: { vi: 'Nơi, người nhận mẫu', en: 'Received by' },
} satisfies Record<string, Words>;
export type FieldName = keyof typeof FIELD_WORDS;

const GAP_WORDS: Record<GapCode, Words> = {
  missing: { vi: 'chưa có', en: 'missing' },
  incomplete: { vi: 'chưa điền', en: 'not filled in' },
  notFinal: { vi: 'phiếu tự đánh giá chưa hoàn tất', en: 'the self-assessment is not finalised' },
  expired: { vi: 'giấy tờ đã hết hạn', en: 'a paper has expired' },
  noRegistration: {
    vi: 'chưa có giấy đăng ký kinh doanh còn hiệu lực',
    en: 'no business registration in force',
  },
  tooFewSamples: { vi: 'chưa đủ 5 mẫu sản phẩm', en: 'fewer than 5 samples' },
  samplesNotForTourism: {
    vi: 'sản phẩm du lịch cộng đồng không giao mẫu',
    en: 'community tourism hands over no samples',
  },
};

/** A field or paper a gap names: a form's field, or a paper's kind with its number ("food_safety 02/2026"). */
function fieldWords(field: string, lang: Lang): string {
  if (field in FIELD_WORDS) return FIELD_WORDS[field as FieldName][lang];
  const [kind, ...number] = field.split(' ');
  return [termOf(V.documentKind, kind, lang), ...number].join(' ');
}

/** "Phiếu đăng ký (Mẫu 01): chưa điền — Chức vụ" */
export function gapText(gap: DossierView['gaps'][number], lang: Lang): string {
  const item = termOf(V.dossierItem, gap.item, lang);
  const code = GAP_WORDS[gap.code as GapCode]?.[lang] ?? gap.code;
  if (gap.code === 'noRegistration' || !gap.field) return `${item}: ${code}`;
  return `${item}: ${code} — ${fieldWords(gap.field, lang)}`;
}
