import { useState } from 'react';
import { ROLE_LABELS } from '../../../shared/roles.ts';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable, PageTitle } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { SearchBox } from '../../components/ui/search-box.tsx';
import { listUsers } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';

export function UsersPage() {
  const { t, lang } = useI18n();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const query = { q, page, pageSize: 25 };
  const list = useQuery(JSON.stringify(query), () => listUsers(query));
  return (
    <section>
      <PageTitle>{t.users}</PageTitle>
      <SearchBox
        value={q}
        onChange={(v) => {
          setQ(v);
          setPage(1);
        }}
      />
      <DataTable
        caption={t.users}
        rows={list.data?.items}
        loading={list.loading}
        error={list.error?.message}
        page={page}
        pageSize={25}
        total={list.data?.total ?? 0}
        onPage={setPage}
        columns={[
          { key: 'email', header: t.email, cell: (u) => u.email },
          { key: 'name', header: t.name, cell: (u) => u.fullName },
          {
            key: 'roles',
            header: t.role,
            cell: (u) =>
              u.grants
                .map((g) => `${ROLE_LABELS[g.role][lang]}${g.unitName ? ` — ${g.unitName}` : ''}`)
                .join('; '),
          },
          { key: 'status', header: t.status, cell: (u) => <TermBadge v={V.userStatus} id={u.status} /> },
        ]}
      />
    </section>
  );
}
