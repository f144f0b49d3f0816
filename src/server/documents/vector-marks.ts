// Marks drawn as vector paths rather than set in type: the star (Tinos has no ★ glyph,
// and a font's star would change with the font) and the QR code (drawn module by
// module, so it stays sharp at any print resolution and needs no image). The QR code
// carries error correction level M, enough for a certificate that is folded or
// photographed at an angle.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The part of the `qrcode` package used here (it ships no type declarations). */
interface QrSymbol {
  modules: { size: number; get(row: number, col: number): number };
}
const QRCode = require('qrcode') as {
  create(text: string, options: { errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' }): QrSymbol;
};

/** A filled five-pointed star centred on (cx, cy), `r` from the centre to a point. */
export function drawStar(
  doc: PDFKit.PDFDocument,
  cx: number,
  cy: number,
  r: number,
  colours = { fill: '#d9a400', stroke: '#8a6400' },
) {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    // points at the outer radius, notches at the inner one, the first point straight up
    const radius = i % 2 ? r * 0.382 : r;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  doc
    .save()
    .polygon(...points)
    .lineWidth(0.6)
    .fillAndStroke(colours.fill, colours.stroke)
    .restore();
}

/**
 * The QR code of `text`, its symbol `size` points wide with its top left at (x, y),
 * inside a white quiet zone of four modules around it; each run of dark modules in a
 * row is one rectangle. Returns the module count per side.
 */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const unit = size / modules.size;
  const quiet = 4 * unit;
  doc
    .save()
    .rect(x - quiet, y - quiet, size + 2 * quiet, size + 2 * quiet)
    .fill('white');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      // a hair of overlap so neighbouring rows show no seams when rasterised
      doc.rect(x + start * unit, y + row * unit, (col - start) * unit, unit + 0.05);
    }
  }
  doc.fill('black').restore();
  return modules.size;
}
