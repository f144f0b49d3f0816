import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inferLegalTypeFromName, parseLegalType, type LegalType } from './legal-type.ts';
import { expectError, expectValue, addNfdTwins } from './test-support.ts';

describe('parseLegalType reads the legal-type column', () => {
  const cases: [unknown, LegalType | null][] = [
    ['HTX', 'cooperative'],
    ['Hợp tác xã', 'cooperative'],
    ['H.T.X', 'cooperative'],
    ['htx', 'cooperative'],
    ['Liên hiệp HTX', 'cooperative'],
    ['THT', 'cooperative_group'],
    ['Tổ hợp tác', 'cooperative_group'],
    ['Công ty TNHH', 'enterprise'],
    ['Công ty CP', 'enterprise'],
    ['Công ty cổ phần', 'enterprise'],
    ['Cty TNHH MTV', 'enterprise'],
    ['DN', 'enterprise'],
    ['Doanh nghiệp tư nhân', 'enterprise'],
    ['DNTN', 'enterprise'],
    ['CTCP', 'enterprise'],
    ['Hộ kinh doanh', 'household'],
    ['HKD', 'household'],
    ['Hộ SX', 'household'],
    ['Hộ sản xuất', 'household'],
    ['Hộ kinh doanh cá thể', 'household'],
    ['Hộ', 'household'],
    ['Trang trại', 'farm'],
    ['Chủ trang trại', 'farm'],
    ['Cơ sở sản xuất', 'household'],
    ['Hiệp hội du lịch', 'tourism_association'],
    ['Hội du lịch cộng đồng', 'tourism_association'],
    ['Trung tâm điều hành du lịch', 'tourism_centre'],
    ['', null],
    [null, null],
  ];
  for (const [label, input, expected] of addNfdTwins(cases))
    it(label, () => expectValue(parseLegalType(input), expected, label));
});

describe('parseLegalType notes loose categories', () => {
  it('Cơ sở sản xuất → household with a note', () => {
    const result = parseLegalType('Cơ sở sản xuất');
    assert.ok(result.ok && result.note?.vi.includes('hộ kinh doanh'));
  });
  it('Liên hiệp HTX → cooperative with a note', () => {
    const result = parseLegalType('Liên hiệp hợp tác xã');
    assert.ok(result.ok && result.value === 'cooperative' && result.note);
  });
});

describe('parseLegalType refuses unknown or mixed types', () => {
  const cases: [unknown, string][] = [
    ['abc', 'UNRECOGNISED'],
    ['Cá nhân', 'UNRECOGNISED'],
    ['HTX / Công ty', 'AMBIGUOUS'],
    ['Trang trại hoặc HKD', 'AMBIGUOUS'],
    ['=C3', 'FORMULA'],
    [12, 'UNRECOGNISED'],
  ];
  for (const [label, input, code] of addNfdTwins(cases))
    it(label, () => expectError(parseLegalType(input), code, label));
  it('names the text', () => expectError(parseLegalType('abc'), 'UNRECOGNISED', 'abc', '“abc”'));
});

describe('inferLegalTypeFromName reads the producer name', () => {
  const cases: [unknown, LegalType][] = [
    ['Hợp tác xã Nông nghiệp Thành Sen', 'cooperative'],
    ['HTX DV NN Thành Công', 'cooperative'],
    ['Công ty TNHH MTV Thực phẩm Hồng Hà', 'enterprise'],
    ['Cty CP Chè Tân Cương', 'enterprise'],
    ['Vinamilk JSC', 'enterprise'],
    ['Tổ hợp tác sản xuất chè an toàn', 'cooperative_group'],
    ['Hộ kinh doanh Nguyễn Văn A', 'household'],
    ['Hộ SXKD miến gạo Quý Lộc Phúc Thịnh', 'household'],
    ['Cơ sở sản xuất nước mắm Hồng Hà', 'household'],
    ['Trang trại gà đồi Yên Thế', 'farm'],
    ['Hộ kinh doanh Trang trại Xanh', 'household'],
    ['HTX Trang trại Xanh', 'cooperative'],
    ['Chi nhánh Công ty TNHH ABC', 'enterprise'],
  ];
  for (const [label, input, expected] of addNfdTwins(cases)) {
    it(label, () => {
      const result = inferLegalTypeFromName(input);
      expectValue(result, expected, label);
      assert.ok(result.ok && result.note?.en.includes('inferred'));
    });
  }
  it('a person’s name gives no type', () =>
    expectError(inferLegalTypeFromName('Nguyễn Văn Cường'), 'UNRECOGNISED', 'person'));
  it('short abbreviations are not trusted inside names', () => {
    expectError(inferLegalTypeFromName('Nông sản DN Xanh'), 'UNRECOGNISED', 'DN inside a name');
  });
});
