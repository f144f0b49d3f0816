import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeTcvn3, encodeVni } from '../../../../../test/fixtures/imports/legacy-fonts.ts';
import { decodeText } from './decode-text.ts';
import { parseDelimited, readCsv, sniffDelimiter } from './read-csv.ts';

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Windows-1258 bytes of a text: precomposed base letters where the code page has them, tones as combining marks. */
function encodeWindows1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const [base, ...marks] = [...ch.normalize('NFD')];
    const letter = (base + marks.filter((m) => !TONES.has(m)).join('')).normalize('NFC');
    for (const part of [letter, ...marks.filter((m) => TONES.has(m))]) {
      const b = byteOf.get(part);
      if (b === undefined) throw new Error(`windows-1258 cannot write ${part}`);
      bytes.push(b);
    }
  }
  return Buffer.from(bytes);
}

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    assert.deepEqual(decodeText(Buffer.from('\uFEFFTên sản phẩm')), {
      text: 'Tên sản phẩm',
      encoding: 'utf-8-bom',
    });
    assert.deepEqual(decodeText(Buffer.from('Tên sản phẩm')), { text: 'Tên sản phẩm', encoding: 'utf-8' });
  });

  it('reads UTF-16LE with BOM (Excel "Unicode Text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hạng sao\t3', 'utf16le')]);
    assert.deepEqual(decodeText(bytes), { text: 'Hạng sao\t3', encoding: 'utf-16le' });
  });

  it('reads genuine Windows-1258 as Vietnamese', () => {
    const text = 'Tên sản phẩm;Hạng sao\r\nMật ong rừng Bến En;4 sao\r\nRượu nếp cái hoa vàng;3 sao';
    assert.deepEqual(decodeText(encodeWindows1258(text)), { text, encoding: 'windows-1258' });
  });

  it('reads TCVN3 and VNI bytes as Windows-1252 glyphs, for the legacy-font repair', () => {
    for (const legacy of [
      encodeTcvn3('Hợp tác xã Nông nghiệp Duy Phú;Thành lập năm 2010'),
      encodeVni('Vải thiều Tiên Phước;Mật ong rừng'),
    ]) {
      assert.deepEqual(decodeText(Buffer.from(legacy, 'latin1')), { text: legacy, encoding: 'windows-1252' });
    }
  });
});

describe('parseDelimited and sniffDelimiter', () => {
  it('handles quotes, doubled quotes, embedded delimiters and line breaks', () => {
    assert.deepEqual(parseDelimited('a,"b, c","say ""hi""","x\ny"\r\n1,2,3,4', ','), [
      ['a', 'b, c', 'say "hi"', 'x\ny'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('picks the delimiter that splits rows consistently', () => {
    const semicolon =
      'STT;Tên;Địa chỉ\n1;HTX A;Thôn 1, xã Thọ Diên, huyện Thọ Xuân\n2;HTX B;Xã Xuân Lai\n3;HTX C;Khu 3, thị trấn Lam Sơn';
    assert.equal(sniffDelimiter(semicolon), ';');
    assert.equal(
      sniffDelimiter('STT,Tên,"Địa chỉ"\n1,HTX A,"Thôn 1, xã Thọ Diên"\n2,HTX B,Xã Xuân Lai'),
      ',',
    );
    assert.equal(sniffDelimiter('STT\tTên\tĐịa chỉ\n1\tHTX A\tThôn 1, xã Thọ Diên'), '\t');
  });
});

describe('readCsv', () => {
  it('honours an Excel "sep=" line and keeps row numbers as Excel shows them', () => {
    const { grid, delimiter } = readCsv(Buffer.from('sep=;\r\nSTT;Mã số thuế\r\n\r\n1;0101234567\r\n\r\n'));
    assert.equal(delimiter, ';');
    assert.deepEqual(grid.rows, [
      ['STT', 'Mã số thuế'],
      [null, null],
      ['1', '0101234567'],
    ]);
  });

  it('enforces its caps', () => {
    assert.throws(() => readCsv(Buffer.from('a\nb\nc\n'), { maxRows: 2 }), { code: 'TOO_MANY_ROWS' });
    assert.throws(() => readCsv(Buffer.from('a,b,c\n'), { maxColumns: 2 }), { code: 'TOO_MANY_COLUMNS' });
  });
});
