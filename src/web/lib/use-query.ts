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
  return { ...state, reload: run };
}
