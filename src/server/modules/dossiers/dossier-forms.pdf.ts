// The dossier's forms printed as the templates of QĐ 26/2026 Phụ lục III: Mẫu số 01,
// the registration; Mẫu số 02, the producer's self-assessment report (I general
// information, II business results, III the self-assessment against the rubric, IV
// the plan, then its annex: papers, evidence files, the hand-over of 5 samples, none
// for community tourism); Mẫu số 03, the commune's report on the four items it
// assesses (Art. 7.2). Each prints what the dossier holds and the template's dotted
// line where it holds nothing, so the paper can be completed by hand. Until the
// commune has recorded its check, Mẫu 03 is the blank form marked as a draft. Who
// cannot see the dossier gets the same 404 as when opening it.
import type { Grant } from '../../../domain/access/policy.ts';
import {
  COMMUNE_CHECK_ITEMS,
  COMMUNE_CHECK_LABELS,
  type Form03,
} from '../../../domain/dossiers/commune-check.ts';
import { TOURISM_SET_NO } from '../../../domain/dossiers/dossier-content.ts';
import { DOSSIER_KINDS } from '../../../shared/enums.ts';
import { formatDate, formatNumber } from '../../../shared/format.ts';
import { PRODUCT_SETS } from '../../../shared/registry.ts';
import { termOf, V } from '../../../shared/vocabulary.ts';
import type { AppDeps } from '../../core/deps.ts';
import * as F from '../../documents/official-form.ts';
import { DOTS } from '../../documents/official-form.ts';
import { findUnitIn } from '../admin-units/admin-units.service.ts';
import { assessmentWithSet } from '../self-assessment/self-assessment.service.ts';
import { contentOf, dossierFor } from './dossier-access.ts';

export const DOSSIER_FORMS = ['01', '02', '03'] as const;
export type DossierForm = (typeof DOSSIER_FORMS)[number];

const TITLES: Record<DossierForm, string> = {
  '01': 'Phiếu đăng ký đánh giá, phân hạng sản phẩm OCOP',
  '02': 'Báo cáo tự đánh giá về sản phẩm',
  '03': 'Báo cáo đánh giá một số nội dung của hồ sơ sản phẩm',
};
/** the template's words for the kinds of registration (Mẫu 01, item 4) */
const KIND_WORDS: Record<(typeof DOSSIER_KINDS)[number], string> = {
  first: 'Lần đầu',
  upgrade: 'Nâng hạng',
  reEvaluation: 'Đánh giá lại',
};
const COMMITMENT =
  'Cam đoan những thông tin trong Phiếu đăng ký là đúng sự thật, chúng tôi xin cam kết tuân thủ các quy định về đánh giá, phân hạng sản phẩm OCOP, chịu trách nhiệm trước Hội đồng và pháp luật về Hồ sơ đăng ký đánh giá, phân hạng sản phẩm.';
const TABLES = {
  business: {
    heads: ['TT', 'Năm', 'Sản lượng', 'Doanh thu (triệu đồng)', 'Lợi nhuận (triệu đồng)'],
    shares: [8, 12, 30, 25, 25],
    align: 'cclrr',
  },
  criteria: {
    heads: ['Mã', 'Tiêu chí', 'Mức tự đánh giá, mô tả, minh chứng', 'Điểm'],
    shares: [9, 33, 44, 14],
    align: 'lllc',
  },
  papers: { heads: ['TT', 'Loại giấy tờ', 'Số', 'Hiệu lực đến'], shares: [8, 40, 30, 22], align: 'cllc' },
  evidence: {
    heads: ['TT', 'Tiêu chí', 'Tên tệp', 'Dung lượng', 'Mã kiểm tra (SHA-256)'],
    shares: [8, 10, 46, 14, 22],
    align: 'cclrl',
  },
} satisfies Record<string, F.Columns>;
const INDENT = 18;
const blankDate = F.placeDateLine(null, null);

type Facts = Awaited<ReturnType<typeof formFacts>>;
type Assessment = Awaited<ReturnType<typeof assessmentWithSet>>;
type Criterion = Assessment['set']['parts'][number]['sections'][number]['criteria'][number];

export async function dossierFormPdf(deps: AppDeps, grant: Grant, id: string, form: DossierForm) {
  const x = await formFacts(deps, grant, id);
  const sheetId = x.content.selfAssessment?.id;
  const assessment = form === '02' && sheetId ? await assessmentWithSet(deps, grant, sheetId) : null;
  const f = F.openForm({ title: `${TITLES[form]} — ${x.product.name}`, author: x.product.producerName });
  F.formLabel(f, `Mẫu số ${form}`);
  let draft: string | undefined;
  if (form === '01') printForm01(f, x);
  else if (form === '02') printForm02(f, x, assessment);
  else draft = printForm03(f, x);
  const footer = `Mẫu số ${form} · In ngày ${formatDate(deps.clock.today(), 'vi')}`;
  const data = await F.finishForm(f, footer, draft);
  return { data, fileName: `mau-${form}-${F.asciiSlug(x.product.name, 'san-pham')}.pdf` };
}

