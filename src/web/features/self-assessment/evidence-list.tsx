// Evidence files of one criterion: open, remove, upload (the API checks the type by its bytes).
import { useState } from 'react';
import { ApiError } from '../../lib/api-error.ts';
import { removeEvidence, uploadEvidence, type Evidence } from './api.ts';
import type { Labels } from './labels.ts';

export function EvidenceList({
  assessmentId,
  criterion,
  files,
  editable,
  L,
  onChange,
}: {
  assessmentId: string;
  criterion: string;
  files: Evidence[];
  editable: boolean;
  L: Labels;
  onChange(): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const form = new FormData();
    form.append('criterion', criterion);
    form.append('file', file);
    setError(null);
    try {
      await uploadEvidence(assessmentId, form);
      onChange();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  const remove = async (id: string) => {
    await removeEvidence(assessmentId, id);
    onChange();
  };
  return (
    <div className="mt-1">
      <ul>
        {files.map((f) => (
          <li key={f.id} className="flex gap-2">
            <a href={f.url} target="_blank" rel="noreferrer" className="text-brand-700 underline">
              {f.fileName}
            </a>
            <span className="text-slate-500">{Math.ceil(f.bytes / 1024)} KB</span>
            {editable && (
              <button type="button" className="text-red-800 underline" onClick={() => void remove(f.id)}>
                {L.remove}
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <label className="mt-1 flex flex-col gap-1">
          <span>{L.addEvidence}</span>
          <input
            type="file"
            aria-label={`${L.evidence} ${criterion}`}
            accept=".pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx,.pptx"
            onChange={(e) => void upload(e.target.files?.[0])}
            className="rounded border px-2 py-1"
          />
        </label>
      )}
      {error && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
