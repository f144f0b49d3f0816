// A small data hook: loads on mount and whenever the key changes, exposes reload.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from './api-error.ts';

export function useQuery<T>(key: string, load: () => Promise<T>) {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const loader = useRef(load);
  loader.current = load;
  const run = useCallback(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    loader.current().then(
      (data) => live && setState({ data, loading: false }),
      (error: ApiError) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is what asks for a new load
  useEffect(run, [key, run]);
  // Loading from the render that changes the key, not from the effect after it: no frame shows the
  // last key's rows as if they answered the new one.
  const asked = useRef(key);
  const changed = asked.current !== key;
  useEffect(() => {
    asked.current = key;
  }, [key]);
  return { ...state, loading: state.loading || changed, reload: run };
}
