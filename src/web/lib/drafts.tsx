// No lost input. `useAutosave` saves a draft a moment after the last change (and at
// once when asked), says where it stands — saving, saved at 14:05, not saved because
// the connection is gone (retried when it returns), or a conflict — and
// `useUnsavedGuard` asks before a link, Back or closing the tab drops unsaved input.
import { useBlocker } from '@tanstack/react-router';
import { AlertDialog } from 'radix-ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAnnounceChange } from './announcer.tsx';
import { ApiError } from './api-error.ts';
import { useI18n } from './i18n.tsx';

export type SaveState = 'clean' | 'pending' | 'saving' | 'saved' | 'offline' | 'conflict' | 'error';

const WORDS = {
  vi: {
    clean: 'Chưa có thay đổi',
    pending: 'Có thay đổi chưa lưu',
    saving: 'Đang lưu…',
    saved: (at: string) => `Đã lưu lúc ${at}`,
    offline: 'Chưa lưu — mất kết nối; sẽ tự lưu khi có mạng trở lại',
    conflict: 'Chưa lưu — người khác vừa lưu bản mới hơn; tải lại trang để xem',
    error: 'Chưa lưu — có lỗi khi lưu',
    leaveTitle: 'Rời trang khi còn thay đổi chưa lưu?',
    leaveText: 'Những thay đổi chưa lưu sẽ bị mất.',
    stay: 'Ở lại trang',
    leave: 'Rời trang, bỏ thay đổi',
    short: {
      clean: 'Đã lưu',
      pending: 'Chưa lưu',
      saving: 'Đang lưu…',
      offline: 'Chưa lưu — mất mạng',
      conflict: 'Chưa lưu — có bản mới hơn',
      error: 'Chưa lưu — lỗi',
    },
  },
  en: {
    clean: 'No changes',
    pending: 'Unsaved changes',
    saving: 'Saving…',
    saved: (at: string) => `Saved at ${at}`,
    offline: 'Not saved — the connection is gone; it will save when it is back',
    conflict: 'Not saved — someone saved a newer version; reload the page to see it',
    error: 'Not saved — saving failed',
    leaveTitle: 'Leave the page with unsaved changes?',
    leaveText: 'The unsaved changes will be lost.',
    stay: 'Stay on the page',
    leave: 'Leave and drop the changes',
    short: {
      clean: 'Saved',
      pending: 'Not saved yet',
      saving: 'Saving…',
      offline: 'Not saved — offline',
      conflict: 'Not saved — newer version',
      error: 'Not saved — error',
    },
  },
} as const;

const isOffline = (err: unknown) =>
  (typeof navigator !== 'undefined' && navigator.onLine === false) ||
  (err instanceof TypeError && /fetch|network/i.test(err.message));

/**
 * Saves `value` through `save` `delayMs` after the last change while `dirty`. One
 * save at a time: a change made during a save is saved after it. A conflict (409)
 * stops saving until the page is reloaded; a lost connection is retried when the
 * browser is online again (and every 15 s, as is a failed save); leaving the tab for
 * another app saves at once.
 */
