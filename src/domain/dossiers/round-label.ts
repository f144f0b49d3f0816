// How an evaluation round is named in the records and on the forms: "Đợt 2 năm 2027",
// "(bổ sung)" for an extra round. Apart from the round calendar (dossier-clock.ts) so
// that the web pages can name a round without carrying the procedure versions.

/** How a round is named: "Đợt 2 năm 2027", "(bổ sung)" for an extra one. */
export function roundLabel(r: { no: number; year: number; kind: 'regular' | 'extra' }): string {
  return `Đợt ${r.no} năm ${r.year}${r.kind === 'extra' ? ' (bổ sung)' : ''}`;
}
