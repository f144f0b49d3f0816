import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MergeRange } from '../../../../domain/import/sheet/grid.ts';
import { convertExcelSerial, isDateFormat } from './xlsx-cell.ts';
import { decodeSheetXml, parseMergeRef } from './xlsx-stream.ts';

async function collect(chunks: Uint8Array[]): Promise<{ text: string; merges: MergeRange[] }> {
  const merges: MergeRange[] = [];
  let text = '';
  async function* source() {
    yield* chunks;
  }
  for await (const part of decodeSheetXml(source(), merges)) text += part;
  return { text, merges };
}

describe('decodeSheetXml', () => {
  const xml =
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Chủ thể</t></is></c></row></sheetData>' +
    '<mergeCells count="2"><mergeCell ref="D4:F4"/><x:mergeCell ref="A4:A5"></x:mergeCell></mergeCells>';
  const bytes = Buffer.from(xml);

  it('finds merges and keeps letters whole wherever the chunks are cut', async () => {
    for (let cut = 1; cut < bytes.length; cut++) {
      const { text, merges } = await collect([bytes.subarray(0, cut), bytes.subarray(cut)]);
      assert.equal(text, xml, `cut at ${cut}`);
      assert.deepEqual(
        merges,
        [
          { top: 3, left: 3, bottom: 3, right: 5 },
          { top: 3, left: 0, bottom: 4, right: 0 },
        ],
        `cut at ${cut}`,
      );
    }
  });
});

describe('xlsx cell helpers', () => {
  it('parses merge references', () => {
    assert.deepEqual(parseMergeRef('AA10:AB12'), { top: 9, left: 26, bottom: 11, right: 27 });
    assert.deepEqual(parseMergeRef('$B$2'), { top: 1, left: 1, bottom: 1, right: 1 });
    assert.equal(parseMergeRef('nonsense'), null);
  });

  it('tells date formats and converts serials in both date systems', () => {
    assert.ok(isDateFormat('dd/mm/yyyy'));
    assert.ok(isDateFormat('[$-42A]d mmmm yyyy'));
    assert.ok(!isDateFormat('#,##0.00'));
    assert.ok(!isDateFormat('"ngày"0'));
    assert.equal(convertExcelSerial(45082, false).toISOString(), '2023-06-05T00:00:00.000Z');
    assert.equal(convertExcelSerial(43620, true).toISOString(), '2023-06-05T00:00:00.000Z');
  });
});
