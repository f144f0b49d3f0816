// Where a notice's link leads. The server writes absolute addresses (its PUBLIC_URL):
// a page of the platform (/app/…) opens inside the app, whatever host the address
// names, so that a link works on the copy the reader is using; anything else (the
// product's public page) opens as the address it is.
import { routes } from '../../config/paths.ts';

export type NoticeTarget = { kind: 'app'; to: string } | { kind: 'web'; href: string };

export function noticeTarget(link: string | null | undefined): NoticeTarget | null {
  if (!link?.trim()) return null;
  let url: URL;
  try {
    url = new URL(link, 'http://relative.invalid');
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const app = routes.dashboard;
  if (url.pathname === app || url.pathname.startsWith(`${app}/`))
    return { kind: 'app', to: `${url.pathname}${url.search}${url.hash}` };
  if (url.host === 'relative.invalid')
    return { kind: 'web', href: `${url.pathname}${url.search}${url.hash}` };
  return { kind: 'web', href: url.href };
}

/** The unread count as the bell shows it: nothing at 0, "99+" past 99. */
export function unreadBadge(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  return n > 99 ? '99+' : String(Math.floor(n));
}
