// The inbox endpoints, one fetcher each, typed from the shared contracts
// (src/shared/contracts/lifecycle.ts): the caller's notices newest first with the
// unread count, and marking some or all of them read.
import type { Inbox } from '../../../shared/contracts/lifecycle.ts';
import { api } from '../../lib/api.ts';

export type { Inbox };
export type Notice = Inbox['items'][number];

export const getInbox = (query: { unread?: boolean; cursor?: string | null; limit?: number }) =>
  api<Inbox>('/api/notices', {
    query: { unread: query.unread ? '1' : undefined, cursor: query.cursor ?? undefined, limit: query.limit },
  });

/** Marks the given notices read, or every notice of the caller ('all'); answers how many changed. */
export const markNoticesRead = (ids: string[] | 'all') =>
  api<{ marked: number }>('/api/notices/read', { method: 'POST', body: { ids } });
