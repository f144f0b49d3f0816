// How many notices the signed-in person has not read, for the bell: asked once a
// minute and whenever the window regains focus (a notice may have come while the
// reader was elsewhere), and again at once when the inbox page marks some read.
import { useCallback, useEffect, useState } from 'react';
import { getInbox } from './api.ts';

const POLL_EVERY_MS = 60_000;
const CHANGED = 'ocop:notices-changed';

/** Tells the bell that notices were marked read, so it asks again now rather than in a minute. */
export const announceNoticesChanged = () => window.dispatchEvent(new Event(CHANGED));

/** The unread count (null until the first answer); `key` (the active grant) asks again when it changes. */
export function useUnreadCount(key: string | null | undefined): number | null {
  const [unread, setUnread] = useState<number | null>(null);
  const ask = useCallback(() => {
    let live = true;
    getInbox({ limit: 1 }).then(
      (r) => live && setUnread(r.unread),
      // a failed poll keeps the last count: the next minute asks again
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  // a new grant (the key) is asked for its own count
  useEffect(() => {
    if (!key) return;
    let cancel = ask();
    const again = () => {
      cancel();
      cancel = ask();
    };
    const timer = setInterval(again, POLL_EVERY_MS);
    const onVisible = () => document.visibilityState === 'visible' && again();
    window.addEventListener('focus', again);
    window.addEventListener(CHANGED, again);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancel();
      clearInterval(timer);
      window.removeEventListener('focus', again);
      window.removeEventListener(CHANGED, again);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [key, ask]);
  return unread;
}
