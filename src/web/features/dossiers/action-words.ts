// Words of the moves on a dossier, Vietnamese first: what each move does (said before
// it is confirmed), the return's reasons per item, the commune's Mẫu 03, the round of
// an acceptance, the advisory group's entries, and the problems the rules name. The
// names of the moves, items and review kinds are the shared vocabulary's.
import type { Form03Problem } from '../../../domain/dossiers/commune-check.ts';
import type { ReturnProblem } from '../../../domain/dossiers/dossier-content.ts';
import type { DOSSIER_ACTION_EVENTS } from '../../../shared/enums.ts';

type Event = (typeof DOSSIER_ACTION_EVENTS)[number];

export const ACTION_WORDS = {
  vi: {
    moves: 'Xử lý hồ sơ',
    effect: {
      submit:
        'Hồ sơ được gửi tới UBND xã; xã kiểm tra trong thời hạn quy trình quy định. Bạn không sửa được nữa trừ khi xã trả lại.',
      resubmit: 'Hồ sơ đã bổ sung được gửi lại xã; xã tính lại hạn kiểm tra từ hôm nay.',
      withdraw: 'Hồ sơ được rút và đóng lại. Muốn đánh giá, bạn lập hồ sơ mới.',
      returnToProducer: 'Hồ sơ trở lại chủ thể để bổ sung những mục nêu dưới đây.',
      returnToCommune: 'Hồ sơ trở lại xã với những mục nêu dưới đây.',
      sendBackToProvince: 'Mẫu 03 đã sửa được gửi lại tỉnh.',
      checkAtCommune: 'Xã xác nhận đã kiểm tra bốn nội dung và đề nghị tỉnh đánh giá, phân hạng.',
      accept: 'Tỉnh tiếp nhận hồ sơ vào đợt đánh giá.',
      startAdvisoryReview: 'Hồ sơ được chuyển tổ tư vấn xem xét, khảo sát.',
      startScoring: 'Hồ sơ được đưa ra hội đồng chấm điểm. Cần có báo cáo của tổ tư vấn.',
      notRecognise:
        'Kết quả của hội đồng dưới 3 sao: sản phẩm không được công nhận, không cần quyết định. Chủ thể được báo kết quả từng tiêu chí.',
      forwardToCentre:
        'Sản phẩm đạt từ 90 điểm được đề nghị Bộ Nông nghiệp và Môi trường xét công nhận 5 sao.',
      startCentreReview:
        'Trung ương tiếp nhận hồ sơ đề nghị 5 sao để tổ tư vấn và hội đồng trung ương đánh giá.',
      returnFromCentre:
        'Trung ương không công nhận 5 sao: hồ sơ trở về tỉnh để công nhận 3 hoặc 4 sao theo kết quả của trung ương.',
    } satisfies Record<Event, string>,
    confirm: (what: string) => `Xác nhận: ${what}`,
    cancel: 'Thôi',
    working: 'Đang gửi…',
    done: (what: string) => `Đã ${what.toLowerCase()}.`,
    note: 'Ghi chú (không bắt buộc)',
    reasons: 'Lý do trả lại, theo từng mục',
    item: 'Mục',
    reason: 'Lý do (người nhận cần làm gì)',
    addReason: 'Thêm một mục',
    removeReason: 'Bỏ mục này',
    roundChoice: 'Đợt đánh giá',
    roundAuto: 'Đợt gần nhất còn nhận đề nghị (theo quy trình)',
    roundUntil: (name: string, d: string) => `${name} — nhận đến ${d}`,
    form03: 'Mẫu 03 — Phiếu đánh giá của xã',
    met: 'Đạt',
    notMet: 'Không đạt',
    itemNote: 'Nhận xét (bắt buộc khi không đạt)',
    proposal: 'Đề nghị của UBND xã',
    signer: 'Người ký',
    signerTitle: 'Chức vụ người ký',
    labour: (percent: string, met: boolean) =>
      `Gợi ý từ số liệu lao động của chủ thể: ${percent}% lao động cư trú trong xã → ${met ? 'đạt' : 'chưa đạt'}.`,
    useLabour: 'Dùng gợi ý',
    noLabour: 'Chủ thể chưa có số liệu lao động để gợi ý.',
    review: 'Tổ tư vấn xem xét',
    noReviews: 'Chưa có ghi nhận nào của tổ tư vấn.',
    addEntry: 'Ghi nhận',
    entryKind: 'Loại ghi nhận',
    on: 'Ngày',
    entryNote: 'Nội dung',
    answers: 'Trả lời đề nghị kiểm nghiệm',
    file: 'Phiếu kết quả (PDF hoặc ảnh JPEG, PNG, WebP; tối đa 20 MB)',
    needRequest: 'Ghi đề nghị kiểm nghiệm trước khi tải kết quả lên.',
    openFile: (name: string) => `Mở ${name}`,
    by: (who: string, at: string) => `${who}, ${at}`,
    problems: 'Chưa gửi được:',
  },
  en: {
    moves: 'Moves',
    effect: {
      submit:
        'The dossier goes to the commune’s People’s Committee, which checks it within the time the procedure sets. You cannot change it unless the commune returns it.',
      resubmit: 'The completed dossier goes back to the commune; its check is counted again from today.',
      withdraw: 'The dossier is withdrawn and closed. To be evaluated, open a new one.',
      returnToProducer: 'The dossier goes back to the producer to complete the items below.',
      returnToCommune: 'The dossier goes back to the commune with the items below.',
      sendBackToProvince: 'The corrected Form 03 goes back to the province.',
      checkAtCommune:
        'The commune confirms it checked the four items and proposes the product for evaluation.',
      accept: 'The province accepts the dossier into an evaluation round.',
      startAdvisoryReview: 'The dossier goes to the advisory group for review and a site visit.',
      startScoring: 'The dossier goes to the council for scoring. The advisory group must have reported.',
      notRecognise:
        'The council’s result is below 3 stars: the product is not recognised and no decision is needed. The producer is told the result per criterion.',
      forwardToCentre: 'A product of 90 points or more is proposed to the ministry for 5 stars.',
      startCentreReview: 'The centre takes up the 5-star proposal for its advisory group and council.',
      returnFromCentre:
        'The centre does not confirm 5 stars: the dossier returns to the province to recognise 3 or 4 stars from the central result.',
    } satisfies Record<Event, string>,
    confirm: (what: string) => `Confirm: ${what}`,
    cancel: 'Never mind',
    working: 'Sending…',
    done: (what: string) => `Done: ${what.toLowerCase()}.`,
    note: 'Note (optional)',
    reasons: 'Reasons, item by item',
    item: 'Item',
    reason: 'Reason (what the receiver is to do)',
    addReason: 'Add an item',
    removeReason: 'Remove this item',
    roundChoice: 'Round',
    roundAuto: 'The next round still taking proposals (per the procedure)',
    roundUntil: (name: string, d: string) => `${name} — proposals until ${d}`,
    form03: 'Form 03 — The commune’s check',
    met: 'Met',
    notMet: 'Not met',
    itemNote: 'Remarks (required when not met)',
    proposal: 'The commune’s proposal',
    signer: 'Signed by',
    signerTitle: 'Signer’s title',
    labour: (percent: string, met: boolean) =>
      `Suggested from the producer’s workforce records: ${percent}% of workers live in the commune → ${met ? 'met' : 'not met'}.`,
    useLabour: 'Use the suggestion',
    noLabour: 'The producer has no workforce records to suggest from.',
    review: 'Advisory review',
    noReviews: 'The advisory group has recorded nothing yet.',
    addEntry: 'Record',
    entryKind: 'Entry',
    on: 'Date',
    entryNote: 'Content',
    answers: 'Answers the test request',
    file: 'Report (PDF or JPEG, PNG, WebP image; up to 20 MB)',
    needRequest: 'Record the test request before uploading its result.',
    openFile: (name: string) => `Open ${name}`,
    by: (who: string, at: string) => `${who}, ${at}`,
    problems: 'Not sent yet:',
  },
};
export type ActionWords = (typeof ACTION_WORDS)['vi'];

