// Decoding and re-encoding product photos with sharp: only real JPEG/PNG/WebP
// images within a pixel budget (against decompression bombs) are accepted; the
// stored picture is re-encoded (metadata such as GPS positions dropped), a
// thumbnail is made, and the perceptual hash is computed from a 32×32 greyscale.
import sharp from 'sharp';
import { perceptualHash } from '../../../domain/registry/phash.ts';
import { AppError } from '../../core/app-error.ts';

export const PHOTO_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 40_000_000,
  maxSide: 2048,
  thumbSide: 320,
} as const;
const ACCEPTED = new Set(['jpeg', 'png', 'webp']);

export interface ProcessedPhoto {
  full: Uint8Array;
  thumb: Uint8Array;
  width: number;
  height: number;
  phash: string;
  mime: string;
}

export async function processPhoto(input: Uint8Array): Promise<ProcessedPhoto> {
  if (input.byteLength > PHOTO_LIMITS.maxBytes)
    throw new AppError('FILE_TOO_LARGE', { limit: `${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB` });
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await sharp(input, { limitInputPixels: PHOTO_LIMITS.maxPixels }).metadata();
  } catch {
    throw new AppError('IMAGE_INVALID');
  }
  if (!meta.format || !ACCEPTED.has(meta.format)) throw new AppError('IMAGE_INVALID');
  const base = () => sharp(input, { limitInputPixels: PHOTO_LIMITS.maxPixels }).rotate();
  try {
    const full = await base()
      .resize(PHOTO_LIMITS.maxSide, PHOTO_LIMITS.maxSide, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    const thumb = await base()
      .resize(PHOTO_LIMITS.thumbSide, PHOTO_LIMITS.thumbSide, { fit: 'cover' })
      .webp({ quality: 75 })
      .toBuffer();
    const grey = await base().greyscale().resize(32, 32, { fit: 'fill' }).raw().toBuffer();
    return {
      full: new Uint8Array(full.data),
      thumb: new Uint8Array(thumb),
      width: full.info.width,
      height: full.info.height,
      phash: perceptualHash(grey),
      mime: 'image/webp',
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IMAGE_INVALID');
  }
}
