// What an uploaded file is, told by its first bytes (never by the name or type the
// browser sends): PDFs, JPEG, PNG and WebP images, and Office files (zip containers
// whose name says which). Shared by every upload of evidence: a self-assessment's,
// a dossier's lab reports.
const OFFICE: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** The type by magic bytes; null when it is none of the accepted ones. */
export function sniffEvidence(bytes: Uint8Array, fileName: string): { mime: string; ext: string } | null {
  const head = Buffer.from(bytes.subarray(0, 12));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return { mime: 'application/pdf', ext: 'pdf' };
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { mime: 'image/jpeg', ext: 'jpg' };
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { mime: 'image/png', ext: 'png' };
  if (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP')
    return { mime: 'image/webp', ext: 'webp' };
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04 && OFFICE[ext])
    return { mime: OFFICE[ext], ext };
  return null;
}
