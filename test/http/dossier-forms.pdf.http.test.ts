// The dossier's forms printed over HTTP (QĐ 26/2026 Phụ lục III): a dossier filed by
// its producer (Mẫu 01 and 02, a final self-assessment with five evidence files on each
// of eight criteria, papers, five samples) and checked by its commune on Mẫu 03. Each
// form is read back as text (pdftotext) and as pictures (pdftoppm): A4 pages, none
// blank, "Trang x/y" on every page, the national motto, the title, the dossier's facts
// with their diacritics, the signature block. Mẫu 03 prints as the blank form marked
// "BẢN NHÁP" until the commune records its check; another commune's officer gets 404.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { producerDocuments } from '../../src/server/db/schema/index.ts';
import { COMMUNE_CHECK_LABELS } from '../../src/domain/dossiers/commune-check.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { readPdf, renderPages, type PdfRead } from '../support/pdf.ts';
import { NEM_CHUA_FORMS, samplesOn } from '../support/dossier-forms.ts';
import { bestAnswers, setOf } from '../support/rubrics.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
const S: Record<string, Session> = {};
let productId: string;
let producerId: string;
let id: string;

const PRODUCER = 'Hợp tác xã Nem chua Hàm Rồng';
const PRODUCT = 'Nem chua Hàm Rồng';
const SET = setOf('qd26-2026', 7).set;
/** the first eight criteria of set 7 (1.1 … 2.1), each with five evidence files */
const EVIDENCE_CRITERIA = SET.parts[0].sections.flatMap((s) => s.criteria.map((c) => c.code)).slice(0, 8);
const evidenceName = (criterion: string, n: number) =>
  `Hóa đơn nguyên liệu tiêu chí ${criterion} số ${n}.pdf`;
const PDF_BYTES = new TextEncoder().encode(
  '%PDF-1.4\n% hóa đơn\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n',
);

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  deps.clock = fixedDateClock('2027-02-01');
  app = createApp(deps);
  const producer = await seedProducerInUnit(deps, unit('14758'), { name: PRODUCER, products: [PRODUCT] });
  const other = await seedProducerInUnit(deps, unit('14797'), { products: ['Bánh gai'] });
  productId = producer.productIds[0];
  producerId = producer.id;
  const users = {
    producer: await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId }]),
    commune: await seedUser(deps, [
      { role: 'commune_officer', scopeKind: 'unit', unitId: producer.place.scopeCommuneId! },
    ]),
    otherCommune: await seedUser(deps, [
      { role: 'commune_officer', scopeKind: 'unit', unitId: other.place.scopeCommuneId! },
    ]),
  };
  for (const [k, u] of Object.entries(users)) S[k] = await login(app, u.email);
});
after(() => tdb.drop());

const form03 = {
  items: {
    originAndRawMaterial: { met: true, note: 'Thịt lợn của các hộ trong phường' },
    localLabour: { met: true, note: '12/14 lao động cư trú tại phường' },
    ideaOrigin: { met: true, note: 'Nghề truyền thống của phường' },
    localIdentity: { met: true, note: 'Cách gói lá chuối, ủ chua của làng nghề' },
  },
  proposal: 'Đề nghị UBND tỉnh đánh giá, phân hạng sản phẩm',
  signer: 'Lê Văn Bình',
  signerTitle: 'Chủ tịch UBND phường',
};

interface Printed {
  pdf: PdfRead;
  /** all pages' text with runs of white space made one space */
  text: string;
  disposition: string | null;
}

