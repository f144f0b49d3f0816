// The council's three printed documents, rendered straight from their data (no server):
// the minutes of a Thanh Hóa council session, the recognition decision and its annex,
// and the certificate with its QR code. Each is read back as text (pdftotext), as
// pictures (pdftoppm) and, for the QR code, as a phone would read it (zbarimg): the
// facts a reader looks for, "Trang x/y" on every page, a table head repeated on the
// pages a long table runs onto, the draft marks only while the paper is a draft.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  type CertificateDocument,
  renderCertificate,
} from '../../src/server/modules/certificates/certificate.pdf.ts';
import {
  type MinutesData,
  type MinutesItem,
  renderMinutes,
} from '../../src/server/modules/councils/minutes.pdf.ts';
import { type DecisionDocument, renderDecision } from '../../src/server/modules/decisions/decision.pdf.ts';
import { decodeQr, type PdfRead, readPdf, renderPages } from '../support/pdf.ts';

const MEMBERS: MinutesData['members'] = [
  { fullName: 'Lê Đức Giang', position: 'chair', agency: 'UBND tỉnh Thanh Hóa', present: true },
  {
    fullName: 'Phạm Thị Hồng Nhung',
    position: 'viceChair',
    agency: 'Sở Nông nghiệp và Môi trường',
    present: true,
  },
  { fullName: 'Nguyễn Văn Thắng', position: 'member', agency: 'Sở Công Thương', present: true },
  { fullName: 'Trịnh Thị Lan Anh', position: 'member', agency: 'Sở Y tế', present: true },
  { fullName: 'Hoàng Minh Tuấn', position: 'member', agency: 'Sở Khoa học và Công nghệ', present: true },
  { fullName: 'Đỗ Thu Hương', position: 'member', agency: 'Sở Văn hóa, Thể thao và Du lịch', present: false },
  { fullName: 'Lường Văn Khánh', position: 'member', agency: 'Chi cục An toàn thực phẩm', present: true },
  {
    fullName: 'Vũ Thị Mai',
    position: 'secretary',
    agency: 'Văn phòng Điều phối nông thôn mới tỉnh',
    present: true,
  },
];
const SCORERS = MEMBERS.filter((m) => m.present && m.position !== 'secretary').map((m) => m.fullName);
const PRODUCTS = [
  ['Nem chua Thanh Hóa', 'Hợp tác xã Nem chua Hàm Rồng'],
  ['Bánh gai Tứ Trụ', 'Cơ sở sản xuất Bánh gai Bà Triệu'],
  ['Chè lam Phủ Quảng', 'Tổ hợp tác Chè lam Thiệu Hóa'],
  ['Nước mắm Ba Làng', 'Công ty TNHH Nước mắm Ba Làng'],
];

/** Product `n` (from 1): the first scored 78.50 with a re-scoring, a correction and a conflict; the others plain 4 stars. */
function item(n: number): MinutesItem {
  const [name, producer] = PRODUCTS[(n - 1) % PRODUCTS.length];
  const first = n === 1;
  const totals = [79, 80, 77, 78, 79, 78];
  return {
    position: n,
    productName: n > PRODUCTS.length ? `${name} (lô ${n})` : name,
    productCode: `38-${String(n).padStart(3, '0')}-2027`,
    producerName: producer,
    setNo: 7,
    conflicts: first ? [{ fullName: 'Đỗ Thu Hương', reason: 'là thành viên hợp tác xã' }] : [],
    sheets: SCORERS.map((fullName, i) => ({
      fullName,
      first: first && i === 2 ? 62 : totals[i],
      rescored: first && i === 2 ? 77 : null,
      corrected:
        first && i === 5 ? { total: 78, reason: 'Nhập nhầm mức tiêu chí 6.3 khi chấm trực tiếp' } : null,
    })),
    rescoring: first ? [{ fullName: SCORERS[2], criteria: ['1.1', '6.2'] }] : null,
    result: {
      totalDisplay: '78.50',
      stars: 4,
      bandStars: 4,
      markerStars: 4,
      certifiable: true,
      disqualified: false,
      divergent: first ? [{ fullName: SCORERS[2], total: 62, median: 78.5 }] : [],
      disagreements: first ? [{ criterion: '6.2', lowest: 2, highest: 4 }] : [],
      failedMarkers: first ? [{ criterion: '7.1', level: 5, metBy: 2 }] : [],
    },
  };
}

