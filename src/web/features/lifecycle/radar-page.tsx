// The expiry radar of the officer's unit (a commune's, a province's, or the country's
// — a central officer may choose one province): the six groups of certificates whose
// life needs a hand now, by stars and by commune; the list of the group chosen with
// the producers to call, and its spreadsheet; and the lifecycle indicators.
import { useState } from 'react';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { getRadar, type RadarGroup, type RadarScope } from './api.ts';
import { IndicatorsSection } from './indicators-section.tsx';
import { ProvincePicker } from './province-picker.tsx';
import { RadarCommunes } from './radar-communes.tsx';
import { RadarGroups } from './radar-groups.tsx';
import { RadarList } from './radar-list.tsx';
import { defaultGroup } from './radar-view.ts';
import { RADAR_WORDS } from './radar-words.ts';

export function RadarPage() {
  const { lang, w } = useI18n();
  const R = RADAR_WORDS[lang];
  const { me } = useAuth();
  const role = me?.grants.find((g) => g.id === me.activeGrantId)?.role;
  const [provinceId, setProvinceId] = useState('');
  const [commune, setCommune] = useState<{ id: string; name: string } | null>(null);
  // until one is chosen, the first group with certificates in it
  const [chosen, setChosen] = useState<RadarGroup | null>(null);
  const scope: RadarScope = { provinceId: provinceId || undefined };
  const radar = useQuery(`radar:${me?.activeGrantId}:${provinceId}`, () => getRadar(scope));
  const listScope: RadarScope = { ...scope, communeId: commune?.id };
  const group = chosen ?? defaultGroup(radar.data);
  // the list waits for the counts when no group is chosen yet, so that it asks once, for the right group
  const listReady = chosen !== null || !!radar.data || !!radar.error;
  return (
    <section className="flex min-w-0 flex-col gap-4">
      <div>
        <PageTitle>{R.title}</PageTitle>
        <p className="-mt-2 text-sm text-slate-700">{R.intro}</p>
        {radar.data && <p className="mt-1 text-sm text-slate-600">{R.today(w.date(radar.data.today))}</p>}
      </div>
      {role === 'central_officer' && (
        <ProvincePicker
          value={provinceId}
          onChange={(id) => {
            setProvinceId(id);
            setCommune(null);
          }}
        />
      )}
      {radar.error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {radar.error.message}
        </p>
      )}
      <RadarGroups radar={radar.data} selected={group} onSelect={setChosen} />
      {commune && (
        <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="radar-commune-filter">
          <span>{R.communeFilter(commune.name)}</span>
          <button type="button" onClick={() => setCommune(null)} className="rounded border px-2 py-1">
            {R.clearCommune}
          </button>
        </p>
      )}
      {listReady && <RadarList group={group} scope={listScope} />}
      <RadarCommunes
        radar={radar.data}
        loading={radar.loading}
        error={radar.error?.message}
        onChoose={(id, name) => {
          setCommune({ id, name });
          document.getElementById('radar-list')?.scrollIntoView({ block: 'start' });
        }}
      />
      <IndicatorsSection scope={scope} />
    </section>
  );
}
