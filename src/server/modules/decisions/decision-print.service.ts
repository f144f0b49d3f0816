// A decision printed: the draft the officers check before the chair (or the minister)
// signs — marked as a draft, its number dotted — and, once signed, the same text with
// its number and date (the signed copy uploaded remains the decision).
import type { Grant } from '../../../domain/access/policy.ts';
import { asciiSlug } from '../../documents/official-form.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { findUnitIn } from '../admin-units/admin-units.service.ts';
import { sessionCitation } from '../councils/councils.service.ts';
import { type DecisionDocument, renderDecision } from './decision.pdf.ts';
import * as repo from './decisions.repository.ts';
import { getDecision } from './decisions.service.ts';

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export async function decisionPdf(deps: AppDeps, grant: Grant, id: string) {
  const { db } = deps.database;
  const d = await getDecision(deps, grant, id);
  const row = await repo.findDecision(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const unit = row.provinceId ? await findUnitIn(db, row.provinceId) : null;
  const place = unit?.name ?? 'Hà Nội';
  const citation = row.sessionId ? await sessionCitation(db, row.sessionId) : null;
  const provincial = row.level === 'province';
  const doc: DecisionDocument = {
    issuerName: row.issuerName,
    place,
    number: row.number,
    suffix: row.suffix,
    date: row.signedOn,
    title: row.title,
    authority: provincial ? `CHỦ TỊCH ${row.issuerName}` : 'BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    bases: [
      provincial
        ? 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'
        : 'Căn cứ Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;',
      'Căn cứ Quyết định số 26/2026/QĐ-TTg của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm thuộc Chương trình Mỗi xã một sản phẩm;',
      ...(citation?.establishedBy
        ? [
            `Căn cứ Quyết định số ${citation.establishedBy}${citation.establishedOn ? ` ngày ${dmy(citation.establishedOn)}` : ''} thành lập ${citation.councilName};`,
          ]
        : []),
    ],
    council: {
      name: citation?.councilName ?? 'Hội đồng đánh giá, phân hạng sản phẩm OCOP',
      sessionTitle: citation?.sessionTitle ?? '',
      meetingOn: citation?.meetingOn ?? '',
    },
    items: d.items.map((i) => ({
      productName: i.productName,
      productCode: i.productCode,
      producerName: i.producerName,
      address: i.producerAddress,
      stars: i.stars,
      score: i.score ?? '',
    })),
    validityMonths: 36,
    signerTitle: row.signerTitle,
    signerName: row.signerName,
    recipients: provincial
      ? [
          'Như Điều 3;',
          'Bộ Nông nghiệp và Môi trường (để báo cáo);',
          'Văn phòng Điều phối nông thôn mới tỉnh;',
          'Lưu: VT.',
        ]
      : [
          'Như Điều 3;',
          'UBND các tỉnh, thành phố có sản phẩm;',
          'Văn phòng Điều phối nông thôn mới Trung ương;',
          'Lưu: VT.',
        ],
    draft: row.status === 'draft',
  };
  const data = await renderDecision(doc);
  const name = row.number ? asciiSlug(row.number.replace('/', '-'), 'quyet-dinh') : 'du-thao';
  return { data, fileName: `quyet-dinh-${name}.pdf` };
}
