// An issuing body's name as official papers print it: in the head on two lines
// ("ỦY BAN NHÂN DÂN" over "TỈNH THANH HÓA", Decree 30/2020 Phụ lục I), and in running
// text with only proper names capitalised ("của Chủ tịch Ủy ban nhân dân tỉnh Thanh
// Hóa"); and the place a body signs at, for the date line.

/** "thanh hóa" → "Thanh Hóa", "bà rịa - vũng tàu" → "Bà Rịa - Vũng Tàu" */
export const properName = (name: string) =>
  name
    .toLocaleLowerCase('vi')
    .replace(/(^|\s|-)(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase('vi'));

/** The head's issuer lines: a people's committee over its place, another long name broken nearest its middle. */
export function issuerLines(name: string): string[] {
  const committee = /^(ỦY BAN NHÂN DÂN)\s+(.+)$/u.exec(name);
  if (committee) return [committee[1], committee[2]];
  const words = name.split(/\s+/);
  if (name.length <= 24 || words.length < 2) return [name];
  const gap = (at: number) =>
    Math.abs(words.slice(0, at).join(' ').length - words.slice(at).join(' ').length);
  let best = 1;
  for (let i = 2; i < words.length; i++) if (gap(i) < gap(best)) best = i;
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

/** "Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa" from "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA". */
export function issuerInText(capitals: string): string {
  return capitals
    .toLocaleLowerCase('vi')
    .replace(/(tỉnh|thành phố) (.+)$/u, (_, kind: string, place: string) => `${kind} ${properName(place)}`)
    .replace('ủy ban nhân dân', 'Ủy ban nhân dân')
    .replace('bộ nông nghiệp và môi trường', 'Bộ Nông nghiệp và Môi trường')
    .replace(/^./u, (c) => c.toLocaleUpperCase('vi'));
}

/** Where a body signs: its province or city ("Thanh Hóa"), else the capital, where the ministry sits. */
export function placeOfIssuer(name: string): string {
  const place = /(?:TỈNH|THÀNH PHỐ)\s+(.+)$/u.exec(name.toLocaleUpperCase('vi'))?.[1];
  return place ? properName(place) : 'Hà Nội';
}
