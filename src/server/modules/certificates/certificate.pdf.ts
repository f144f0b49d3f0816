// The certificate of a product meeting the OCOP standard (Giấy chứng nhận sản phẩm đạt
// tiêu chuẩn OCOP) with the fields DOMAIN.md §6 lists: number, issuer, the decision and
// its date, product and code, producer and address, stars, validity (36 months, QĐ
// 26/2026), signer. One A4 landscape page inside a framed border, set in the Tinos
// faces of the official forms; the stars drawn as filled shapes, since Tinos has no
// star glyph. The QR code encodes the product's permanent public address and nothing
// else, so whoever holds the paper can check on the public page that it is still in
// force; the address is printed under it for whoever cannot scan. A superseded or
// revoked certificate is reprinted with its mark across the page. A pure renderer.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { formatDate } from '../../../shared/format.ts';
import { FACES, MOTTO, placeDateLine } from '../../documents/official-form.ts';
import { placeOfIssuer } from '../../documents/issuer-names.ts';
import { drawQr, drawStar } from '../../documents/vector-marks.ts';

export interface CertificateDocument {
  /** "015/2027/GCN-OCOP" */
  number: string;
  /** "ỦY BAN NHÂN DÂN TỈNH THANH HÓA" */
  issuerName: string;
  decisionNumber: string;
  /** ISO */
  decisionDate: string;
  productName: string;
  productCode: string | null;
  producerName: string;
  producerAddress: string | null;
  stars: 3 | 4 | 5;
  /** ISO */
  validFrom: string;
  validUntil: string;
  signerTitle: string;
  signerName: string | null;
  /** the product's permanent public address; the QR code encodes exactly this */
  publicUrl: string;
  /** a certificate that is superseded or revoked is reprinted with this mark; null for one in force */
  mark: string | null;
  /** place on the date line; read from the issuer when absent ("Thanh Hóa", or "Hà Nội" for the ministry) */
  place?: string | null;
}

const require = createRequire(import.meta.url);
const MM = 72 / 25.4;
const RED = '#9b1c1c';
const STAR_WORDS = { 3: 'BA', 4: 'BỐN', 5: 'NĂM' } as const;
/** the QR symbol's side (its quiet zone lies outside): 32 mm, over the 30 mm asked for reading at arm's length */
const QR_SIDE = 32 * MM;
const vi = (iso: string) => formatDate(iso, 'vi');

type Doc = PDFKit.PDFDocument;
type Band = { x: number; width: number };

export async function renderCertificate(c: CertificateDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: 'vi-VN',
    info: { Title: `Giấy chứng nhận sản phẩm OCOP số ${c.number}`, Author: c.issuerName },
  });
  for (const [name, file] of Object.entries(FACES)) doc.registerFont(name, require.resolve(file));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const { width: W, height: H } = doc.page;
  frame(doc, W, H);
  const inner = { x: 20 * MM, width: W - 40 * MM };
  head(doc, c, inner, 18 * MM);
  let y = 48 * MM;
  y = centred(doc, 'GIẤY CHỨNG NHẬN', inner, y, 'bold', 30, RED);
  y = centred(doc, `SẢN PHẨM ĐẠT TIÊU CHUẨN OCOP HẠNG ${c.stars} SAO`, inner, y + 2, 'bold', 17, RED);
  y = centred(doc, `(${STAR_WORDS[c.stars]} SAO)`, inner, y, 'italic', 11);
  const r = 4 * MM;
  for (let i = 0; i < c.stars; i++) drawStar(doc, W / 2 + (i - (c.stars - 1) / 2) * 3 * r, y + r + 4, r);
  y = centred(doc, c.productName, inner, y + 2 * r + 12, 'bold', 22);
  details(doc, c, { x: W / 2 - 85 * MM, width: 170 * MM }, y + 8);
  bottom(doc, c, inner, H - 22 * MM);
  if (c.mark) stamp(doc, c.mark, W, H);
  doc.end();
  return bytes;
}

/** A double border in the issuer's red: a heavy outer rule and a fine one inside it. */
function frame(doc: Doc, W: number, H: number) {
  doc.save().strokeColor(RED);
  doc
    .rect(8 * MM, 8 * MM, W - 16 * MM, H - 16 * MM)
    .lineWidth(2.5)
    .stroke();
  doc
    .rect(10.5 * MM, 10.5 * MM, W - 21 * MM, H - 21 * MM)
    .lineWidth(0.8)
    .stroke();
  doc.restore();
}

