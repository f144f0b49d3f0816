// Photos of a product: thumbnails for everyone who may see it; upload and removal
// for those who may edit it (the API checks type, size and pixels).
import { useState } from 'react';
import { ApiError } from '../../lib/api-error.ts';
import { listPhotos, removePhoto, uploadPhoto } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';

export function PhotoGallery({ productId, canEdit }: { productId: string; canEdit: boolean }) {
  const { lang } = useI18n();
  const photos = useQuery(`photos:${productId}`, () => listPhotos(productId));
  const [error, setError] = useState<string | null>(null);
  const label =
    lang === 'vi'
      ? {
          title: 'Ảnh sản phẩm',
          add: 'Thêm ảnh (JPEG, PNG, WebP; tối đa 10 MB)',
          remove: 'Xóa ảnh',
          none: 'Chưa có ảnh.',
        }
      : {
          title: 'Product photos',
          add: 'Add a photo (JPEG, PNG, WebP; up to 10 MB)',
          remove: 'Remove photo',
          none: 'No photos yet.',
        };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    setError(null);
    try {
      await uploadPhoto(productId, form);
      photos.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  const remove = async (id: string) => {
    await removePhoto(productId, id);
    photos.reload();
  };
  return (
    <section className="mt-4 rounded-lg border bg-white p-4">
      <h2 className="mb-2 font-semibold">{label.title}</h2>
      {photos.data?.length === 0 && <p className="text-slate-500">{label.none}</p>}
      <ul className="flex flex-wrap gap-3">
        {photos.data?.map((p) => (
          <li key={p.id} className="flex flex-col items-center gap-1">
            <a href={p.url} target="_blank" rel="noreferrer">
              <img
                src={p.thumbUrl}
                alt={`${label.title} ${p.width}×${p.height}`}
                width={160}
                height={160}
                className="rounded border"
              />
            </a>
            {canEdit && (
              <button
                type="button"
                className="text-sm text-red-800 underline"
                onClick={() => void remove(p.id)}
              >
                {label.remove}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <label className="mt-3 flex flex-col gap-1 text-sm">
          <span>{label.add}</span>
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp"
            onChange={(e) => void upload(e.target.files?.[0])}
            className="rounded border px-3 py-2"
          />
        </label>
      )}
      {error && (
        <p role="alert" className="mt-2 text-red-800">
          {error}
        </p>
      )}
    </section>
  );
}
