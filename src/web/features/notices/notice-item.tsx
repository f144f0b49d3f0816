// One notice in the inbox: its kind as a badge, its subject, when it came, whether it
// is read, its body behind a disclosure (a notice's body can be long), the page it
// leads to (opening it marks it read), and "mark as read" while it is unread.
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { V } from '../../../shared/vocabulary.ts';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { Notice } from './api.ts';
import { noticeTarget } from './notice-link.ts';
import { NOTICE_WORDS } from './notice-words.ts';

export function NoticeItem({ n, busy, onRead }: { n: Notice; busy: boolean; onRead(n: Notice): void }) {
  const { lang, w } = useI18n();
  const N = NOTICE_WORDS[lang];
  const target = noticeTarget(n.link);
  const opened = () => !n.read && onRead(n);
  const subjectId = `notice-${n.id}`;
  const [open, setOpen] = useState(false);
  return (
    <li
      aria-labelledby={subjectId}
      className={`flex flex-col gap-2 rounded-lg border p-3 ${n.read ? 'border-slate-200 bg-white' : 'border-brand-600 bg-brand-50'}`}
      data-notice={n.id}
      data-read={n.read}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <TermBadge v={V.noticeKind} id={n.kind} />
        <time dateTime={n.createdAt} className="text-slate-600">
          {w.date(n.createdAt)} {w.time(n.createdAt)}
        </time>
        <span className={n.read ? 'text-slate-600' : 'font-semibold text-brand-700'}>
          {n.read ? N.read : N.unread}
        </span>
      </div>
      <h2 id={subjectId} className={`break-words ${n.read ? '' : 'font-semibold'}`}>
        {n.subject}
      </h2>
      <details className="text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer text-brand-700 underline">
          {open ? N.hideBody : N.showBody}
        </summary>
        <p className="mt-2 break-words whitespace-pre-line text-slate-800">{n.body}</p>
      </details>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        {target?.kind === 'app' && (
          <Link to={target.to} onClick={opened} className="text-brand-700 underline">
            {N.openLink}
          </Link>
        )}
        {target?.kind === 'web' && (
          <a
            href={target.href}
            target="_blank"
            rel="noopener"
            onClick={opened}
            className="break-all text-brand-700 underline"
          >
            {N.openPublic}
          </a>
        )}
        {!n.read && (
          <button
            type="button"
            disabled={busy}
            onClick={() => onRead(n)}
            aria-describedby={subjectId}
            className="rounded border px-3 py-1.5 disabled:opacity-50"
          >
            {N.markRead}
          </button>
        )}
      </div>
    </li>
  );
}