/** The dossier with the access check of its page, its content, producer and places. */
async function formFacts(deps: AppDeps, grant: Grant, id: string) {
  const { db } = deps.database;
  const { row, product } = await dossierFor(db, grant, id);
  const { content, sheet, producer } = await contentOf(deps, grant, row, product.productSet);
  const commune = product.scopeCommuneId ? await findUnitIn(db, product.scopeCommuneId) : null;
  const province = product.scopeProvinceId ? await findUnitIn(db, product.scopeProvinceId) : null;
  // a commune's name carries its kind ("Phường Hàm Rồng"), a province's does not ("Thanh Hóa")
  const place = {
    commune: commune?.name ?? null,
    province: province ? `${province.type === 'thanh_pho_tw' ? 'thành phố' : 'tỉnh'} ${province.name}` : null,
  };
  return { row, product, content, sheet, producer, place };
}

const lowerFirst = (s: string | null) => (s ? s[0].toLocaleLowerCase('vi') + s.slice(1) : null);
const joined = (...parts: (string | null | undefined)[]) => parts.filter((p) => p?.trim()).join('. ');
const hasPaper = (x: Facts, kind: string) => x.content.papers.some((p) => p.kind === kind);
const dateOf = (iso: string | null | undefined) => (iso ? formatDate(iso, 'vi') : null);

function setLabel(no: number | null) {
  const set = PRODUCT_SETS.find((s) => s.no === no);
  return set ? `${set.code} — ${set.vi} (bộ sản phẩm số ${set.no})` : null;
}

function samplesLine(x: Facts) {
  if (x.product.productSet === TOURISM_SET_NO)
    return 'Không áp dụng (dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch)';
  return x.content.samples ? `${x.content.samples.count} sản phẩm mẫu` : null;
}

function printForm01(f: F.OfficialForm, x: Facts) {
  const f1 = x.content.form01;
  const year = x.row.year ?? DOTS;
  F.header(f, {});
  F.formTitle(
    f,
    'PHIẾU ĐĂNG KÝ',
    `Tham gia đánh giá, phân hạng sản phẩm OCOP của ${x.place.province ?? 'tỉnh ……'} năm ${year}`,
  );
  F.heading(f, ['1. Thông tin về đơn vị đăng ký:']);
  F.fields(
    f,
    [
      ['- Tên đơn vị', x.producer.name],
      ['- Họ tên người đại diện pháp lý', f1?.representative],
      ['- Chức vụ', f1?.title],
      ['- Địa chỉ liên hệ', x.producer.addressLine],
      ['- Điện thoại', f1?.phone],
      ['- Email', f1?.email],
    ],
    INDENT,
  );
  F.fields(f, [
    ['2. Tên sản phẩm', x.product.name],
    ['3. Nhóm sản phẩm đăng ký (Ngành, Nhóm, Phân nhóm theo Phụ lục I)', setLabel(x.product.productSet)],
  ]);
  const kinds = DOSSIER_KINDS.map((k) => KIND_WORDS[k]);
  F.ticks(f, '4. Lần đăng ký đánh giá', kinds, DOSSIER_KINDS.indexOf(x.row.kind));
  F.paragraph(f, '5. Tài liệu kèm theo:');
  const score = x.sheet ? ` Kết quả tự đánh giá: ${x.sheet.total}/100 điểm.` : '';
  const report = `- Báo cáo đánh giá về sản phẩm theo Bộ tiêu chí (bản gốc, bản điện tử).${score}`;
  F.paragraph(f, report, { indent: INDENT });
  F.fields(f, [['- Sản phẩm mẫu (số lượng)', samplesLine(x)]], INDENT);
  f.doc.moveDown(0.5);
  // the signature never stands alone on a page: the commitment goes with it
  F.keepTogether(f, 260);
  F.paragraph(f, COMMITMENT);
  const note = '(Ký, đóng dấu, ghi rõ họ tên)';
  F.signature(f, { placeDate: blankDate, title: ['ĐẠI DIỆN'], note, name: f1?.representative });
  F.keepTogether(f, 330);
  F.heading(f, ['PHẦN DÀNH CHO CƠ QUAN QUẢN LÝ'], 'center');
  reception(f, 'DÀNH CHO ỦY BAN NHÂN DÂN CẤP XÃ', x.row.receivedOn);
  reception(f, 'DÀNH CHO CƠ QUAN QUẢN LÝ OCOP CẤP TỈNH', null);
}

