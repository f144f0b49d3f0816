// The words of each notice, in Vietnamese (the language of the law and of the people
// it reaches): a subject, a body for the inbox and e-mail, and a short text for a
// text message (household producers rarely read e-mail). Every notice about a product
// carries its permanent public address, so the holder and anyone they forward it to
// see the same state the consumer sees.
import type { NOTICE_KINDS } from '../../shared/enums.ts';
import { formatDate } from '../../shared/format.ts';
import { withoutMarks } from '../text/vietnamese.ts';
import { GROUND_TEXT, type RevocationGround } from '../certificates/revocation.ts';

export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface NoticeText {
  subject: string;
  body: string;
  /** one short message without marks (GSM-7, any phone): at most TEXT_LIMIT characters */
  text: string;
}

/** a text message of at most two concatenated GSM-7 parts (2 × 153), written without marks */
export const TEXT_LIMIT = 306;

export interface CertificateNoticeFacts {
  productName: string;
  stars: number | null;
  certificateNo: string | null;
  validUntil: string | null;
  publicUrl: string;
}

const d = (iso: string | null | undefined) => (iso ? formatDate(iso, 'vi') : '…');
const starsOf = (n: number | null) => (n ? `${n} sao` : 'OCOP');
const certOf = (f: CertificateNoticeFacts) =>
  `giấy chứng nhận OCOP ${starsOf(f.stars)}${f.certificateNo ? ` số ${f.certificateNo}` : ''}`;