const FORM03_FIELDS = {
  proposal: { vi: 'đề nghị của xã', en: 'the proposal' },
  signer: { vi: 'người ký', en: 'the signer' },
  signerTitle: { vi: 'chức vụ người ký', en: 'the signer’s title' },
};

/** A problem of Mẫu 03 in words; `item` is the item's words (COMMUNE_CHECK_LABELS). */
export function form03ProblemText(p: Form03Problem, item: (id: string) => string, lang: 'vi' | 'en') {
  if (p.code === 'fieldMissing')
    return `${lang === 'vi' ? 'Chưa điền' : 'Missing'}: ${FORM03_FIELDS[p.field][lang]}`;
  if (p.code === 'itemMissing') return `${item(p.item)}: ${lang === 'vi' ? 'chưa đánh giá' : 'not assessed'}`;
  return `${item(p.item)}: ${lang === 'vi' ? 'cần nhận xét vì không đạt' : 'remarks needed when not met'}`;
}

/** A problem of a return's reasons in words; `item` is the item's words (the shared vocabulary). */
export function returnProblemText(p: ReturnProblem, item: (id: string) => string, lang: 'vi' | 'en') {
  const vi = lang === 'vi';
  switch (p.code) {
    case 'noReasons':
      return vi ? 'Nêu ít nhất một mục và lý do' : 'Name at least one item and its reason';
    case 'reasonTooShort':
      return `${item(p.item)}: ${vi ? 'lý do quá ngắn (ít nhất 5 ký tự)' : 'the reason is too short (5 characters at least)'}`;
    case 'itemTwice':
      return `${item(p.item)}: ${vi ? 'nêu hai lần' : 'named twice'}`;
    case 'itemNotReturnable':
      return `${item(p.item)}: ${vi ? 'không trả lại được ở bước này' : 'cannot be returned at this step'}`;
  }
}