/** A receiving body's box of Mẫu 01: the slip's number, the day received (when recorded), who received it. */
function reception(f: F.OfficialForm, body: string, receivedOn: string | null) {
  F.heading(f, [body]);
  F.paragraph(f, 'Phiếu số: ……-……. /PĐK- (Mã tỉnh) - (Mã xã) - (Năm)');
  F.fields(f, [['Ngày nhận', dateOf(receivedOn)]]);
  F.paragraph(f, 'Người tiếp nhận: …………………………… Chữ ký: ……………………');
  F.paragraph(f, 'Cơ quan tiếp nhận', { face: 'bold', indent: f.width * 0.5 });
  F.paragraph(f, '(Ký, đóng dấu và ghi rõ họ tên)', { face: 'italic', indent: f.width * 0.5 });
  f.doc.moveDown(2);
}

/** The producer and its legal representative (part I of Mẫu 02 with its contacts, of Mẫu 03 without). */
function producerFields(f: F.OfficialForm, x: Facts, withContacts: boolean) {
  const p = x.producer;
  const f1 = x.content.form01;
  const phone = f1?.phone ? `${f1.phone}; Email: ${f1.email ?? DOTS}` : null;
  F.fields(f, [
    ['1. Tên chủ thể', p.name],
    ['2. Loại hình tổ chức', p.legalType ? termOf(V.legalType, p.legalType, 'vi') : null],
    ['3. Địa chỉ', p.addressLine],
    ...(withContacts ? [['4. Điện thoại', phone] as F.Field] : []),
  ]);
  F.paragraph(f, `${withContacts ? 5 : 4}. Tên người đại diện pháp luật:`);
  const sex = p.representativeSex ? termOf(V.sex, p.representativeSex, 'vi') : null;
  F.fields(
    f,
    [
      ['- Họ tên', f1?.representative],
      ['- Giới tính (Nam/nữ)', sex],
      ['- Dân tộc', p.representativeEthnicity],
      ['- Địa chỉ thường trú', null],
    ],
    INDENT,
  );
}

function printForm02(f: F.OfficialForm, x: Facts, a: Assessment | null) {
  const g = x.content.general;
  F.header(f, {});
  F.formTitle(f, 'BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM', undefined, '(Dành cho chủ thể có sản phẩm đăng ký)');
  F.heading(f, ['Phần I', 'THÔNG TIN CHUNG'], 'center');
  producerFields(f, x, true);
  const registration = x.content.papers.find((p) => p.kind === 'business_registration');
  const founded = dateOf(x.producer.registrationDate) ?? (g?.foundedYear ? `năm ${g.foundedYear}` : null);
  F.fields(f, [['6. Ngày thành lập/đăng ký kinh doanh', founded]]);
  F.fields(f, [['- Số giấy đăng ký (nếu có)', x.producer.registrationNo ?? registration?.number]], INDENT);
  const product = joined(x.product.name, g?.productDescription);
  F.fields(f, [['7. Tên sản phẩm/dịch vụ, mô tả về quy cách sản phẩm, tiêu chuẩn', product, 1]]);
  F.paragraph(f, 'Đánh dấu (√) vào mục tương ứng (theo giấy tờ chủ thể đã khai):', { face: 'italic' });
  for (const [label, on] of [
    ['a) Giấy đăng ký kinh doanh:', hasPaper(x, 'business_registration')],
    ['b) Đã công bố chất lượng sản phẩm theo quy định:', false],
    ['c) Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm:', hasPaper(x, 'food_safety')],
    ['d) Đã có đăng ký sở hữu trí tuệ (Giấy chứng nhận đăng ký nhãn hiệu):', hasPaper(x, 'trademark')],
  ] as const)
    F.ticks(f, '', [label], on ? 0 : null, INDENT);
  const people = [
    g?.members != null && `${g.members} thành viên/chủ sở hữu`,
    g?.workers != null && `${g.workers} lao động`,
  ].filter(Boolean);
  F.fields(f, [
    ['8. Lịch sử hình thành của chủ thể', g?.foundedYear ? `thành lập năm ${g.foundedYear}` : null, 1],
    ['9. Cơ cấu tổ chức của chủ thể', people.join('; ') || null, 1],
  ]);

  F.heading(f, ['Phần II', 'KẾT QUẢ THỰC HIỆN PHƯƠNG ÁN SẢN XUẤT KINH DOANH'], 'center');
  F.fields(f, [
    ['1. Tổ chức vùng nguyên liệu', g?.rawMaterials, 1],
    [
      '2. Cơ sở vật chất, công nghệ sản xuất, sơ chế, chế biến, đóng gói',
      joined(g?.facilities, g?.process),
      1,
    ],
  ]);
  F.paragraph(f, '3. Kết quả sản xuất, kinh doanh (doanh thu, lợi nhuận):');
  const years = x.content.business.map((b, i) => [
    String(i + 1),
    String(b.year),
    b.output,
    formatNumber(b.revenue, 'vi', 1),
    formatNumber(b.profit, 'vi', 1),
  ]);
  F.table(f, TABLES.business, years);

  F.heading(f, ['Phần III', 'ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN THEO BỘ TIÊU CHÍ SẢN PHẨM OCOP'], 'center');
  if (a) selfAssessment(f, a);
  else F.fields(f, [['Kết quả tự đánh giá theo Bộ tiêu chí', null, 2]]);

  F.heading(f, ['Phần IV', 'KẾ HOẠCH SẢN XUẤT, KINH DOANH'], 'center');
  const plan = x.content.plan;
  F.fields(f, [
    ['1. Định hướng, mục tiêu phát triển sản phẩm', plan?.goals, 1],
    ['2. Thị trường', plan?.markets, 1],
  ]);
  F.keepTogether(f, 230);
  F.fields(f, [['3. Đầu tư, tổ chức sản xuất', plan?.investments, 1]]);
  const title = ['ĐẠI DIỆN THEO PHÁP LUẬT CỦA CƠ SỞ'];
  const name = x.content.form01?.representative;
  F.signature(f, { placeDate: blankDate, title, note: '(Ký, họ tên, đóng dấu)', name });
  annex(f, x, a);
}

