// Two signature blocks side by side, as minutes are signed (Decree 30/2020, Phụ lục I:
// the one who keeps the record on the left, the one who presides on the right): each
// block's title in bold capitals, the signing note in italics, room to sign, then the
// name when it is known. Both are kept whole on one page.
import { keepTogether, type OfficialForm } from './official-form.ts';

export interface SignerBlock {
  /** who signs, in bold capitals ("THƯ KÝ", "CHỦ TỊCH HỘI ĐỒNG") */
  title: string;
  note: string;
  name: string | null;
}

/** room left for the hand between the note and the name */
const ROOM = 64;

export function signaturePair(f: OfficialForm, left: SignerBlock, right: SignerBlock) {
  keepTogether(f, 150);
  f.doc.moveDown(1);
  const top = f.doc.y;
  const half = f.width / 2;
  const ends = [left, right].map((b, i) => {
    const band = { width: half, align: 'center' } as const;
    const x = f.left + i * half;
    f.doc.font('bold').fontSize(13).text(b.title, x, top, band);
    f.doc.font('italic').fontSize(13).text(b.note, x, f.doc.y, band);
    if (b.name?.trim())
      f.doc
        .font('bold')
        .fontSize(13)
        .text(b.name, x, f.doc.y + ROOM, band);
    return b.name?.trim() ? f.doc.y : f.doc.y + ROOM;
  });
  f.doc.x = f.left;
  f.doc.y = Math.max(...ends);
}
