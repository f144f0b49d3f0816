// Well-formed uploads (a photo, a PDF, a spreadsheet as CSV) for building the fuzz
// world and for multipart cases whose only fault should be the field under test.
import sharp from 'sharp';

export interface UploadFile {
  bytes: Uint8Array;
  filename: string;
}

export async function wellFormedFiles(): Promise<{ image: UploadFile; pdf: UploadFile; csv: UploadFile }> {
  const png = await sharp({ create: { width: 600, height: 450, channels: 3, background: '#2a7' } })
    .png()
    .toBuffer();
  return {
    image: { bytes: new Uint8Array(png), filename: 'anh.png' },
    pdf: {
      bytes: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
      filename: 'giay.pdf',
    },
    csv: {
      bytes: Buffer.from(
        'STT,Tên sản phẩm,Tên chủ thể,Xã,Huyện,Hạng sao\n1,Mật ong,HTX Như Xuân,Xã Hải Long,Huyện Như Thanh,3\n',
      ),
      filename: 'ds.csv',
    },
  };
}

export function formWith(fields: Record<string, string>, file: UploadFile): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new File([new Uint8Array(file.bytes)], file.filename));
  return form;
}