function centred(
  doc: Doc,
  text: string,
  band: Band,
  y: number,
  face: string,
  size: number,
  colour = 'black',
) {
  doc
    .font(face)
    .fontSize(size)
    .fillColor(colour)
    .text(text, band.x, y, { width: band.width, align: 'center' });
  doc.fillColor('black');
  return doc.y;
}

/** The issuer and the certificate's number on the left, the motto over its rule on the right. */
function head(doc: Doc, c: CertificateDocument, inner: Band, top: number) {
  const left = { x: inner.x, width: inner.width * 0.42 };
  const right = { x: inner.x + left.width, width: inner.width - left.width };
  let y = centred(doc, c.issuerName, left, top, 'bold', 12.5);
  rule(doc, left.x + left.width / 2, y + 2, 40 * MM);
  centred(doc, `Số: ${c.number}`, left, y + 8, 'body', 12.5);
  y = centred(doc, MOTTO[0], right, top, 'bold', 12.5);
  y = centred(doc, MOTTO[1], right, y, 'bold', 13);
  rule(doc, right.x + right.width / 2, y + 2, doc.widthOfString(MOTTO[1]));
}

function rule(doc: Doc, centre: number, y: number, length: number) {
  doc
    .moveTo(centre - length / 2, y)
    .lineTo(centre + length / 2, y)
    .lineWidth(0.6)
    .stroke();
}

/** The product's facts, each "label: value" with the value in bold, then the decision and the validity. */
function details(doc: Doc, c: CertificateDocument, band: Band, top: number) {
  const line = { width: band.width, lineGap: 2 };
  const lines: [string, string][] = [
    ['Mã sản phẩm', c.productCode ?? '……'],
    ['Chủ thể', c.producerName],
    ['Địa chỉ', c.producerAddress ?? '……'],
  ];
  doc.x = band.x;
  doc.y = top;
  for (const [label, value] of lines) {
    doc
      .font('body')
      .fontSize(15)
      .text(`${label}: `, band.x, doc.y, { ...line, continued: true });
    doc.font('bold').text(value, line);
  }
  doc
    .font('body')
    .text(`Theo Quyết định số ${c.decisionNumber} ngày ${vi(c.decisionDate)}`, band.x, doc.y, line);
  doc.font('bold').text(`Có giá trị đến ngày ${vi(c.validUntil)}`, band.x, doc.y, line);
}

/** The QR code with its caption and address on the left, the signature block on the right, both ending at `end`. */
function bottom(doc: Doc, c: CertificateDocument, inner: Band, end: number) {
  const qrBand = { x: inner.x, width: 70 * MM };
  doc.font('body').fontSize(8);
  const urlHeight = doc.heightOfString(c.publicUrl, { width: qrBand.width });
  const qrTop = end - urlHeight - 18 - QR_SIDE;
  drawQr(doc, c.publicUrl, qrBand.x + (qrBand.width - QR_SIDE) / 2, qrTop, QR_SIDE);
  const y = centred(doc, 'Quét mã để kiểm tra hiệu lực', qrBand, qrTop + QR_SIDE + 5, 'italic', 10);
  centred(doc, c.publicUrl, qrBand, y, 'body', 8);

  const sign = { x: inner.x + inner.width * 0.55, width: inner.width * 0.45 };
  let s = centred(
    doc,
    placeDateLine(c.place ?? placeOfIssuer(c.issuerName), c.validFrom),
    sign,
    qrTop - 6,
    'italic',
    13,
  );
  for (const line of c.signerTitle.split('\n'))
    s = centred(doc, line.toLocaleUpperCase('vi'), sign, s, 'bold', 13);
  if (c.signerName?.trim()) centred(doc, c.signerName, sign, Math.max(s + 60, end - 16), 'bold', 13);
}

/** The mark of a certificate no longer in force: across the page, and in full at the top of the frame. */
function stamp(doc: Doc, mark: string, W: number, H: number) {
  const text = mark.toLocaleUpperCase('vi');
  doc.save().fillColor(RED);
  doc
    .font('bold')
    .fontSize(12)
    .text(text, 0, 12 * MM, { width: W - 14 * MM, align: 'right', lineBreak: false });
  doc.rotate(-20, { origin: [W / 2, H / 2] }).fillOpacity(0.22);
  // as large as fits the page's width, at most 64 pt
  const size = Math.min(64, (64 * W * 0.8) / doc.fontSize(64).widthOfString(text));
  doc.fontSize(size).text(text, 0, H / 2 - size / 2, { width: W, align: 'center', lineBreak: false });
  doc.restore();
}
