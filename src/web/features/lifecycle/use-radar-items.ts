// The rows of one radar group shown so far, a page at a time by the server's cursor:
// a new group or scope starts again from the first page.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../lib/api-error.ts';
import { listRadarItems, type RadarGroup, type RadarItem, type RadarScope } from './api.ts';

const PAGE = 50;

export function useRadarItems(group: RadarGroup, scope: RadarScope) {
  const [state, setState] = useState<{
    items?: RadarItem[];
    nextCursor: string | null;
    error?: ApiError;
    loading: boolean;
  }>({ nextCursor: null, loading: true });
  const { provinceId, communeId } = scope;
  useEffect(() => {
    let live = true;
    setState({ nextCursor: null, loading: true });
    listRadarItems({ group, provinceId, communeId, limit: PAGE }).then(
      (r) => live && setState({ items: r.items, nextCursor: r.nextCursor, loading: false }),
      (error: ApiError) => live && setState({ nextCursor: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [group, provinceId, communeId]);
  const cursor = state.nextCursor;
  const more = useCallback(async () => {
    if (!cursor) return;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    try {
      const r = await listRadarItems({ group, provinceId, communeId, cursor, limit: PAGE });
      setState((s) => ({
        items: [...(s.items ?? []), ...r.items],
        nextCursor: r.nextCursor,
        loading: false,
      }));
    } catch (error) {
      setState((s) => ({ ...s, error: error as ApiError, loading: false }));
    }
  }, [cursor, group, provinceId, communeId]);
  return { ...state, more };
}