export function useAutosave<T>(opts: {
  value: T;
  dirty: boolean;
  save: (value: T) => Promise<void>;
  delayMs?: number;
  enabled?: boolean;
}) {
  const { value, dirty, save, delayMs = 1500, enabled = true } = opts;
  const [state, setState] = useState<SaveState>(dirty ? 'pending' : 'clean');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const latest = useRef({ value, save, dirty });
  latest.current = { value, save, dirty };
  const inFlight = useRef<Promise<boolean> | null>(null);
  const savedValue = useRef<T | undefined>(undefined);
  const stopped = useRef(false);

  /** Saves at once; resolves true when what was typed up to now is saved. */
  const saveNow = useCallback(async (): Promise<boolean> => {
    if (stopped.current) return false;
    if (!latest.current.dirty || latest.current.value === savedValue.current) return true;
    if (inFlight.current) {
      // one save at a time: this one follows the one on its way
      await inFlight.current;
      return saveNow();
    }
    setState('saving');
    const sent = latest.current.value;
    const run = (async () => {
      let ok = false;
      try {
        await latest.current.save(sent);
        ok = true;
        savedValue.current = sent;
        setSavedAt(new Date());
        // a change typed while this save was on its way is still to be saved
        setState(latest.current.value === sent ? 'saved' : 'pending');
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) {
          stopped.current = true;
          setState('conflict');
        } else setState(isOffline(err) ? 'offline' : 'error');
      } finally {
        inFlight.current = null;
      }
      return ok;
    })();
    inFlight.current = run;
    return run;
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: every new value restarts the wait
  useEffect(() => {
    if (!enabled || !dirty || stopped.current) return;
    if (state !== 'saving' && state !== 'offline') setState('pending');
    const timer = setTimeout(() => void saveNow(), delayMs);
    return () => clearTimeout(timer);
  }, [value, dirty, enabled, delayMs, saveNow]);

  // a failed save is tried again now and then, while the page stays open
  useEffect(() => {
    if (state !== 'error' && state !== 'offline') return;
    const timer = setInterval(() => void saveNow(), 15_000);
    return () => clearInterval(timer);
  }, [state, saveNow]);

  useEffect(() => {
    const back = () => void saveNow();
    // a phone's user switching to another app may not come back: save on the way out
    const hidden = () => document.visibilityState === 'hidden' && void saveNow();
    window.addEventListener('online', back);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('online', back);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [saveNow]);

  return { state: dirty || state === 'saved' ? state : 'clean', savedAt, saveNow } as const;
}

/**
 * Where a draft stands, in words (never colour alone); said in the page's live
 * region once settled. `compact` words it in a few words for a phone's bar; `live`
 * false keeps a second rendering of the same state from saying it twice.
 */
export function SaveStatus({
  state,
  savedAt,
  compact = false,
  live = true,
}: {
  state: SaveState;
  savedAt: Date | null;
  compact?: boolean;
  live?: boolean;
}) {
  const { lang, w } = useI18n();
  const words = WORDS[lang];
  const at = savedAt ? w.time(savedAt) : '';
  const text =
    state === 'saved'
      ? compact
        ? `${words.short.clean} ${at}`
        : words.saved(at)
      : compact
        ? words.short[state]
        : words[state];
  // saved, or why not (in full words): typing and saving in progress are shown, not said
  const said = state === 'saved' ? words.saved(at) : state === 'clean' ? '' : words[state];
  useAnnounceChange(!live || state === 'clean' || state === 'pending' || state === 'saving' ? null : said);
  const icon = { clean: '', pending: '●', saving: '⟳', saved: '✓', offline: '⚠', conflict: '⚠', error: '⚠' }[
    state
  ];
  const tone =
    state === 'offline' || state === 'conflict' || state === 'error'
      ? 'text-rose-800'
      : state === 'saved'
        ? 'text-emerald-800'
        : 'text-slate-700';
  return (
    <span className={`${compact ? 'text-xs' : 'text-sm'} ${tone}`} data-save-state={state}>
      {icon && <span aria-hidden="true">{icon} </span>}
      {text}
    </span>
  );
}

/**
 * Asks before leaving (a link, Back, closing or reloading the tab) while there is
 * unsaved input. `setDirty` takes effect at once, so a form can clear it just
 * before a save that navigates away.
 */
export function useUnsavedGuard(initial = false) {
  const dirtyRef = useRef(initial);
  const [dirty, setDirtyState] = useState(initial);
  const setDirty = useCallback((value: boolean) => {
    dirtyRef.current = value;
    setDirtyState(value);
  }, []);
  const blocker = useBlocker({
    shouldBlockFn: () => dirtyRef.current,
    enableBeforeUnload: () => dirtyRef.current,
    withResolver: true,
  });
  return { dirty, setDirty, blocker };
}

/** The question `useUnsavedGuard` asks, in the reader's language. */
export function UnsavedDialog({ blocker }: { blocker: ReturnType<typeof useUnsavedGuard>['blocker'] }) {
  const { lang } = useI18n();
  const words = WORDS[lang];
  return (
    <AlertDialog.Root open={blocker.status === 'blocked'}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-lg">
          <AlertDialog.Title className="text-lg font-semibold">{words.leaveTitle}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-slate-700">{words.leaveText}</AlertDialog.Description>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel
              className="rounded bg-brand-600 px-3 py-2 font-semibold text-white"
              onClick={() => blocker.reset?.()}
            >
              {words.stay}
            </AlertDialog.Cancel>
            <AlertDialog.Action className="rounded border px-3 py-2" onClick={() => blocker.proceed?.()}>
              {words.leave}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
