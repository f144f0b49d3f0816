// Browse both admin structures, and review/settle the third-party old→new map.
import { Dialog } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import { V } from '../../../shared/vocabulary.ts';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { SearchBox } from '../../components/ui/search-box.tsx';
import { ApiError } from '../../lib/api-error.ts';
import {
  listMappings,
  listStructureVersions,
  listUnits,
  settleMapping,
  type AdminUnit,
  type Mapping,
} from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { MappingNoteView, MappingsTable, PAGE_SIZE, UnitsTable } from './admin-units-tables.tsx';
import { LABELS } from './labels.ts';

export function AdminUnitsPage() {
  const { t, w, lang } = useI18n();
  const L = LABELS[lang];
  const versions = useQuery('versions', listStructureVersions);
  const [version, setVersion] = useState('vn-2tier-2025');
  const [parent, setParent] = useState<AdminUnit | null>(null);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const query = {
    version,
    parent: parent?.id,
    level: parent ? undefined : q ? undefined : ('province' as const),
    q,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useQuery(JSON.stringify(query), () => listUnits(query));
  const chosen = versions.data?.find((v) => v.id === version);
  return (
    <section>
      <PageTitle>{t.adminUnits}</PageTitle>
      <div className="mb-3 flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1">
          <span className="text-sm">{t.structure}</span>
          <select
            className="rounded border px-3 py-2"
            value={version}
            onChange={(e) => {
              setVersion(e.target.value);
              setParent(null);
              setPage(1);
            }}
          >
            {versions.data?.map((v) => (
              <option key={v.id} value={v.id}>
                {lang === 'vi' ? v.nameVi : v.nameEn}
              </option>
            ))}
          </select>
        </label>
        <SearchBox
          value={q}
          onChange={(v) => {
            setQ(v);
            setPage(1);
          }}
        />
        {parent && (
          <button
            type="button"
            className="rounded border px-3 py-2"
            onClick={() => {
              setParent(null);
              setPage(1);
            }}
          >
            ← {L.backToProvinces}
          </button>
        )}
      </div>
      {chosen && (
        <p className="mb-3 text-sm text-slate-600">
          {L.effective(
            chosen.effectiveFrom ? w.date(chosen.effectiveFrom) : L.unknownStart,
            chosen.effectiveTo ? w.date(chosen.effectiveTo) : L.openEnded,
          )}
          {' · '}
          {L.structureNote}: {chosen.source.package} {chosen.source.version} ({chosen.source.license})
        </p>
      )}
      {parent && <h2 className="mb-2 font-semibold">{L.within(parent.name)}</h2>}
      <UnitsTable
        caption={parent ? L.within(parent.name) : t.adminUnits}
        rows={list.data?.items}
        loading={list.loading}
        error={list.error?.message}
        page={page}
        total={list.data?.total ?? 0}
        onPage={setPage}
        onOpen={(u) => {
          setParent(u);
          setQ('');
          setPage(1);
        }}
      />
    </section>
  );
}

/** The order an officer works in: what needs a decision first. */
const CONFIDENCE_ORDER = ['unresolved', 'by_name', 'padded_code', 'exact_code', 'manual'] as const;

export function UnitMappingsPage() {
  const { t, w } = useI18n();
  const [confidence, setConfidence] = useState<Mapping['confidence'] | ''>('unresolved');
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Mapping | null>(null);
  const query = { confidence: confidence || undefined, q, page, pageSize: PAGE_SIZE };
  const list = useQuery(JSON.stringify(query), () => listMappings(query));
  return (
    <section>
      <PageTitle>{t.unitMappings}</PageTitle>
      <div className="mb-3 flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1">
          <span className="text-sm">{t.confidence}</span>
          <select
            className="rounded border px-3 py-2"
            value={confidence}
            onChange={(e) => {
              setConfidence(e.target.value as Mapping['confidence'] | '');
              setPage(1);
            }}
          >
            <option value="">{t.all}</option>
            {CONFIDENCE_ORDER.map((c) => (
              <option key={c} value={c}>
                {w.term(V.mappingConfidence, c)}
              </option>
            ))}
          </select>
        </label>
        <SearchBox
          value={q}
          onChange={(v) => {
            setQ(v);
            setPage(1);
          }}
        />
      </div>
      <MappingsTable
        caption={t.unitMappings}
        rows={list.data?.items}
        loading={list.loading}
        error={list.error?.message}
        page={page}
        total={list.data?.total ?? 0}
        onPage={setPage}
        onSettle={setEditing}
      />
      {editing && (
        <SettleDialog
          mapping={editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed) list.reload();
          }}
        />
      )}
    </section>
  );
}

function SettleDialog({ mapping, onClose }: { mapping: Mapping; onClose(changed: boolean): void }) {
  const { t, lang } = useI18n();
  const L = LABELS[lang];
  const [q, setQ] = useState(mapping.oldUnit?.name.replace(/^(Xã|Phường|Thị trấn)\s+/, '') ?? '');
  const [choice, setChoice] = useState<string>(mapping.newUnit?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const candidates = useQuery(`cand:${q}`, () =>
    listUnits({ version: 'vn-2tier-2025', level: 'commune', q, pageSize: 10 }),
  );
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const note = String(new FormData(e.currentTarget).get('note') ?? '');
    try {
      await settleMapping(mapping.id, { newUnitId: choice || null, note });
      onClose(true);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose(false)}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-black/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 w-[min(36rem,95vw)] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">
            {t.settle}: {mapping.oldUnit?.name ?? L.unknownOld}
          </Dialog.Title>
          <Dialog.Description asChild>
            <div className="mb-3">
              <MappingNoteView mapping={mapping} />
            </div>
          </Dialog.Description>
          <form onSubmit={submit} className="flex flex-col gap-3">
            <label className="flex flex-col gap-1">
              <span>{L.candidates}</span>
              <input className="rounded border px-3 py-2" value={q} onChange={(e) => setQ(e.target.value)} />
            </label>
            <label className="flex flex-col gap-1">
              <span>{t.newUnit}</span>
              <select
                className="rounded border px-3 py-2"
                value={choice}
                onChange={(e) => setChoice(e.target.value)}
              >
                <option value="">{L.noSuccessor}</option>
                {candidates.data?.items.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} ({u.code})
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1">
              <span>{L.typedNote}</span>
              <textarea name="note" required minLength={3} className="rounded border px-3 py-2" />
            </label>
            {error && (
              <p role="alert" className="text-red-800">
                {error}
              </p>
            )}
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <button type="button" className="rounded border px-3 py-2">
                  {t.cancel}
                </button>
              </Dialog.Close>
              <button type="submit" className="rounded bg-brand-600 px-3 py-2 text-white">
                {t.save}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