function minutes(products: number, closed: boolean): MinutesData {
  return {
    council: {
      name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thanh Hóa',
      level: 'province',
      provinceName: 'Thanh Hóa',
      establishedBy: 'Quyết định số 1234/QĐ-UBND của Chủ tịch UBND tỉnh Thanh Hóa',
      establishedOn: '2027-03-02',
    },
    session: {
      title: 'Phiên họp đợt 1 năm 2027',
      meetingOn: '2027-05-15',
      place: 'Hội trường Sở Nông nghiệp và Môi trường, 45 Tống Duy Tân, phường Hạc Thành',
      mode: 'meeting',
      metOn: '2027-05-15',
      openedAt: '2027-05-15T01:00:00Z',
      closedAt: closed ? '2027-05-15T04:30:00Z' : null,
    },
    rules: {
      total: 'mean',
      divergencePoints: 10,
      levelGap: 2,
      markers: 'majority',
      quorum: { share: { present: 3, of: 4 }, chairPresent: true },
    },
    quorum: { present: 6, members: 7, needed: 6, chairPresent: true },
    members: MEMBERS,
    items: Array.from({ length: products }, (_, i) => item(i + 1)),
    chair: 'Lê Đức Giang',
    secretary: 'Vũ Thị Mai',
    draft: !closed,
  };
}

const flat = (pdf: PdfRead) => pdf.text.join('\n').replace(/\s+/g, ' ');

/** Every page "Trang x/y" of the real count, and A4 in the given orientation with ink on it. */
function assertPages(bytes: Buffer, pdf: PdfRead, portrait: boolean) {
  pdf.text.forEach((page, i) =>
    assert.match(page, new RegExp(`Trang ${i + 1}/${pdf.pages} ·`), `page ${i + 1} is numbered`),
  );
  const images = renderPages(bytes);
  assert.equal(images.length, pdf.pages);
  for (const [i, img] of images.entries()) {
    const ratio = portrait ? img.height / img.width : img.width / img.height;
    assert.ok(Math.abs(ratio - 297 / 210) < 0.01, `page ${i + 1} is A4: ${img.width}×${img.height}`);
    assert.ok(img.ink > 0.0015, `page ${i + 1} carries print: ${(img.ink * 100).toFixed(2)} % dark`);
  }
}

