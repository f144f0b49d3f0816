// Progress of long imports, kept in memory by the process doing the work and
// read by the screen that polls GET /api/imports/{id}.
export interface ImportProgress {
  phase: 'reading' | 'staging' | 'committing' | 'done';
  done: number;
  total: number;
  at: number;
}

const progress = new Map<string, ImportProgress>();

export function reportProgress(
  id: string,
  phase: ImportProgress['phase'],
  done: number,
  total: number,
): void {
  const current = progress.get(id);
  const sum = phase === 'staging' && current?.phase === 'staging' ? current.done + done : done;
  progress.set(id, { phase, done: Math.min(sum, total), total, at: Date.now() });
  if (progress.size > 1000) {
    const oldest = [...progress.entries()].sort((a, b) => a[1].at - b[1].at)[0];
    progress.delete(oldest[0]);
  }
}

export function readProgress(id: string): ImportProgress | null {
  return progress.get(id) ?? null;
}
