// The filled self-assessment sheet as a PDF (Mẫu 02, part III): every criterion with
// the option chosen in full, points against the cap, evidence files and the
// producer's note, then the totals, the predicted star (none while nothing is
// answered), what blocks the next one, and the signature block of the form.
// pdfkit needs a full TTF for stacked Vietnamese diacritics (Be Vietnam Pro).
// Every page carries "Trang x/y"; the footer is written inside the bottom margin
// with the margin lifted, since text below it would make pdfkit start a new page.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Grant } from '../../../domain/access/policy.ts';
import { vietnamDateOf } from '../../../domain/time/vietnam-date.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { PREDICTION_WORDS } from '../../../shared/self-assessment-words.ts';
import type { AppDeps } from '../../core/deps.ts';
import { assessmentWithSet } from './self-assessment.service.ts';

const require = createRequire(import.meta.url);
const FONT = require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf');
const W = PREDICTION_WORDS.vi;

export async function assessmentPdf(
  deps: AppDeps,
  grant: Grant,
  id: string,
  now = deps.clock.now(),
): Promise<{ data: Buffer; fileName: string }> {
  const { view: a, set } = await assessmentWithSet(deps, grant, id);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 56, left: 50, right: 50 },
    bufferPages: true,
    lang: 'vi-VN',
    info: { Title: `Phiếu tự đánh giá OCOP — ${a.productName} (${a.year})`, Author: a.producerName },
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const width = doc.page.width - 100;
  const line = (
    text: string,
    font: 'body' | 'bold' = 'body',
    size = 10,
    options: PDFKit.Mixins.TextOptions = {},
  ) =>
    doc
      .font(font)
      .fontSize(size)
      .text(text, { width, ...options });

  line('PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM SẢN PHẨM OCOP', 'bold', 14, { align: 'center' });
  line('(Mẫu 02 — Phần III: tự đánh giá theo Bộ tiêu chí)', 'body', 10, { align: 'center' });
  doc.moveDown();
  line(`Sản phẩm: ${a.productName}`, 'bold', 11);
  line(`Chủ thể: ${a.producerName}`);
  line(`Năm đánh giá: ${a.year} · Bộ sản phẩm ${set.no}: ${set.name}`);
  line(
    `Bộ tiêu chí: ${a.rubric.title} (${a.rubric.id}${a.rubric.verified ? '' : ', bản chép chưa đối chiếu văn bản chính thức'})`,
  );
  line(
    `Trạng thái: ${a.status === 'final' ? 'Đã hoàn tất' : 'Bản nháp'} · Cập nhật: ${formatDateTime(a.updatedAt, 'vi')}`,
  );
  doc.moveDown();

  const evidenceOf = (code: string) => a.evidence.filter((e) => e.criterion === code);
  for (const part of set.parts) {
    line(
      `Phần ${part.code}. ${part.title.replace(/\s*\(\d+\s*điểm\)/i, '')} — ${a.result.parts[part.code]}/${part.maxPoints} điểm`,
      'bold',
      11,
    );
    for (const section of part.sections) {
      line(
        `${section.code}. ${section.title} — ${a.result.sections[section.code]}/${section.maxPoints}`,
        'bold',
        10,
      );
      for (const c of section.criteria) {
        if (c.kind === 'group') {
          line(`  ${c.code} ${c.title}`, 'bold', 9);
          continue;
        }
        const chosen = a.answers[c.code];
        const option = c.options.find((o) => o.position === chosen);
        const na = a.result.notApplicable.includes(c.code);
        const answer = na
          ? 'Không áp dụng (sản phẩm chưa có câu chuyện)'
          : option
            ? `Mức ${chosen}: ${option.text}`
            : chosen === undefined
              ? 'Chưa trả lời'
              : 'Chưa đáp ứng mức nào';
        // a section that is one criterion (7, 8, 9 …) is named once, by its heading
        if (c.code !== section.code) line(`  ${c.code} ${c.title}`, 'bold', 9);
        line(`     ${answer} — ${a.result.criteria[c.code] ?? 0}/${c.maxPoints ?? '-'} điểm`, 'body', 9);
        if (a.comments[c.code]) line(`     Giải trình: ${a.comments[c.code]}`, 'body', 9);
        for (const e of evidenceOf(c.code))
          line(
            `     Minh chứng: ${e.fileName} (${Math.ceil(e.bytes / 1024)} KB, sha256 ${e.sha256.slice(0, 12)}…)`,
            'body',
            8,
          );
      }
    }
    doc.moveDown(0.5);
  }

  doc.moveDown();
  const r = a.result;
  const p = a.prediction;
  line(
    `TỔNG ĐIỂM TỰ ĐÁNH GIÁ: ${r.total}/100 (A ${r.parts.A} · B ${r.parts.B} · C ${r.parts.C}) · ${W.answered(p.answered, p.applicable)}`,
    'bold',
    12,
  );
  line(
    p.stars === null
      ? `Dự kiến hạng: ${W.notAssessed.toLowerCase()} (chưa trả lời tiêu chí nào)`
      : `Dự kiến hạng: ${p.stars} sao${r.bandStars !== p.stars ? ` (theo điểm ${r.bandStars} sao, giới hạn bởi tiêu chí có dấu sao)` : ''}${r.disqualified ? ' — CÓ CĂN CỨ LOẠI/DỪNG ĐÁNH GIÁ' : ''}`,
    'bold',
    11,
  );
  for (const d of r.disqualifications)
    line(
      `• ${d.cite ?? 'Phát hiện của hội đồng'}${d.criterion ? ` (tiêu chí ${d.criterion})` : ''}`,
      'body',
      9,
    );
  if (p.blocked.length) line('Tiêu chí có dấu sao chưa đạt:', 'bold', 10);
  for (const b of p.blocked)
    line(`• Tiêu chí ${b.criterion} ${b.title} — ${W.needs(b.needs, b.chosen)}`, 'body', 9);
  if (p.shortfall) {
    line(
      `${W.shortfall(p.shortfall.target, p.shortfall.points, p.shortfall.markers)}.${p.shortfall.reachable ? '' : ' Không đạt được chỉ bằng các tiêu chí có thể cải thiện.'}`,
      'body',
      10,
    );
    for (const s of a.advice.steps)
      line(
        `• ${s.criterion} ${s.title}: nâng từ mức ${s.from} lên mức ${s.to} (+${s.gain} điểm)${s.reason === 'marker' ? ' — yêu cầu tối thiểu' : ''}`,
        'body',
        9,
      );
  }
  doc.moveDown();
  line(
    'Kết quả tự đánh giá của chủ thể để tham khảo; hạng sao do Hội đồng đánh giá, phân hạng quyết định.',
    'body',
    8,
    { oblique: true },
  );
  signatureBlock(doc);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(8)
      .text(
        `Trang ${i - range.start + 1}/${range.count} · In ngày ${vietnamDateOf(now).split('-').reverse().join('/')} · ${a.id}`,
        50,
        doc.page.height - 40,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await done;
  const safe = a.productName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return { data: Buffer.concat(chunks), fileName: `tu-danh-gia-${safe || 'san-pham'}-${a.year}.pdf` };
}

/**
 * The close of Mẫu 02: place and date left for the hand that signs, the representative's
 * title and the signing note, on the right half, kept on one page with room to sign.
 */
function signatureBlock(doc: PDFKit.PDFDocument) {
  const height = 130;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  else doc.moveDown(1.5);
  const x = doc.page.width / 2;
  const width = doc.page.width - doc.page.margins.right - x;
  const at = (text: string, font: 'body' | 'bold', size: number, oblique = false) =>
    doc.font(font).fontSize(size).text(text, x, doc.y, { width, align: 'center', oblique });
  at('…………, ngày …… tháng …… năm ………', 'body', 10, true);
  at('ĐẠI DIỆN TỔ CHỨC/CÁ NHÂN', 'bold', 11);
  at('(Ký, ghi rõ họ tên, đóng dấu nếu có)', 'body', 9, true);
  doc.moveDown(5);
  doc.x = doc.page.margins.left;
}
