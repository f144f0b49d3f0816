// The inbox: every notice for the signed-in person (to them, to the producer they act
// for, to the officers of their unit), newest first, a page at a time by the server's
// cursor; all or only the unread; each marked read on its own or all at once. The
// bell in the header is told when the count changes.
import { useCallback, useEffect, useState } from 'react';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { useAnnounce } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useAuth } from '../auth/auth-context.tsx';
import { ErrorLine } from '../councils/error-line.tsx';
import { getInbox, markNoticesRead, type Notice } from './api.ts';
import { NoticeItem } from './notice-item.tsx';
import { NOTICE_WORDS } from './notice-words.ts';
import { announceNoticesChanged } from './use-unread.ts';

const PAGE = 20;

interface Loaded {
  items: Notice[];
  unread: number;
  nextCursor: string | null;
}

/** The notices shown so far under one filter, and the next page on request. */
function useInbox(unreadOnly: boolean, grantKey: string | null) {
  const [state, setState] = useState<{ data?: Loaded; error?: unknown; loading: boolean }>({
    loading: true,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new grant has its own inbox
  useEffect(() => {
    let live = true;
    setState({ loading: true });
    getInbox({ unread: unreadOnly, limit: PAGE }).then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [unreadOnly, grantKey]);
  const more = useCallback(async () => {
    const cursor = state.data?.nextCursor;
    if (!cursor) return;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    try {
      const next = await getInbox({ unread: unreadOnly, cursor, limit: PAGE });
      setState((s) => ({
        loading: false,
        data: {
          items: [
            ...(s.data?.items ?? []),
            ...next.items.filter((n) => !s.data?.items.some((o) => o.id === n.id)),
          ],
          unread: next.unread,
          nextCursor: next.nextCursor,
        },
      }));
    } catch (error) {
      setState((s) => ({ ...s, error, loading: false }));
    }
  }, [state.data?.nextCursor, unreadOnly]);
  /** The notices now read, without asking the server for the list again. */
  const markedRead = (ids: string[] | 'all') =>
    setState((s) => {
      if (!s.data) return s;
      const hit = (n: Notice) => ids === 'all' || ids.includes(n.id);
      const newly = s.data.items.filter((n) => !n.read && hit(n)).length;
      return {
        ...s,
        data: {
          ...s.data,
          items: s.data.items.map((n) => (hit(n) ? { ...n, read: true } : n)),
          unread: ids === 'all' ? 0 : Math.max(0, s.data.unread - newly),
        },
      };
    });
  return { ...state, more, markedRead };
}

export function NoticesPage() {
  const { t, lang } = useI18n();
  const N = NOTICE_WORDS[lang];
  const { me } = useAuth();
  const announce = useAnnounce();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useInbox(unreadOnly, me?.activeGrantId ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mark = async (ids: string[] | 'all') => {
    setBusy(true);
    setError(null);
    try {
      const { marked } = await markNoticesRead(ids);
      inbox.markedRead(ids);
      announce(ids === 'all' ? N.markedAll(marked) : N.marked);
      announceNoticesChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const data = inbox.data;
  const filterButton = (value: boolean, label: string) => (
    <button
      type="button"
      aria-pressed={unreadOnly === value}
      onClick={() => setUnreadOnly(value)}
      className="rounded border px-3 py-1.5 aria-pressed:bg-brand-600 aria-pressed:text-white"
    >
      {label}
    </button>
  );
  return (
    <section className="flex flex-col gap-3" aria-busy={inbox.loading}>
      <PageTitle>{N.title}</PageTitle>
      <div className="flex flex-wrap items-center gap-2">
        <fieldset className="flex items-center gap-2">
          <legend className="sr-only">{N.filter}</legend>
          {filterButton(false, N.all)}
          {filterButton(true, N.unreadOnly)}
        </fieldset>
        {data && (
          <span className="text-sm text-slate-700" data-testid="unread-count">
            {N.unreadCount(data.unread)}
          </span>
        )}
        {!!data?.unread && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void mark('all')}
            className="rounded bg-brand-600 px-3 py-1.5 font-semibold text-white disabled:opacity-50 sm:ml-auto"
          >
            {N.markAllRead}
          </button>
        )}
      </div>
      <ErrorLine error={error ?? inbox.error} />
      {!data && inbox.loading && <p className="text-slate-600">{t.loading}</p>}
      {data?.items.length === 0 && (
        <p className="rounded border bg-white p-4 text-slate-700" data-testid="notices-empty">
          {unreadOnly ? N.emptyUnread : N.empty}
        </p>
      )}
      {!!data?.items.length && (
        <ul className="flex flex-col gap-2" data-testid="notice-list">
          {data.items.map((n) => (
            <NoticeItem key={n.id} n={n} busy={busy} onRead={(x) => void mark([x.id])} />
          ))}
        </ul>
      )}
      {data?.nextCursor && (
        <button
          type="button"
          disabled={inbox.loading}
          onClick={() => void inbox.more()}
          className="self-start rounded border bg-white px-3 py-2 disabled:opacity-50"
        >
          {inbox.loading ? N.loadingMore : N.more}
        </button>
      )}
    </section>
  );
}
