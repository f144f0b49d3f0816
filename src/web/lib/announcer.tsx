// One polite live region for the whole page: what changed without a page load
// ("Đã lưu", the predicted star, an import's progress) is said once, through here,
// instead of by status elements scattered over cards and forms, which screen
// readers would read all at once or not at all. Errors keep role="alert" where
// they are shown: they must interrupt.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const pending = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((text: string) => {
    // what is said in the same moment (a new prediction and "unsaved") is said together, once;
    // the region is emptied first and filled a moment later, so the same words said twice are said again
    if (!pending.current.includes(text)) pending.current.push(text);
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setMessage(pending.current.join('. '));
      pending.current = [];
    }, 50);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="announcer">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

/** Says a message in the page's live region (a save, a result: what has just happened). */
export const useAnnounce = () => useContext(AnnounceContext);

/**
 * Says `text` each time it changes after the component first showed (what the page
 * said on arrival is read with the page); null or '' says nothing.
 */
export function useAnnounceChange(text: string | null | undefined): void {
  useAnnounced(text, false);
}

/** Says `text` when the component appears (a result that was just produced) and each time it changes. */
export function useAnnounceShown(text: string | null | undefined): void {
  useAnnounced(text, true);
}

function useAnnounced(text: string | null | undefined, atFirst: boolean): void {
  const announce = useAnnounce();
  const last = useRef(atFirst ? null : text);
  useEffect(() => {
    if (text === last.current) return;
    last.current = text;
    if (text) announce(text);
  }, [text, announce]);
}
