// The platform's certificate numbers: the issuing body's yearly sequence, padded to
// three digits, and the year ("015/2027/GCN-OCOP"). A province that numbers its own
// way brings its numbers with its published lists.
export const certificateNumber = (seq: number, year: number) =>
  `${String(seq).padStart(3, '0')}/${year}/GCN-OCOP`;
