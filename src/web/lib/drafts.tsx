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
  },
} as const;

const isOffline = (err: unknown) =>
  (typeof navigator !== 'undefined' && navigator.onLine === false) ||
  (err instanceof TypeError && /fetch|network/i.test(err.message));

/**
 * Saves `value` through `save` `delayMs` after the last change while `dirty`. One
 * save at a time: a change made during a save is saved after it. A conflict (409)
 * stops saving until the page is reloaded; a lost connection is retried when the
 * browser is online again.
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
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const stopped = useRef(false);

  const saveNow = useCallback(async (): Promise<void> => {
    if (stopped.current || !latest.current.dirty) return;
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    setState('saving');
    const run = (async () => {
      try {
        await latest.current.save(latest.current.value);
        setSavedAt(new Date());
        setState('saved');
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) {
          stopped.current = true;
          setState('conflict');
        } else setState(isOffline(err) ? 'offline' : 'error');
      } finally {
        inFlight.current = null;
      }
      if (again.current) {
        again.current = false;
        await saveNow();
      }
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

  useEffect(() => {
    const back = () => void saveNow();
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [saveNow]);

  return { state: dirty || state === 'saved' ? state : 'clean', savedAt, saveNow } as const;
}

/** Where a draft stands, in words (never colour alone); said in the page's live region once settled. */
export function SaveStatus({ state, savedAt }: { state: SaveState; savedAt: Date | null }) {
  const { lang, w } = useI18n();
  const words = WORDS[lang];
  const text =
    state === 'saved'
      ? words.saved(w.dateTime(savedAt).split(' ')[lang === 'vi' ? 0 : 3] ?? '')
      : words[state];
  // saved, or why not: typing and saving in progress are shown, not said
  useAnnounceChange(state === 'clean' || state === 'pending' || state === 'saving' ? null : text);
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
    <span className={`text-sm ${tone}`} data-save-state={state}>
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
