// The bell in the header: a link to the inbox whose accessible name says how many
// notices are unread; the count is drawn as a small badge beside it.
import { Link } from '@tanstack/react-router';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { unreadBadge } from './notice-link.ts';
import { NOTICE_WORDS } from './notice-words.ts';
import { useUnreadCount } from './use-unread.ts';

export function NoticeBell({ grantKey }: { grantKey: string | null }) {
  const { lang } = useI18n();
  const N = NOTICE_WORDS[lang];
  const unread = useUnreadCount(grantKey ?? 'none');
  const badge = unreadBadge(unread ?? 0);
  return (
    <Link
      to={paths.notices}
      aria-label={N.bell(unread ?? 0)}
      title={N.bell(unread ?? 0)}
      className="relative inline-flex h-9 w-9 shrink-0 items-center justify-center rounded bg-white/15 hover:bg-white/25"
      data-testid="notice-bell"
      data-unread={unread ?? 0}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor">
        <path
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0"
        />
      </svg>
      {badge && (
        <span
          aria-hidden="true"
          className="absolute -top-1 -right-1 min-w-5 rounded-full bg-rose-600 px-1 text-center text-xs leading-5 font-semibold text-white"
        >
          {badge}
        </span>
      )}
    </Link>
  );
}