async function printed(session: Session, form: string): Promise<Printed> {
  const res = await app.request(`/api/dossiers/${id}/forms/${form}`, { headers: { cookie: session.cookie } });
  assert.equal(res.status, 200, await res.clone().text());
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  const bytes = new Uint8Array(await res.arrayBuffer());
  const pdf = readPdf(bytes);
  assertPages(pdf, bytes);
  const text = pdf.text.join('\n').replace(/\s+/g, ' ');
  assert.match(text, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  assert.match(text, /Độc lập - Tự do - Hạnh phúc/);
  assert.match(text, new RegExp(`Mẫu số ${form}`));
  return { pdf, text, disposition: res.headers.get('content-disposition') };
}

/** Every page A4, numbered "Trang x/y" of the real count, inked beyond its footer, the head inked on page 1. */
function assertPages(pdf: PdfRead, bytes: Uint8Array) {
  assert.equal(pdf.text.length, pdf.pages);
  pdf.text.forEach((page, i) => {
    assert.match(page, new RegExp(`Trang ${i + 1}/${pdf.pages} · Mẫu số`), `page ${i + 1} is numbered`);
    assert.match(page.replace(/Trang \d+\/\d+ · Mẫu số.*/, ''), /\S/, `page ${i + 1} is not blank`);
  });
  const images = renderPages(bytes);
  assert.equal(images.length, pdf.pages);
  images.forEach((img, i) => {
    assert.ok(
      Math.abs(img.height / img.width - 297 / 210) < 0.01,
      `page ${i + 1} is A4: ${img.width}×${img.height}`,
    );
    // a page with nothing but its footer is about 0.05 % dark at 50 dpi; a signature block alone, 0.3 %
    assert.ok(img.ink > 0.0015, `page ${i + 1} carries print: ${(img.ink * 100).toFixed(2)} % dark`);
  });
  assert.ok(
    images[0].topInk > 0.01,
    `the head of page 1 is printed: ${(images[0].topInk * 100).toFixed(2)} %`,
  );
}

const pageOf = (pdf: PdfRead, text: string) => pdf.text.findIndex((p) => p.includes(text));

/** The commune's signature block on the last page, line by line on the right, "Nơi nhận" on the left. */
function assertSignedByCommune(pdf: PdfRead, title: string) {
  const last = pdf.text.at(-1)!;
  for (const line of [
    /Nơi nhận:\s+TM\. ỦY BAN NHÂN DÂN$/m,
    new RegExp(`\\s${title}$`, 'm'),
    /\(Ký tên và đóng dấu\)$/m,
  ])
    assert.match(last, line);
}

describe('the forms of a dossier as PDF', () => {
  it('the producer files the dossier: forms, a final sheet with evidence on eight criteria, papers, samples', async () => {
    const r = await call(app, '/api/dossiers', { session: S.producer, body: { productId, kind: 'first' } });
    assert.equal(r.status, 201, r.text);
    id = r.json.id;
    const d = await call(app, `/api/dossiers/${id}`, { session: S.producer });
    const saved = await call(app, `/api/dossiers/${id}`, {
      method: 'PUT',
      session: S.producer,
      body: {
        version: d.json.version,
        ...NEM_CHUA_FORMS,
        samples: samplesOn('2027-01-29'),
      },
    });
    assert.equal(saved.status, 200, saved.text);
    const sheet = await call(app, '/api/self-assessments', {
      session: S.producer,
      body: { productId, year: 2027 },
    });
    assert.equal(sheet.status, 201, sheet.text);
    const put = await call(app, `/api/self-assessments/${sheet.json.id}`, {
      method: 'PUT',
      session: S.producer,
      body: {
        answers: bestAnswers(SET),
        facts: { hasStory: true },
        comments: { '1.1': 'Thịt lợn mua của 12 hộ chăn nuôi trong phường' },
        expectedUpdatedAt: sheet.json.updatedAt,
      },
    });
    assert.equal(put.status, 200, put.text);
    for (const criterion of EVIDENCE_CRITERIA)
      for (let n = 1; n <= 5; n++) {
        const form = new FormData();
        form.append('criterion', criterion);
        form.append('file', new File([PDF_BYTES], evidenceName(criterion, n)));
        const up = await app.request(`/api/self-assessments/${sheet.json.id}/evidence`, {
          method: 'POST',
          body: form,
          headers: { cookie: S.producer.cookie, 'x-csrf-token': S.producer.csrf },
        });
        assert.equal(up.status, 201, await up.text());
      }
    const fin = await call(app, `/api/self-assessments/${sheet.json.id}/status`, {
      session: S.producer,
      body: { status: 'final' },
    });
    assert.equal(fin.status, 200, fin.text);
    await deps.database.db.insert(producerDocuments).values([
      { producerId, kind: 'business_registration', number: '2800123456', issuedOn: '2016-05-01' },
      { producerId, kind: 'food_safety', number: '02/2026/ATTP', validUntil: '2029-01-31' },
    ]);
    const sub = await call(app, `/api/dossiers/${id}/events`, {
      session: S.producer,
      body: { event: 'submit' },
    });
    assert.equal(sub.status, 200, sub.text);
    assert.equal(sub.json.stage, 'submitted');
  });

  it('Mẫu 03 before the commune’s check is the blank form, marked as a draft on every page', async () => {
    const { pdf, text } = await printed(S.commune, '03');
    pdf.text.forEach((page, i) => assert.match(page, /BẢN NHÁP/, `page ${i + 1} is marked`));
    assert.match(text, /ỦY BAN NHÂN DÂN .*PHƯỜNG HÀM RỒNG/);
    assert.match(text, /Hàm Rồng, ngày …… tháng …… năm ………/);
    for (const label of Object.values(COMMUNE_CHECK_LABELS)) assert.ok(text.includes(label.vi), label.vi);
    assert.equal(text.match(/Kết quả: Đạt □ Không đạt □/g)?.length, 4, 'nothing ticked');
    assert.equal(text.match(/Nhận xét: …{3,}/g)?.length, 4, 'the notes are dotted lines');
    assertSignedByCommune(pdf, 'CHỦ TỊCH');
    const checked = await call(app, `/api/dossiers/${id}/events`, {
      session: S.commune,
      body: { event: 'checkAtCommune', form03 },
    });
    assert.equal(checked.status, 200, checked.text);
    assert.equal(checked.json.stage, 'communeChecked');
  });

  it('Mẫu 01: the registration with the producer, the product, the kind of dossier and the signature block', async () => {
    const { pdf, text, disposition } = await printed(S.producer, '01');
    assert.equal(disposition, 'inline; filename="mau-01-nem-chua-ham-rong.pdf"');
    assert.ok(pdf.pages <= 2, `${pdf.pages} pages`);
    assert.match(
      text,
      /PHIẾU ĐĂNG KÝ Tham gia đánh giá, phân hạng sản phẩm OCOP của tỉnh Thanh Hóa năm 2027/,
    );
    for (const line of [
      `- Tên đơn vị: ${PRODUCER}`,
      '- Họ tên người đại diện pháp lý: Trịnh Thị Hoa',
      '- Chức vụ: Giám đốc',
      '- Điện thoại: 0912345678',
      `2. Tên sản phẩm: ${PRODUCT}`,
      '3. Nhóm sản phẩm đăng ký (Ngành, Nhóm, Phân nhóm theo Phụ lục I): I.3.c — Chế biến từ rau, củ, quả, hạt (bộ sản phẩm số 7)',
      '4. Lần đăng ký đánh giá: Lần đầu ■ Nâng hạng □ Đánh giá lại □',
      '- Sản phẩm mẫu (số lượng): 5 sản phẩm mẫu',
      'Kết quả tự đánh giá: 100/100 điểm',
      'Ngày nhận: 01/02/2027',
      'ĐẠI DIỆN (Ký, đóng dấu, ghi rõ họ tên) Trịnh Thị Hoa',
    ])
      assert.ok(text.includes(line), `${line}\nin: ${text}`);
    assert.match(text, /- Địa chỉ liên hệ: …{3,}/, 'no address recorded: the dotted line');
    assert.match(text, /…+, ngày …+ tháng …+ năm …+ ĐẠI DIỆN/);
  });

  it('Mẫu 02: parts I–IV, the self-assessment by criterion, the annex; the evidence list runs over several pages', async () => {
    const { pdf, text, disposition } = await printed(S.producer, '02');
    assert.equal(disposition, 'inline; filename="mau-02-nem-chua-ham-rong.pdf"');
    assert.match(text, /BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM \(Dành cho chủ thể có sản phẩm đăng ký\)/);
    for (const line of [
      'Phần I THÔNG TIN CHUNG',
      `1. Tên chủ thể: ${PRODUCER}`,
      '2. Loại hình tổ chức: Hợp tác xã',
      '- Họ tên: Trịnh Thị Hoa',
      '- Giới tính (Nam/nữ): Nữ',
      '- Dân tộc: Tày',
      'a) Giấy đăng ký kinh doanh: ■',
      'b) Đã công bố chất lượng sản phẩm theo quy định: □',
      '9. Cơ cấu tổ chức của chủ thể: 9 thành viên/chủ sở hữu; 14 lao động',
      'Phần II KẾT QUẢ THỰC HIỆN PHƯƠNG ÁN SẢN XUẤT KINH DOANH',
      '1. Tổ chức vùng nguyên liệu: Thịt lợn, bì lợn của các hộ trong phường',
      'Phần III ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN THEO BỘ TIÊU CHÍ SẢN PHẨM OCOP',
      'Mô tả: Thịt lợn mua của 12 hộ chăn nuôi trong phường',
      'Tổng điểm tự đánh giá: 100/100 điểm; hạng sao dự kiến: 5 sao.',
      'Phần IV KẾ HOẠCH SẢN XUẤT, KINH DOANH',
      '1. Định hướng, mục tiêu phát triển sản phẩm: Đạt 4 sao năm 2027',
      'ĐẠI DIỆN THEO PHÁP LUẬT CỦA CƠ SỞ (Ký, họ tên, đóng dấu) Trịnh Thị Hoa',
      'PHỤ LỤC DANH MỤC TÀI LIỆU MINH CHỨNG KÈM THEO BÁO CÁO',
      '02/2026/ATTP',
      'Người/đơn vị nhận: Văn phòng UBND phường Hàm Rồng',
    ])
      assert.ok(text.includes(line), `${line}\nin: ${text}`);
    assert.match(text, /2024 8 tấn 1\.200 150/);
    const first = pageOf(pdf, evidenceName(EVIDENCE_CRITERIA[0], 1));
    const last = pageOf(pdf, evidenceName(EVIDENCE_CRITERIA.at(-1)!, 5));
    assert.ok(
      first > 0 && last > first,
      `the 40 evidence files run from page ${first + 1} to page ${last + 1}`,
    );
    for (const criterion of EVIDENCE_CRITERIA)
      for (let n = 1; n <= 5; n++)
        assert.ok(text.includes(evidenceName(criterion, n)), evidenceName(criterion, n));
    assert.ok(pageOf(pdf, 'C. Sản phẩm mẫu') >= last, 'the samples follow the evidence list');
  });

  it('Mẫu 03 as recorded: the commune’s head and date, the four items with notes, the proposal, the signature', async () => {
    const { pdf, text, disposition } = await printed(S.commune, '03');
    assert.equal(disposition, 'inline; filename="mau-03-nem-chua-ham-rong.pdf"');
    assert.doesNotMatch(text, /BẢN NHÁP/);
    assert.match(text, /ỦY BAN NHÂN DÂN .*PHƯỜNG HÀM RỒNG/);
    assert.match(text, /Số: ……\/BC-UBND Hàm Rồng, ngày 01 tháng 02 năm 2027/);
    assert.match(
      text,
      /BÁO CÁO Đánh giá một số nội dung của hồ sơ đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP/,
    );
    assert.ok(text.includes(`1. Tên chủ thể: ${PRODUCER}`));
    assert.ok(text.includes(`5. Sản phẩm đăng ký đánh giá: ${PRODUCT} - Nhóm sản phẩm: I.3.c`));
    assert.ok(text.includes('- Lần đăng ký đánh giá: Lần đầu'));
    for (const [item, label] of Object.entries(COMMUNE_CHECK_LABELS)) {
      const note = form03.items[item as keyof typeof form03.items].note;
      assert.ok(text.includes(`${label.vi}: Kết quả: Đạt ■ Không đạt □ Nhận xét: ${note}`), label.vi);
    }
    assert.ok(
      text.includes(
        `Ủy ban nhân dân phường Hàm Rồng đề nghị Ủy ban nhân dân tỉnh Thanh Hóa đánh giá, phân hạng sản phẩm OCOP cho sản phẩm ${PRODUCT} của ${PRODUCER}.`,
      ),
    );
    assert.ok(text.includes(`Ý kiến đề nghị: ${form03.proposal}`));
    assertSignedByCommune(pdf, 'CHỦ TỊCH UBND PHƯỜNG');
    assert.match(pdf.text.at(-1)!, /^ +Lê Văn Bình$/m, 'the signer under the block');
  });

  it('another commune’s officer gets 404 for each form; a form that does not exist is refused', async () => {
    for (const form of ['01', '02', '03'])
      assertError(
        await call(app, `/api/dossiers/${id}/forms/${form}`, { session: S.otherCommune }),
        404,
        'NOT_FOUND',
      );
    const unknown = await call(app, `/api/dossiers/${id}/forms/04`, { session: S.producer });
    assert.equal(unknown.status, 400);
  });
});
