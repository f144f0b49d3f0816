// The public page of a product (`/sp/{publicId}`), rendered on the server for a phone
// that has just read a stamp: Vietnamese, no script, no outside asset, one inline
// style sheet (allowed by the app's Content-Security-Policy), readable at 360 px.
// Words of states come from the shared vocabulary; dates read dd/mm/yyyy.
import type { PublicProduct } from '../../../shared/contracts/public-product.ts';
import { formatDate } from '../../../shared/format.ts';
import { publicAddressPath } from '../../../shared/public-address.ts';
import { termOf, toneOf, V, type Tone } from '../../../shared/vocabulary.ts';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

const TONE_COLOURS: Record<Tone, string> = {
  good: 'color:#0f5c2e;background:#e3f4e8',
  info: 'color:#0b4a7a;background:#e2effa',
  warn: 'color:#6b4500;background:#fff1d1',
  bad: 'color:#8a1c1c;background:#fde4e4',
  neutral: 'color:#333;background:#eee',
};

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#f6f5f0}
main{max-width:36rem;margin:0 auto;padding:1.25rem 1rem 2rem;background:#fff;min-height:100vh}
.kicker{margin:0;color:#8a5a00;font-weight:600;font-size:.9rem;letter-spacing:.02em;text-transform:uppercase}
h1{margin:.25rem 0 .75rem;font-size:1.6rem;line-height:1.25;overflow-wrap:anywhere}
.stars{margin:0 0 1rem;font-size:2rem;line-height:1;color:#d49a00;letter-spacing:.1em}
.stars .off{color:#d8d3c4}
.nostars{margin:0 0 1rem;font-weight:600;color:#555}
dl{margin:0}
dt{font-size:.85rem;color:#555}
dd{margin:0 0 .75rem;font-weight:600;overflow-wrap:anywhere}
.state{display:inline-block;padding:.1rem .5rem;border-radius:.4rem}
.meaning{padding:.6rem .8rem;border-radius:.5rem;font-weight:600}
${Object.entries(TONE_COLOURS)
  .map(([tone, colours]) => `.tone-${tone}{${colours}}`)
  .join('\n')}
.address{margin-top:1.5rem;padding-top:1rem;border-top:1px solid #ddd;font-size:.95rem}
a{color:#0b4a7a;overflow-wrap:anywhere}
footer{margin-top:1rem;font-size:.85rem;color:#555}
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const fact = (label: string, value: string) => `<dt>${label}</dt><dd>${value}</dd>`;

function starsOf(stars: number | null): string {
  if (!stars) return '<p class="nostars">Chưa có sao OCOP còn hiệu lực</p>';
  // the stars as one image: a reader says "3 sao", the glyphs inside are not read
  return `<p class="stars" role="img" aria-label="${stars} sao">${'★'.repeat(stars)}<span class="off">${'★'.repeat(5 - stars)}</span></p>`;
}

/** The page of a product found at its public address; `today` is the date its state is counted on. */
export function renderPublicProduct(p: PublicProduct, today: string): string {
  const place = [p.place.commune, p.place.province].filter(Boolean).map((s) => escapeHtml(s as string));
  const facts = [
    fact('Chủ thể sản xuất', escapeHtml(p.producer.name)),
    fact('Nơi sản xuất', place.length ? place.join(', ') : 'Chưa xác định'),
    fact('Bộ sản phẩm', p.productSetName ? escapeHtml(p.productSetName) : 'Chưa xác định'),
  ];
  const state = p.certificate?.state ?? 'none';
  const tone = toneOf(V.productCertificateState, state);
  facts.push(
    fact(
      'Giấy chứng nhận OCOP',
      `<span class="state tone-${tone}">${escapeHtml(termOf(V.productCertificateState, state, 'vi'))}</span>`,
    ),
  );
  if (p.certificate) {
    facts.push(
      fact(
        'Có giá trị đến hết ngày',
        p.certificate.validUntil ? formatDate(p.certificate.validUntil, 'vi') : 'Chưa rõ ngày',
      ),
    );
    if (p.certificate.decisionNumber)
      facts.push(fact('Quyết định công nhận số', escapeHtml(p.certificate.decisionNumber)));
  }
  // a record no longer active still answers, and says so
  if (p.status !== 'active')
    facts.push(fact('Tình trạng sản phẩm', escapeHtml(termOf(V.productStatus, p.status, 'vi'))));
  const url = escapeHtml(p.publicUrl);
  return page(
    `${p.name} — Sản phẩm OCOP`,
    `<p class="kicker">Sản phẩm OCOP</p>
<h1>${escapeHtml(p.name)}</h1>
${starsOf(p.stars)}
${p.certificate?.meaning ? `<p class="meaning tone-${tone}">${escapeHtml(p.certificate.meaning)}</p>` : ''}
<dl>
${facts.join('\n')}
</dl>
<p class="address">Địa chỉ công khai của sản phẩm:<br><a href="${url}">${url}</a></p>
<footer>Thông tin theo sổ đăng ký sản phẩm OCOP, tính đến ngày ${formatDate(today, 'vi')}.</footer>`,
  );
}

/** The page of an address that belongs to no product: what to check, and where to go. */
export function renderPublicNotFound(typed: string): string {
  const shown = escapeHtml(typed.slice(0, 40));
  return page(
    'Không tìm thấy sản phẩm — Sản phẩm OCOP',
    `<p class="kicker">Sản phẩm OCOP</p>
<h1>Không tìm thấy sản phẩm</h1>
<p>Địa chỉ <strong>${escapeHtml(publicAddressPath(''))}${shown}</strong> không thuộc sản phẩm OCOP nào trong sổ đăng ký.</p>
<p>Hãy đối chiếu với mã in trên tem hoặc trên giấy chứng nhận: mã gồm 10 ký tự chữ và số, không có các chữ i, l, o, u. Nếu mã đúng mà vẫn không tìm thấy, sản phẩm có thể chưa được ghi vào sổ đăng ký; hãy hỏi cơ quan quản lý Chương trình OCOP của tỉnh.</p>
<p class="address"><a href="/">Trang chủ nền tảng OCOP</a></p>`,
  );
}