/** Part III: each criterion with the level chosen, the producer's description and points, then the totals. */
function selfAssessment(f: F.OfficialForm, { view: a, set }: Assessment) {
  F.paragraph(f, `Bộ tiêu chí: ${a.rubric.title}; bộ sản phẩm số ${set.no}: ${set.name}.`);
  f.doc.moveDown(0.3);
  const rows: string[][] = [];
  const bold = new Set<number>();
  const cell = (c: Criterion) => {
    const n = a.evidence.filter((e) => e.criterion === c.code).length;
    return `${levelOf(a, c)}${n ? `\nMinh chứng: ${n} tệp (Phụ lục, mục B)` : ''}`;
  };
  for (const part of set.parts) {
    bold.add(rows.length);
    const title = part.title.replace(/\s*\(\d+\s*điểm\)/i, '');
    rows.push([part.code, title, '', `${a.result.parts[part.code]}/${part.maxPoints}`]);
    for (const section of part.sections) {
      // a section that is one criterion (7, 8, 9 …) is answered on its own row, in plain type
      if (section.criteria.some((c) => c.code !== section.code)) bold.add(rows.length);
      rows.push([section.code, section.title, '', `${a.result.sections[section.code]}/${section.maxPoints}`]);
      for (const c of section.criteria) {
        const points = `${a.result.criteria[c.code] ?? '…'}/${c.maxPoints ?? '-'}`;
        if (c.code === section.code && c.kind !== 'group') rows[rows.length - 1][2] = cell(c);
        else rows.push(c.kind === 'group' ? [c.code, c.title, '', ''] : [c.code, c.title, cell(c), points]);
      }
    }
  }
  F.table(f, TABLES.criteria, rows, bold);
  const stars = a.prediction.stars === null ? DOTS : `${a.prediction.stars} sao`;
  F.paragraph(f, `Tổng điểm tự đánh giá: ${a.result.total}/100 điểm; hạng sao dự kiến: ${stars}.`, {
    face: 'bold',
  });
}

/** The level the producer chose for a criterion, with its description; the dotted line when unanswered. */
function levelOf(a: Assessment['view'], c: Criterion) {
  const chosen = a.answers[c.code];
  const note = a.comments[c.code] ? `\nMô tả: ${a.comments[c.code]}` : '';
  if (a.result.notApplicable.includes(c.code)) return `Không áp dụng${note}`;
  if (chosen === undefined) return DOTS;
  const option = c.options.find((o) => o.position === chosen);
  return `${option ? `Mức ${chosen}: ${option.text}` : 'Không đạt mức nào'}${note}`;
}

