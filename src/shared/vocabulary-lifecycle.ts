// The words of life after certification: what happened to a certificate, the grounds
// and states of a revocation, notices and their deliveries, and the expiry radar's
// groups. Part of V (src/shared/vocabulary.ts).
import { vocabulary } from './vocabulary-kit.ts';
import * as E from './enums.ts';

export const LIFECYCLE_VOCABULARIES = {
  certificateEvent: vocabulary('certificateEvent', E.CERTIFICATE_EVENTS, {
    windowOpened: {
      vi: 'Đến kỳ đánh giá lại (180 ngày trước hạn)',
      en: 'Renewal window opened (180 days before)',
    },
    expiryNotice: { vi: 'Báo sắp hết hiệu lực (30 ngày trước hạn)', en: 'Expiry notice (30 days before)' },
    expired: { vi: 'Hết hiệu lực', en: 'Expired', tone: 'bad' },
    lapsed: { vi: 'Không còn hiệu lực (không được gia hạn)', en: 'Lapsed', tone: 'bad' },
    renewalFiled: { vi: 'Nộp hồ sơ đánh giá lại', en: 'Renewal filed', tone: 'info' },
    renewalWithdrawn: { vi: 'Rút hồ sơ đánh giá lại', en: 'Renewal withdrawn', tone: 'warn' },
    renewalRefused: { vi: 'Đánh giá lại không được công nhận', en: 'Renewal refused', tone: 'bad' },
    revoked: { vi: 'Bị thu hồi', en: 'Revoked', tone: 'bad' },
  }),
  revocationGround: vocabulary('revocationGround', E.REVOCATION_GROUNDS, {
    falseInformation: { vi: 'Thông tin không trung thực, giả mạo', en: 'False or forged information' },
    criteriaNotMet: {
      vi: 'Không còn đáp ứng tiêu chí (theo kiểm tra)',
      en: 'Criteria no longer met (inspection)',
    },
    lawBreach: {
      vi: 'Vi phạm về chất lượng, ATTP, môi trường, SHTT, nhãn hàng hóa',
      en: 'Breach of quality, food-safety, environment, IP or labelling law',
    },
    markMisuse: { vi: 'Sử dụng sai nhãn hiệu OCOP', en: 'Misuse of the OCOP mark' },
    productionStopped: { vi: 'Ngừng sản xuất', en: 'Production stopped' },
    authorityConclusion: {
      vi: 'Kết luận khác của cơ quan có thẩm quyền',
      en: 'Other conclusion of an authority',
    },
  }),
  revocationStatus: vocabulary('revocationStatus', E.REVOCATION_STATUSES, {
    open: { vi: 'Chờ quyết định thu hồi', en: 'Awaiting the decision', tone: 'warn' },
    decided: { vi: 'Đã thu hồi', en: 'Revoked', tone: 'bad' },
    dropped: { vi: 'Không thu hồi', en: 'Dropped', plainWord: true },
  }),
  noticeKind: vocabulary('noticeKind', E.NOTICE_KINDS, {
    renewalWindowOpened: { vi: 'Đến kỳ đánh giá lại', en: 'Renewal window open' },
    expiryApproaching: { vi: 'Sắp hết hiệu lực', en: 'Expiry approaching', tone: 'warn' },
    certificateExpired: { vi: 'Đã hết hiệu lực', en: 'Expired', tone: 'bad' },
    certificateLapsed: { vi: 'Không còn hiệu lực', en: 'Lapsed', tone: 'bad' },
    certificateRevoked: { vi: 'Thu hồi giấy chứng nhận', en: 'Revoked', tone: 'bad' },
    revocationOpened: { vi: 'Đề nghị thu hồi', en: 'Revocation opened', tone: 'warn' },
    renewalFiled: { vi: 'Đã nhận hồ sơ đánh giá lại', en: 'Renewal received', tone: 'info' },
    dossierMoved: { vi: 'Hồ sơ chuyển bước', en: 'Dossier moved', plainWord: true },
    recordMoved: { vi: 'Cập nhật', en: 'Update', plainWord: true },
    decisionMade: { vi: 'Kết quả đánh giá', en: 'Evaluation result', tone: 'good' },
  }),
  noticeChannel: vocabulary('noticeChannel', E.NOTICE_CHANNELS, {
    email: { vi: 'Thư điện tử', en: 'E-mail', plainWord: true },
    text: { vi: 'Tin nhắn', en: 'Text message', plainWord: true },
  }),
  noticeAudience: vocabulary('noticeAudience', E.NOTICE_AUDIENCES, {
    user: { vi: 'Một tài khoản', en: 'One account', plainWord: true },
    producer: { vi: 'Chủ thể', en: 'The producer', plainWord: true },
    unit: { vi: 'Cán bộ của đơn vị', en: 'The unit’s officers', plainWord: true },
  }),
  deliveryStatus: vocabulary('deliveryStatus', E.DELIVERY_STATUSES, {
    pending: { vi: 'Chờ gửi', en: 'Waiting', tone: 'info' },
    sending: { vi: 'Đang gửi', en: 'Sending', tone: 'info' },
    sent: { vi: 'Đã gửi', en: 'Sent', tone: 'good' },
    failed: { vi: 'Không gửi được', en: 'Failed', tone: 'bad' },
  }),
  radarGroup: vocabulary('radarGroup', E.RADAR_GROUPS, {
    windowOpen: {
      vi: 'Trong kỳ đánh giá lại (180–120 ngày)',
      en: 'In the renewal window (180–120 days)',
      tone: 'info',
    },
    windowPassedUnfiled: { vi: 'Quá kỳ, chưa nộp hồ sơ', en: 'Window passed, nothing filed', tone: 'warn' },
    renewalFiled: {
      vi: 'Đã nộp đánh giá lại, chờ quyết định',
      en: 'Renewal filed, awaiting decision',
      tone: 'info',
    },
    grace: { vi: 'Hết hạn, đang chờ quyết định (gia hạn)', en: 'Past expiry, in grace', tone: 'warn' },
    expiredThisMonth: { vi: 'Hết hiệu lực trong tháng', en: 'Expired this month', tone: 'bad' },
    lapsedThisMonth: { vi: 'Không được gia hạn trong tháng', en: 'Lapsed this month', tone: 'bad' },
  }),
};
