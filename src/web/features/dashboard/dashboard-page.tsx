import { ROLE_LABELS } from '../../../shared/roles.ts';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { HomeQueue } from '../dossiers/home-queue.tsx';
import { getHome } from './api.ts';
import { OfficerHome, ProducerHome } from './home-sections.tsx';
import { HOME_WORDS } from './home-words.ts';

/**
 * The home of the signed-in grant: the work it has (home-sections.tsx), read from
 * /api/home, not the navigation again, and the evaluation dossiers waiting for it
 * (dossiers/home-queue.tsx) where its role works on them. Roles whose work arrives
 * with later parts of the programme (councils) say so.
 */
export function DashboardPage() {
  const { me } = useAuth();
  const { t, lang } = useI18n();
  const home = useQuery(`home:${me?.activeGrantId}`, getHome);
  if (!me) return null;
  const active = me.grants.find((g) => g.id === me.activeGrantId);
  const H = HOME_WORDS[lang];
  return (
    <section>
      <PageTitle>
        {t.welcome}, {me.user.fullName}
      </PageTitle>
      {active ? (
        <p className="mb-4 text-slate-700" data-testid="active-role">
          {ROLE_LABELS[active.role][lang]}
          {active.unitName ? ` — ${active.unitName}` : ''}
        </p>
      ) : (
        <p className="text-slate-700">{t.noRole}</p>
      )}
      {home.error && (
        <p role="alert" className="rounded bg-red-50 p-3 text-red-800">
          {home.error.message}
        </p>
      )}
      {!home.data && !home.error && <p>{t.loading}</p>}
      {home.data && me.navigation.includes('dossiers') && (
        <HomeQueue producerView={!!home.data.producer} overdue={home.data.role === 'province_officer'} />
      )}
      {home.data?.producer && <ProducerHome producer={home.data.producer} />}
      {home.data?.overview && <OfficerHome o={home.data.overview} />}
      {home.data && active && !home.data.producer && !home.data.overview && (
        <p className="rounded border bg-white p-4 text-slate-700">{H.noWork}</p>
      )}
    </section>
  );
}
