// A product's permanent public address, `{PUBLIC_URL}/sp/{publicId}`, printed on
// certificates and stamps. The id is 10 characters of Crockford's base32 in lower
// case, given by the database (migration 0019) and never changed. Read aloud or
// typed from a label, an id may come back in capitals or with the letters Crockford
// reads as digits (o → 0, i and l → 1); it is taken back to its one written form.
export const PUBLIC_ID_LENGTH = 10;
export const PUBLIC_ID_PATTERN = /^[0-9abcdefghjkmnpqrstvwxyz]{10}$/;

/** The path of the public page of a product. */
export const publicAddressPath = (publicId: string) => `/sp/${publicId}`;

/** The full address, from the server's public base (PUBLIC_URL, kept without a trailing slash). */
export const publicAddressOf = (publicUrl: string, publicId: string) =>
  `${publicUrl}${publicAddressPath(publicId)}`;

/** The written form of an id as typed (case, o/i/l, hyphens dropped), or null when it cannot be one. */
export function canonicalPublicId(typed: string): string | null {
  const id = typed.toLowerCase().replace(/-/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
  return PUBLIC_ID_PATTERN.test(id) ? id : null;
}