/** The annex of Mẫu 02: the producer's papers, the evidence files by criterion, the samples handed over. */
function annex(f: F.OfficialForm, x: Facts, a: Assessment | null) {
  f.doc.addPage();
  F.heading(f, ['PHỤ LỤC', 'DANH MỤC TÀI LIỆU MINH CHỨNG KÈM THEO BÁO CÁO'], 'center');
  F.heading(f, ['A. Giấy tờ pháp lý của chủ thể']);
  const papers = x.content.papers.map((p, i) => [
    String(i + 1),
    termOf(V.documentKind, p.kind, 'vi'),
    p.number ?? DOTS,
    dateOf(p.validUntil) ?? 'Không thời hạn',
  ]);
  F.table(f, TABLES.papers, papers);
  F.heading(f, ['B. Tài liệu minh chứng theo tiêu chí']);
  const files = (a?.view.evidence ?? []).map((e, i) => [
    String(i + 1),
    e.criterion,
    e.fileName,
    `${formatNumber(Math.ceil(e.bytes / 1024), 'vi')} KB`,
    e.sha256.slice(0, 16),
  ]);
  F.table(f, TABLES.evidence, files);
  F.heading(f, ['C. Sản phẩm mẫu']);
  const s = x.content.samples;
  F.fields(f, [['Số lượng sản phẩm mẫu', samplesLine(x)]]);
  if (x.product.productSet === TOURISM_SET_NO) return;
  F.fields(f, [
    ['Ngày giao', dateOf(s?.handedOverOn)],
    ['Người/đơn vị nhận', s?.receivedBy],
  ]);
}

/** Mẫu 03; returns the draft mark while the commune has not recorded its check. */
function printForm03(f: F.OfficialForm, x: Facts): string | undefined {
  const recorded = x.row.communeCheckedOn ? (x.row.form03 as Form03 | null) : null;
  const commune = x.place.commune;
  const place = commune?.replace(/^(Xã|Phường|Thị trấn|Đặc khu)\s+/, '') ?? null;
  F.header(f, {
    issuer: ['ỦY BAN NHÂN DÂN', commune?.toLocaleUpperCase('vi') ?? 'XÃ/PHƯỜNG ……'],
    docNumber: 'Số: ……/BC-UBND',
    placeDate: F.placeDateLine(place, recorded ? x.row.communeCheckedOn : null),
  });
  const subject = 'Đánh giá một số nội dung của hồ sơ đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP';
  const draftNote = '(Bản nháp: Ủy ban nhân dân cấp xã chưa ghi nhận kết quả đánh giá)';
  F.formTitle(f, 'BÁO CÁO', subject, recorded ? undefined : draftNote);
  F.heading(f, ['I. THÔNG TIN CHUNG VỀ HỒ SƠ SẢN PHẨM']);
  producerFields(f, x, false);
  F.fields(f, [['5. Sản phẩm đăng ký đánh giá', x.product.name]]);
  F.fields(
    f,
    [
      ['- Nhóm sản phẩm', setLabel(x.product.productSet)],
      ['- Lần đăng ký đánh giá', KIND_WORDS[x.row.kind]],
    ],
    INDENT,
  );
  F.heading(f, ['II. ĐÁNH GIÁ MỘT SỐ NỘI DUNG CỦA HỒ SƠ SẢN PHẨM']);
  COMMUNE_CHECK_ITEMS.forEach((item, i) => {
    const a = recorded?.items[item];
    F.keepTogether(f, 70);
    F.paragraph(f, `${i + 1}. ${COMMUNE_CHECK_LABELS[item].vi}:`, { face: 'bold' });
    F.ticks(f, 'Kết quả', ['Đạt', 'Không đạt'], a ? Number(!a.met) : null, INDENT);
    F.fields(f, [['Nhận xét', a?.note, 1]], INDENT);
  });
  f.doc.moveDown(0.5);
  F.keepTogether(f, 280);
  const province = x.place.province ?? 'tỉnh ……';
  F.paragraph(
    f,
    `Ủy ban nhân dân ${lowerFirst(commune) ?? 'xã ……'} đề nghị Ủy ban nhân dân ${province} đánh giá, phân hạng sản phẩm OCOP cho sản phẩm ${x.product.name} của ${x.producer.name}.`,
  );
  F.fields(f, [['Ý kiến đề nghị', recorded?.proposal, 1]]);
  F.signature(f, {
    title: ['TM. ỦY BAN NHÂN DÂN', recorded?.signerTitle.toLocaleUpperCase('vi') ?? 'CHỦ TỊCH'],
    note: '(Ký tên và đóng dấu)',
    name: recorded?.signer,
    recipients: [`- UBND ${province};`, '- Chủ thể OCOP;', '- Lưu: VT.'],
  });
  return recorded ? undefined : 'BẢN NHÁP';
}
