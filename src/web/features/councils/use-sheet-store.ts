// The sheet store (sheet-store.ts) wired to the browser: localStorage, the typed
// fetcher, navigator.onLine, timers; sent again when the browser is online and at
// once when the member leaves the tab. One store per dossier, member and pass.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { saveMySheet, type MySheet } from './api.ts';
import { SheetStore, sheetKey } from './sheet-store.ts';

function newChangeId(): string {
  // randomUUID needs a secure context; a plain-http intranet still gets a unique id
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function useSheetStore(userId: string, data: MySheet) {
  const [store] = useState(
    () =>
      new SheetStore(
        {
          storage: window.localStorage,
          send: (body) => saveMySheet(data.itemId, body),
          isOnline: () => navigator.onLine !== false,
          newChangeId,
          now: () => new Date(),
          schedule: (fn, ms) => {
            const t = window.setTimeout(fn, ms);
            return () => window.clearTimeout(t);
          },
          device: navigator.userAgent.slice(0, 80),
        },
        sheetKey(userId, data.itemId, data.pass),
        data.sheet,
        data.editable,
      ),
  );
  useEffect(() => {
    store.start();
    const online = () => store.online();
    const hidden = () => {
      if (document.visibilityState === 'hidden') void store.sync();
    };
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', hidden);
      store.dispose();
    };
  }, [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { store, snapshot };
}
