// The decision recognising products as meeting the OCOP standard (Quyết định công
// nhận sản phẩm đạt tiêu chuẩn OCOP), as the competent person signs it under QĐ
// 26/2026 Art. 8: the provincial chair for 3 and 4 stars, the Minister for 5 (DOMAIN.md
// §5.1, §6). Laid out as a Decree 30/2020 individual decision: issuer and number over
// the motto's date line, the title, the authority, the legal bases in italics, the
// council's proposal, three articles (recognition, 36 months' validity and the
// producers' duties, execution), "Nơi nhận" beside the signature, and the list of
// products in an annex on its own page. A pure renderer; until signed it is printed
// with a dotted number and date and "BẢN DỰ THẢO" on every page.
import { formatDate } from '../../../shared/format.ts';
import * as F from '../../documents/official-form.ts';
import { DOTS } from '../../documents/official-form.ts';
import { issuerInText, issuerLines } from '../../documents/issuer-names.ts';

export interface DecisionDocument {
  /** "ỦY BAN NHÂN DÂN TỈNH THANH HÓA" or "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" */
  issuerName: string;
  /** place on the date line: "Thanh Hóa", "Hà Nội" */
  place: string;
  /** "123/QĐ-UBND" once numbered; null prints "Số: ……/QĐ-UBND" with `suffix` */
  number: string | null;
  suffix: string;
  /** ISO; null prints the dotted date */
  date: string | null;
  /** "Về việc công nhận sản phẩm đạt tiêu chuẩn OCOP năm 2027 (đợt 1)" */
  title: string;
  /** the issuer's authority above the bases: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA" */
  authority: string;
  /** "Căn cứ …;" lines */
  bases: string[];
  council: { name: string; sessionTitle: string; meetingOn: string };
  items: {
    productName: string;
    productCode: string | null;
    producerName: string;
    address: string | null;
    stars: number;
    score: string;
  }[];
  validityMonths: number;
  /** "CHỦ TỊCH" or "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" */
  signerTitle: string;
  signerName: string | null;
  /** "Nơi nhận" lines */
  recipients: string[];
  /** BẢN DỰ THẢO on every page while unsigned */
  draft: boolean;
}

const ANNEX: F.Columns = {
  heads: ['TT', 'Tên sản phẩm', 'Mã sản phẩm', 'Chủ thể', 'Địa chỉ', 'Điểm', 'Hạng sao'],
  shares: [6, 22, 15, 20, 19, 8, 10],
  align: 'cllllcc',
};
/** the central level is told from the ministry's suffix; everything else is a province */
const isCentral = (d: DecisionDocument) => d.suffix.endsWith('BNNMT');
const numberOf = (d: DecisionDocument) => d.number ?? `${DOTS}/${d.suffix}`;

export async function renderDecision(d: DecisionDocument): Promise<Buffer> {
  const f = F.openForm({ title: `Quyết định ${numberOf(d)} — ${d.title}`, author: d.issuerName });
  F.header(f, {
    issuer: issuerLines(d.issuerName),
    docNumber: `Số: ${numberOf(d)}`,
    placeDate: F.placeDateLine(d.place, d.date),
  });
  // the title's last two words held together, so a wrap never leaves one alone ("(đợt" / "1)")
  F.formTitle(f, 'QUYẾT ĐỊNH', d.title.replace(/ (\S+)$/u, '\u00a0$1'));
  F.heading(f, [d.authority.toLocaleUpperCase('vi')], 'center');
  f.doc.moveDown(0.3);
  for (const basis of d.bases) F.paragraph(f, basis, { face: 'italic' });
  F.paragraph(
    f,
    `Xét đề nghị của ${d.council.name} tại phiên họp ${d.council.sessionTitle} ngày ${formatDate(d.council.meetingOn, 'vi')}.`,
    { face: 'italic' },
  );
  F.heading(f, ['QUYẾT ĐỊNH:'], 'center');
  article(f, 'Điều 1.', recognition(d));
  article(
    f,
    'Điều 2.',
    `Giấy chứng nhận sản phẩm đạt tiêu chuẩn OCOP có giá trị ${d.validityMonths} tháng kể từ ngày ký Quyết định này. Các chủ thể có sản phẩm được công nhận có trách nhiệm duy trì và nâng cao chất lượng sản phẩm theo đúng tiêu chuẩn, hạng sao đã được công nhận; sử dụng biểu trưng (logo) OCOP và thông tin hạng sao trên bao bì, nhãn sản phẩm đúng quy định, chỉ trong thời hạn giấy chứng nhận còn hiệu lực; chịu sự kiểm tra, giám sát của cơ quan có thẩm quyền.`,
  );
  article(f, 'Điều 3.', execution(d));
  F.signature(f, {
    title: d.signerTitle.split('\n').map((line) => line.toLocaleUpperCase('vi')),
    note: d.draft ? '(Dự thảo)' : '',
    name: d.signerName,
    recipients: d.recipients,
  });
  printAnnex(f, d);
  return F.finishForm(f, `Quyết định số ${numberOf(d)}`, d.draft ? 'BẢN DỰ THẢO' : undefined);
}

/** An article: its number in bold, then its text on the same line, justified. */
function article(f: F.OfficialForm, label: string, text: string) {
  f.doc.moveDown(0.3);
  f.doc.font('bold').fontSize(13).text(`${label} `, f.left, f.doc.y, {
    width: f.width,
    align: 'justify',
    continued: true,
  });
  f.doc.font('body').text(text, { align: 'justify' });
}

function recognition(d: DecisionDocument) {
  const byStars = [5, 4, 3]
    .map((s) => [s, d.items.filter((i) => i.stars === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} sản phẩm đạt ${s} sao`);
  const split = byStars.length ? ` (${byStars.join(', ')})` : '';
  return `Công nhận ${d.items.length} sản phẩm đạt tiêu chuẩn OCOP${split} theo kết quả đánh giá, phân hạng của ${d.council.name} (chi tiết tại Phụ lục kèm theo).`;
}

function execution(d: DecisionDocument) {
  const offices = isCentral(d)
    ? 'Chánh Văn phòng Bộ, Chánh Văn phòng Văn phòng Điều phối nông thôn mới Trung ương, Thủ trưởng các cơ quan, đơn vị có liên quan'
    : 'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường có liên quan';
  return `Quyết định này có hiệu lực kể từ ngày ký. ${offices} và các chủ thể có sản phẩm tại Phụ lục kèm theo chịu trách nhiệm thi hành Quyết định này.`;
}

function printAnnex(f: F.OfficialForm, d: DecisionDocument) {
  f.doc.addPage();
  F.heading(f, ['PHỤ LỤC', 'DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT TIÊU CHUẨN OCOP'], 'center');
  const date = d.date ? formatDate(d.date, 'vi') : DOTS;
  const reference = `(Kèm theo Quyết định số ${numberOf(d)} ngày ${date} của ${issuerInText(d.authority)})`;
  f.doc.font('italic').fontSize(13).text(reference, f.left, f.doc.y, { width: f.width, align: 'center' });
  f.doc.moveDown(0.5);
  const rows = d.items.map((item, i) => [
    String(i + 1),
    item.productName,
    item.productCode ?? DOTS,
    item.producerName,
    item.address ?? DOTS,
    item.score,
    `${item.stars} sao`,
  ]);
  F.table(f, ANNEX, rows);
}
