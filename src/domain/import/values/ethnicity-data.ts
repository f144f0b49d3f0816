// The 54 ethnic groups of Vietnam with their two-digit codes, in the order of the
// General Statistics Office's list (Danh mục các dân tộc Việt Nam, QĐ 121-TCTK/PPCĐ,
// 1979, used by the censuses). Names follow that list's hyphenated spelling, except
// "Mông", the name now used in official documents (older lists: "H'mông (Mèo)").
// Codes were transcribed from the GSO order as commonly published; verify against
// the current GSO catalogue before exchanging codes with other systems.
// `aliases` are other spellings and names met in sheets; `oldAliases` are dated
// (sometimes pejorative) exonyms that are mapped with a note so the sheet can be fixed.

export interface EthnicGroup {
  code: string;
  name: string;
  aliases: readonly string[];
  oldAliases?: readonly string[];
}

export const ETHNIC_GROUPS: readonly EthnicGroup[] = [
  { code: '01', name: 'Kinh', aliases: ['Việt'] },
  { code: '02', name: 'Tày', aliases: [] },
  { code: '03', name: 'Thái', aliases: [] },
  { code: '04', name: 'Hoa', aliases: ['Hán'] },
  {
    code: '05',
    name: 'Khơ-me',
    aliases: ['Khmer', 'Khơ me', 'Khơ-me Krôm', 'Khmer Krom'],
    oldAliases: ['Miên'],
  },
  { code: '06', name: 'Mường', aliases: [] },
  { code: '07', name: 'Nùng', aliases: [] },
  { code: '08', name: 'Mông', aliases: ["H'Mông", 'Hmông', 'HMông', 'Hmong'], oldAliases: ['Mèo', 'Mẹo'] },
  { code: '09', name: 'Dao', aliases: [], oldAliases: ['Mán'] },
  { code: '10', name: 'Gia-rai', aliases: ['Jrai', 'Jarai', 'Giơ-rai'] },
  { code: '11', name: 'Ngái', aliases: [] },
  { code: '12', name: 'Ê-đê', aliases: ['Ra-đê', 'Rhade', 'Rađê'] },
  { code: '13', name: 'Ba-na', aliases: ['Bahnar', 'Ba Na'] },
  { code: '14', name: 'Xơ-đăng', aliases: ['Sedang', 'Xê-đăng'] },
  { code: '15', name: 'Sán Chay', aliases: ['Cao Lan', 'Sán Chỉ', 'Cao Lan-Sán Chỉ'] },
  { code: '16', name: 'Cơ-ho', aliases: ['Koho', "K'Ho", 'Kơ Ho'] },
  { code: '17', name: 'Chăm', aliases: ['Chàm', 'Cham'] },
  { code: '18', name: 'Sán Dìu', aliases: [] },
  { code: '19', name: 'Hrê', aliases: ["H'rê", 'Hre'] },
  { code: '20', name: 'Mnông', aliases: ["M'Nông", 'Mơ Nông'] },
  { code: '21', name: 'Ra-glai', aliases: ['Raglai', 'Ra Giai'] },
  { code: '22', name: 'Xtiêng', aliases: ['Stiêng', 'Xa Điêng'] },
  { code: '23', name: 'Bru-Vân Kiều', aliases: ['Bru', 'Vân Kiều', 'Bru - Vân Kiều'] },
  { code: '24', name: 'Thổ', aliases: [] },
  { code: '25', name: 'Giáy', aliases: [] },
  { code: '26', name: 'Cơ-tu', aliases: ['Katu', 'Ca Tu'] },
  { code: '27', name: 'Gié-Triêng', aliases: ['Giẻ-Triêng', 'Giẻ Triêng', 'Gié Triêng', 'Triêng'] },
  { code: '28', name: 'Mạ', aliases: [] },
  { code: '29', name: 'Khơ-mú', aliases: ['Khmu', 'Khơ Mú', 'Kmhmu'] },
  { code: '30', name: 'Co', aliases: ['Cor', 'Cua'] },
  { code: '31', name: 'Tà-ôi', aliases: ['Tà Ôi', 'Pa Cô', 'Pa Kô', 'Tà Ôi - Pa Cô'] },
  { code: '32', name: 'Chơ-ro', aliases: ['Chơ Ro', 'Châu Ro'] },
  { code: '33', name: 'Kháng', aliases: [] },
  { code: '34', name: 'Xinh-mun', aliases: ['Xinh Mun'] },
  { code: '35', name: 'Hà Nhì', aliases: [] },
  { code: '36', name: 'Chu-ru', aliases: ['Chu Ru', 'Churu'] },
  { code: '37', name: 'Lào', aliases: [] },
  { code: '38', name: 'La Chí', aliases: [] },
  { code: '39', name: 'La Ha', aliases: [] },
  { code: '40', name: 'Phù Lá', aliases: [] },
  { code: '41', name: 'La Hủ', aliases: [] },
  { code: '42', name: 'Lự', aliases: [] },
  { code: '43', name: 'Lô Lô', aliases: [] },
  { code: '44', name: 'Chứt', aliases: [] },
  { code: '45', name: 'Mảng', aliases: [] },
  { code: '46', name: 'Pà Thẻn', aliases: ['Pà Hưng'] },
  { code: '47', name: 'Cơ Lao', aliases: [] },
  { code: '48', name: 'Cống', aliases: [] },
  { code: '49', name: 'Bố Y', aliases: [] },
  { code: '50', name: 'Si La', aliases: [] },
  { code: '51', name: 'Pu Péo', aliases: [] },
  { code: '52', name: 'Brâu', aliases: [] },
  { code: '53', name: 'Ơ-đu', aliases: ['Ơ Đu'] },
  { code: '54', name: 'Rơ-măm', aliases: ['Rơ Măm'] },
];