/** The message without marks, trimmed to the limit on a word boundary, the address kept whole at its end. */
export function shortText(accented: string, url: string): string {
  const message = withoutMarks(accented);
  const tail = ` ${url}`;
  const room = TEXT_LIMIT - tail.length;
  if (message.length <= room) return `${message}${tail}`;
  const cut = message.slice(0, room - 3);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)) || cut}...${tail}`;
}

export function renewalWindowOpened(f: CertificateNoticeFacts & { windowCloses: string }): NoticeText {
  return {
    subject: `Đến kỳ đánh giá lại sản phẩm OCOP: ${f.productName}`,
    body: `Sản phẩm "${f.productName}" có ${certOf(f)} hết hiệu lực sau ngày ${d(f.validUntil)}.\n\nTheo Quyết định 26/2026/QĐ-TTg, chủ thể nộp hồ sơ đánh giá lại tại UBND cấp xã trong khoảng 180 đến 120 ngày trước ngày hết hiệu lực, tức là đến hết ngày ${d(f.windowCloses)}. Hồ sơ đánh giá lại được lập từ hồ sơ lần trước trên nền tảng.\n\nTrạng thái công khai của sản phẩm: ${f.publicUrl}`,
    text: shortText(
      `OCOP: ${f.productName} hết hiệu lực sau ${d(f.validUntil)}. Nộp hồ sơ đánh giá lại tại UBND xã đến hết ${d(f.windowCloses)}.`,
      f.publicUrl,
    ),
  };
}

export function expiryApproaching(f: CertificateNoticeFacts): NoticeText {
  return {
    subject: `Giấy chứng nhận OCOP sắp hết hiệu lực: ${f.productName}`,
    body: `${capital(certOf(f))} của sản phẩm "${f.productName}" hết hiệu lực sau ngày ${d(f.validUntil)}. Sau ngày này, sản phẩm không còn được dùng nhãn OCOP và số sao trên bao bì, trừ khi đã nộp hồ sơ đánh giá lại và đang chờ quyết định.\n\nTrạng thái công khai của sản phẩm: ${f.publicUrl}`,
    text: shortText(
      `OCOP: giấy chứng nhận của ${f.productName} hết hiệu lực sau ${d(f.validUntil)}; sau đó không được dùng nhãn OCOP.`,
      f.publicUrl,
    ),
  };
}

export function certificateExpired(f: CertificateNoticeFacts & { endedOn: string }): NoticeText {
  return {
    subject: `Giấy chứng nhận OCOP đã hết hiệu lực: ${f.productName}`,
    body: `${capital(certOf(f))} của sản phẩm "${f.productName}" đã hết hiệu lực từ ngày ${d(f.endedOn)}. Sản phẩm không còn được dùng nhãn OCOP; trang công khai của sản phẩm đã ghi như vậy. Chủ thể có thể nộp hồ sơ đánh giá, phân hạng lần đầu để được công nhận lại.\n\nTrạng thái công khai của sản phẩm: ${f.publicUrl}`,
    text: shortText(
      `OCOP: giấy chứng nhận của ${f.productName} đã hết hiệu lực từ ${d(f.endedOn)}; không được dùng nhãn OCOP.`,
      f.publicUrl,
    ),
  };
}

export function certificateLapsed(
  f: CertificateNoticeFacts & { endedOn: string; why: 'refused' | 'graceEnded' },
): NoticeText {
  const why =
    f.why === 'refused'
      ? 'vì hồ sơ đánh giá lại không được công nhận'
      : 'vì đã hết thời gian chờ quyết định đánh giá lại (180 ngày sau ngày hết hạn)';
  return {
    subject: `Giấy chứng nhận OCOP không còn hiệu lực: ${f.productName}`,
    body: `${capital(certOf(f))} của sản phẩm "${f.productName}" không còn hiệu lực từ ngày ${d(f.endedOn)} ${why}. Sản phẩm không còn được dùng nhãn OCOP.\n\nTrạng thái công khai của sản phẩm: ${f.publicUrl}`,
    text: shortText(
      `OCOP: giấy chứng nhận của ${f.productName} không còn hiệu lực từ ${d(f.endedOn)}; không được dùng nhãn OCOP.`,
      f.publicUrl,
    ),
  };
}

export function certificateRevoked(
  f: CertificateNoticeFacts & { decisionNumber: string; decisionDate: string; ground: RevocationGround },
): NoticeText {
  return {
    subject: `Thu hồi giấy chứng nhận OCOP: ${f.productName}`,
    body: `${capital(certOf(f))} của sản phẩm "${f.productName}" đã bị thu hồi theo Quyết định số ${f.decisionNumber} ngày ${d(f.decisionDate)}.\nLý do: ${GROUND_TEXT[f.ground].vi}.\nKể từ ngày quyết định, sản phẩm không được dùng nhãn OCOP; trang công khai của sản phẩm đã ghi như vậy.\n\nTrạng thái công khai của sản phẩm: ${f.publicUrl}`,
    text: shortText(
      `OCOP: giấy chứng nhận của ${f.productName} bị thu hồi theo QĐ ${f.decisionNumber} ngày ${d(f.decisionDate)}.`,
      f.publicUrl,
    ),
  };
}

export function revocationOpened(
  f: CertificateNoticeFacts & { ground: RevocationGround; conclusion: string; dueOn: string },
): NoticeText {
  return {
    subject: `Đề nghị thu hồi giấy chứng nhận OCOP: ${f.productName} — quyết định trước ${d(f.dueOn)}`,
    body: `Đã mở hồ sơ thu hồi ${certOf(f)} của sản phẩm "${f.productName}".\nCăn cứ: ${f.conclusion}.\nLý do: ${GROUND_TEXT[f.ground].vi}.\nQuyết định thu hồi phải được ban hành trong 15 ngày, đến hết ngày ${d(f.dueOn)} (Điều 8, Quyết định 26/2026/QĐ-TTg).\n\n${f.publicUrl}`,
    text: shortText(
      `OCOP: đề nghị thu hồi giấy chứng nhận của ${f.productName}, hạn quyết định ${d(f.dueOn)}.`,
      f.publicUrl,
    ),
  };
}

export function renewalFiled(f: CertificateNoticeFacts & { filedOn: string; decideBy: string }): NoticeText {
  return {
    subject: `Đã nhận hồ sơ đánh giá lại: ${f.productName}`,
    body: `Hồ sơ đánh giá lại sản phẩm "${f.productName}" đã nộp ngày ${d(f.filedOn)}. ${capital(certOf(f))} giữ hiệu lực đến khi có quyết định (tối đa 180 ngày sau ngày hết hạn ${d(f.validUntil)}). Hạn quyết định theo hình thức lấy ý kiến bằng văn bản: ${d(f.decideBy)} (45 ngày).\n\n${f.publicUrl}`,
    text: shortText(`OCOP: đã nhận hồ sơ đánh giá lại ${f.productName} ngày ${d(f.filedOn)}.`, f.publicUrl),
  };
}

export function decisionMade(f: {
  productName: string;
  publicUrl: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  stars: number | null;
  recognised: boolean;
}): NoticeText {
  const decision = f.decisionNumber
    ? `Quyết định số ${f.decisionNumber} ngày ${d(f.decisionDate)}`
    : 'quyết định';
  return f.recognised
    ? {
        subject: `Sản phẩm được công nhận OCOP ${starsOf(f.stars)}: ${f.productName}`,
        body: `Sản phẩm "${f.productName}" được công nhận đạt ${starsOf(f.stars)} theo ${decision}. Giấy chứng nhận có hiệu lực 36 tháng kể từ ngày quyết định.\n\nTrạng thái công khai của sản phẩm: ${f.publicUrl}`,
        text: shortText(
          `OCOP: ${f.productName} được công nhận ${starsOf(f.stars)} theo ${f.decisionNumber ? `QĐ ${f.decisionNumber}` : 'quyết định'}.`,
          f.publicUrl,
        ),
      }
    : {
        subject: `Kết quả đánh giá sản phẩm OCOP: ${f.productName}`,
        body: `Sản phẩm "${f.productName}" chưa được công nhận sản phẩm OCOP trong kỳ đánh giá này. Kết quả chấm từng tiêu chí và gợi ý cải thiện có trong hồ sơ trên nền tảng.\n\n${f.publicUrl}`,
        text: shortText(
          `OCOP: ${f.productName} chưa được công nhận kỳ này; xem kết quả trên nền tảng.`,
          f.publicUrl,
        ),
      };
}

export function dossierMoved(f: {
  productName: string;
  stage: string;
  event: string;
  link: string;
}): NoticeText {
  return {
    subject: `Hồ sơ OCOP "${f.productName}": ${f.event}`,
    body: `Hồ sơ đánh giá sản phẩm "${f.productName}" vừa chuyển sang bước "${f.stage}" (${f.event}).\n\n${f.link}`,
    text: shortText(`OCOP: hồ sơ ${f.productName}: ${f.event}.`, f.link),
  };
}

/** A move of another record (a council session, a sheet to re-score, a producer's registration). */
export function recordMoved(f: { what: string; stage: string; event: string; link: string }): NoticeText {
  return {
    subject: `${f.what}: ${f.event}`,
    body: `${f.what} vừa chuyển sang "${f.stage}" (${f.event}).\n\n${f.link}`,
    text: shortText(`OCOP: ${f.what}: ${f.event}.`, f.link),
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
