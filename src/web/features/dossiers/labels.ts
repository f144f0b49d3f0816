// Words of the dossier and round screens, Vietnamese first. Stages, kinds, items,
// queues, deadline and paper standings, review kinds and the moves come from the
// shared vocabulary (src/shared/vocabulary-work.ts); the words of the forms' fields
// and of what a dossier lacks are in form-words.ts.
import { roundLabel } from '../../../domain/dossiers/round-label.ts';
import type { Lang } from '../../lib/i18n.tsx';

type Round = { no: number; year: number; kind: 'regular' | 'extra' };

/** "Đợt 2 năm 2027" as the domain names it, "Round 2 of 2027" in English. */
export const roundName = (r: Round, lang: Lang) =>
  lang === 'vi' ? roundLabel(r) : `Round ${r.no} of ${r.year}${r.kind === 'extra' ? ' (extra)' : ''}`;

export const LABELS = {
  vi: {
    title: 'Hồ sơ đánh giá, phân hạng',
    all: 'Tất cả hồ sơ',
    views: 'Danh sách hồ sơ',
    stage: 'Bước',
    everyStage: 'Mọi bước',
    oneRound: 'Đang xem hồ sơ của một đợt đánh giá.',
    everyRound: 'Xem mọi đợt',
    product: 'Sản phẩm',
    producer: 'Chủ thể',
    kind: 'Loại hồ sơ',
    round: 'Đợt đánh giá',
    deadline: 'Hạn xã kiểm tra',
    updated: 'Cập nhật',
    emptyMine: 'Không có hồ sơ nào đang chờ bạn xử lý.',
    emptyOverdue: 'Không có hồ sơ nào quá hạn kiểm tra ở xã.',
    emptyAll: 'Chưa có hồ sơ đánh giá nào.',
    seeAll: 'Xem tất cả hồ sơ',
    dueOn: (d: string) => `hạn ${d}`,
    daysLeft: (n: number) => `còn ${n} ngày làm việc`,
    daysLate: (n: number) => `quá hạn ${n} ngày làm việc`,
    open: 'Lập hồ sơ mới',
    openTitle: 'Lập hồ sơ đánh giá cho một sản phẩm',
    openHint:
      'Hồ sơ mới lấy lại nội dung Mẫu 01 và Mẫu 02 (phần I, II, IV) từ hồ sơ trước của sản phẩm, nếu có; mẫu sản phẩm và phiếu tự đánh giá thì lập mới.',
    openSubmit: 'Lập hồ sơ',
    opening: 'Đang lập…',
    noProducts: 'Chưa có sản phẩm nào để lập hồ sơ. Đăng ký sản phẩm trước.',
    openExisting: 'Mở hồ sơ đang có',
    cancel: 'Thôi',
    moreWaiting: (n: number) => `Xem cả ${n} hồ sơ`,
  },
  en: {
    title: 'Evaluation dossiers',
    all: 'All dossiers',
    views: 'Lists of dossiers',
    stage: 'Stage',
    everyStage: 'Every stage',
    oneRound: 'Showing the dossiers of one round.',
    everyRound: 'Show every round',
    product: 'Product',
    producer: 'Producer',
    kind: 'Kind',
    round: 'Round',
    deadline: 'Commune check due',
    updated: 'Updated',
    emptyMine: 'No dossier is waiting for you.',
    emptyOverdue: 'No commune check is overdue.',
    emptyAll: 'No evaluation dossier yet.',
    seeAll: 'See every dossier',
    dueOn: (d: string) => `due ${d}`,
    daysLeft: (n: number) => `${n} working day${n === 1 ? '' : 's'} left`,
    daysLate: (n: number) => `${n} working day${n === 1 ? '' : 's'} late`,
    open: 'Open a new dossier',
    openTitle: 'Open an evaluation dossier for a product',
    openHint:
      'A new dossier takes Form 01 and Form 02 (parts I, II, IV) from the product’s previous dossier, if any; samples and the self-assessment are new.',
    openSubmit: 'Open the dossier',
    opening: 'Opening…',
    noProducts: 'No product to file for yet. Register a product first.',
    openExisting: 'Open the dossier in progress',
    cancel: 'Never mind',
    moreWaiting: (n: number) => `See all ${n}`,
  },
};
export type Labels = (typeof LABELS)['vi'];