describe('minutes of a council session', () => {
  let two: { bytes: Buffer; pdf: PdfRead; text: string };
  before(async () => {
    const bytes = await renderMinutes(minutes(2, false));
    const pdf = readPdf(bytes);
    two = { bytes, pdf, text: flat(pdf) };
  });

  it('prints two products on a few A4 portrait pages, each numbered and inked', () => {
    assert.ok(two.pdf.pages >= 2 && two.pdf.pages <= 5, `${two.pdf.pages} pages`);
    assertPages(two.bytes, two.pdf, true);
  });

  it('names every member, the quorum and the rules, and says who presides and keeps the record', () => {
    for (const m of MEMBERS) assert.ok(two.text.includes(m.fullName), m.fullName);
    assert.match(two.text, /UBND TỈNH THANH HÓA/);
    assert.match(two.text, /Phó Chủ tịch/);
    assert.match(two.text, /Có mặt 6\/7 thành viên chấm điểm \(quy chế: ≥ 3\/4, có Chủ tịch/);
    assert.match(two.text, /đủ điều kiện tiến hành/);
    assert.match(two.text, /chênh lệch quá 10 điểm/);
    assert.match(two.text, /THƯ KÝ/);
    assert.match(two.text, /CHỦ TỊCH HỘI ĐỒNG/);
  });

  it('prints each result with its flags, the re-scoring asked, the correction and the conflict', () => {
    assert.match(two.text, /Điểm trung bình: 78\.50 — Xếp hạng: 4 sao/);
    assert.match(two.text, /Nguyễn Văn Thắng: tiêu chí 1\.1, 6\.2/);
    assert.match(two.text, /Nhập nhầm mức tiêu chí 6\.3 khi chấm trực tiếp/);
    assert.match(two.text, /Đỗ Thu Hương \(là thành viên hợp tác xã\)/);
    assert.match(two.text, /Nguyễn Văn Thắng chấm 62 điểm, trung vị 78\.50 điểm/);
    assert.match(two.text, /7\.1 \(yêu cầu của hạng 5 sao\), 2\/6 phiếu đạt/);
    assert.match(two.text, /Đủ điều kiện công nhận/);
    assert.ok(!two.text.includes('★'), 'stars are written as numbers');
  });

  it('is marked BẢN NHÁP on every page while the session is open, and not once it is closed', async () => {
    two.pdf.text.forEach((page, i) => assert.match(page, /BẢN NHÁP/, `page ${i + 1}`));
    assert.match(two.text, /kết thúc lúc …… giờ/);
    const closed = flat(readPdf(await renderMinutes(minutes(2, true))));
    assert.ok(!closed.includes('BẢN NHÁP'));
    assert.match(closed, /Biên bản kết thúc lúc 11 giờ 30, ngày 15\/05\/2027/);
  });

  it('explains stars held back by the markers, and a written-opinion session', async () => {
    const data = minutes(1, true);
    data.session = { ...data.session, mode: 'writtenOpinion', metOn: '2027-05-20' };
    const result = { ...data.items[0].result!, bandStars: 5, markerStars: 4, totalDisplay: '91.20' };
    data.items = [{ ...data.items[0], result }];
    const text = flat(readPdf(await renderMinutes(data)));
    assert.match(text, /Lấy ý kiến bằng văn bản/);
    assert.match(text, /họp thống nhất ý kiến ngày: 20\/05\/2027/);
    assert.match(text, /Điểm đạt mức 5 sao nhưng chưa đạt các tiêu chí có dấu sao của hạng 5/);
  });

  it('runs thirty products over more pages, the summary table repeating its head', async () => {
    const bytes = await renderMinutes(minutes(30, true));
    const pdf = readPdf(bytes);
    assert.ok(pdf.pages > two.pdf.pages + 5, `${pdf.pages} pages`);
    assertPages(bytes, pdf, true);
    const start = pdf.text.findIndex((page) => page.includes('Tổng hợp kết quả đánh giá'));
    const end = pdf.text.findIndex((page) => page.includes('Biên bản kết thúc lúc'));
    assert.ok(start >= 0 && end > start, `the summary runs from page ${start + 1} to ${end + 1}`);
    for (let i = start; i <= end; i++)
      assert.match(pdf.text[i], /Tên sản phẩm/, `summary head on page ${i + 1}`);
    const text = flat(pdf);
    for (let n = 5; n <= 30; n++) assert.ok(text.includes(`(lô ${n})`), `product ${n}`);
  });
});

const DECISION: DecisionDocument = {
  issuerName: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
  place: 'Thanh Hóa',
  number: null,
  suffix: 'QĐ-UBND',
  date: null,
  title: 'Về việc công nhận sản phẩm đạt tiêu chuẩn OCOP năm 2027 (đợt 1)',
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
  bases: [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    'Căn cứ Quyết định số 26/2026/QĐ-TTg của Thủ tướng Chính phủ về Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình Mỗi xã một sản phẩm;',
  ],
  council: {
    name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thanh Hóa',
    sessionTitle: 'đợt 1 năm 2027',
    meetingOn: '2027-05-15',
  },
  items: PRODUCTS.map(([productName, producerName], i) => ({
    productName,
    productCode: `38-00${i + 1}-2027`,
    producerName,
    address: 'Phường Hạc Thành, tỉnh Thanh Hóa',
    stars: i === 0 ? 4 : 3,
    score: i === 0 ? '78.50' : '65.00',
  })),
  validityMonths: 36,
  signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  signerName: null,
  recipients: ['- Như Điều 3;', '- Bộ Nông nghiệp và Môi trường (b/c);', '- Lưu: VT, NN.'],
  draft: true,
};

describe('decision recognising products', () => {
  it('prints the draft with a dotted number, BẢN DỰ THẢO on every page and the annex listing every product', async () => {
    const bytes = await renderDecision(DECISION);
    const pdf = readPdf(bytes);
    assertPages(bytes, pdf, true);
    const text = flat(pdf);
    assert.match(text, /Số: ……\/QĐ-UBND/);
    assert.match(text, /ngày …… tháng …… năm/);
    pdf.text.forEach((page, i) => assert.match(page, /BẢN DỰ THẢO/, `page ${i + 1}`));
    assert.match(
      text,
      /Công nhận 4 sản phẩm đạt tiêu chuẩn OCOP \(1 sản phẩm đạt 4 sao, 3 sản phẩm đạt 3 sao\)/,
    );
    assert.match(text, /có giá trị 36 tháng kể từ ngày ký/);
    const annex = pdf.text.findIndex((page) => page.includes('DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN'));
    assert.ok(annex > 0, 'the annex starts a page of its own');
    const listed = pdf.text.slice(annex).join('\n').replace(/\s+/g, ' ');
    // a name may wrap inside its cell: every code whole, every word of every name
    for (const { productName, productCode } of DECISION.items) {
      assert.ok(listed.includes(productCode!), productCode!);
      for (const word of productName.split(' ')) assert.ok(listed.includes(word), `${productName}: ${word}`);
    }
  });

  it('prints the number and date once signed, and no draft mark', async () => {
    const signed = {
      ...DECISION,
      number: '123/QĐ-UBND',
      date: '2027-05-20',
      draft: false,
      signerName: 'Đầu Thanh Tùng',
    };
    const text = flat(readPdf(await renderDecision(signed)));
    assert.match(text, /Số: 123\/QĐ-UBND/);
    assert.match(text, /Thanh Hóa, ngày 20 tháng 5 năm 2027/);
    assert.match(
      text,
      /Kèm theo Quyết định số 123\/QĐ-UBND ngày 20\/05\/2027 của Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa/,
    );
    assert.match(text, /Đầu Thanh Tùng/);
    assert.ok(!text.includes('BẢN DỰ THẢO'));
  });
});

const CERTIFICATE: CertificateDocument = {
  number: '015/2027/GCN-OCOP',
  issuerName: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
  decisionNumber: '123/QĐ-UBND',
  decisionDate: '2027-05-20',
  productName: 'Nem chua Thanh Hóa',
  productCode: '38-001-2027',
  producerName: 'Hợp tác xã Nem chua Hàm Rồng',
  producerAddress: 'Phường Hàm Rồng, tỉnh Thanh Hóa',
  stars: 4,
  validFrom: '2027-05-20',
  validUntil: '2030-05-20',
  signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  signerName: 'Đầu Thanh Tùng',
  publicUrl: 'http://localhost:3000/sp/7k3m9q2x',
  mark: null,
};

describe('certificate of an OCOP product', () => {
  it('prints one landscape page with the facts, the stars as shapes and a QR code of the public address', async () => {
    const bytes = await renderCertificate(CERTIFICATE);
    const pdf = readPdf(bytes);
    assert.equal(pdf.pages, 1);
    const [img] = renderPages(bytes);
    assert.ok(img.width > img.height, `landscape: ${img.width}×${img.height}`);
    const text = flat(pdf);
    for (const fact of [
      'Số: 015/2027/GCN-OCOP',
      'Nem chua Thanh Hóa',
      'Hợp tác xã Nem chua Hàm Rồng',
      '38-001-2027',
      'HẠNG 4 SAO',
      'Theo Quyết định số 123/QĐ-UBND ngày 20/05/2027',
      'Có giá trị đến ngày 20/05/2030',
      'Thanh Hóa, ngày 20 tháng 5 năm 2027',
      'Quét mã để kiểm tra hiệu lực',
      CERTIFICATE.publicUrl,
    ])
      assert.ok(text.includes(fact), fact);
    assert.ok(!text.includes('★'), 'the stars are drawn, not typed');
    assert.deepEqual(decodeQr(bytes), [CERTIFICATE.publicUrl]);
  });

  it('reprints a revoked certificate with its mark, the QR code still readable', async () => {
    const bytes = await renderCertificate({ ...CERTIFICATE, mark: 'Đã thu hồi' });
    assert.match(flat(readPdf(bytes)), /ĐÃ THU HỒI/);
    assert.deepEqual(decodeQr(bytes), [CERTIFICATE.publicUrl]);
  });
});
