// A file name as people gave it, made safe to store and to send back in a
// Content-Disposition header: NFC, no path separators, quotes, control characters
// or other characters that file systems refuse; at most 120 characters, keeping the
// end (where the extension is).
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g, '_')
    .replace(/[\uD800-\uDFFF]/g, '_')
    .trim()
    .slice(-120);
  return cleaned && !/^[._]+$/.test(cleaned) ? cleaned : fallback;
}
