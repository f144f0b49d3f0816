// The inbox over HTTP: every signed-in person's notices (to them, to a producer they
// act for, to the officers of their role in their unit), newest first, and marking
// them read.
import { inboxQuery, inboxSchema, markReadBody } from '../../../shared/contracts/lifecycle.ts';
import { z } from 'zod';
import { createRouter, jsonBodyOf, jsonContent, route } from '../../http/openapi.ts';
import { requireAuth } from '../../http/session.ts';
import { inbox, markRead } from './notices.service.ts';

const tags = ['Notices'];

export function noticeRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/notices',
      tags,
      summary: "The caller's notices, newest first, with how many are unread",
      request: { query: inboxQuery },
      responses: { 200: jsonContent(inboxSchema) },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await inbox(c.get('deps'), requireAuth(c), {
          unreadOnly: q.unread,
          cursor: q.cursor,
          limit: q.limit,
        }),
        200,
      );
    },
  );
  router.openapi(
    route({
      method: 'post',
      path: '/notices/read',
      tags,
      summary: 'Mark some of the caller’s notices read, or all of them',
      request: jsonBodyOf(markReadBody),
      responses: { 200: jsonContent(z.object({ marked: z.number() })) },
    }),
    async (c) =>
      c.json({ marked: await markRead(c.get('deps'), requireAuth(c), c.req.valid('json').ids) }, 200),
  );
  return router;
}
