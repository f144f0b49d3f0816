// The working-day calendar over HTTP: the decided years, one year's days off (the
// Labour Code's when none is decided, marked so), an administrator's edit of a year,
// and the last day of a time limit.
import { z } from 'zod';
import { can } from '../../../domain/access/policy.ts';
import {
  calendarAddQuery,
  calendarAddReplySchema,
  calendarYearListSchema,
  decidedYearSchema,
  yearCalendarSchema,
} from '../../../shared/contracts/calendar.ts';
import { errorSchema } from '../../../shared/contracts/common.ts';
import { AppError } from '../../core/app-error.ts';
import { createRouter, jsonBodyOf, jsonContent, route } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { addToDate, listCalendarYears, saveCalendarYear, yearCalendar } from './calendar.service.ts';

const tags = ['Calendar'];
const yearParam = z.object({ year: z.coerce.number().int().min(1990).max(2100) });

export function calendarRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/years',
      tags,
      summary: 'The years whose days off were decided (shipped with the decisions cited, or edited)',
      responses: { 200: jsonContent(calendarYearListSchema) },
    }),
    async (c) => {
      requireGrant(c);
      return c.json({ items: await listCalendarYears(c.get('deps').database.db) }, 200);
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/years/{year}',
      tags,
      summary:
        'A year’s days off: every day off declared by law or decision (those on a weekend marked) and the make-up working days; decided: false when no decision is loaded (the Labour Code’s days)',
      request: { params: yearParam },
      responses: { 200: jsonContent(yearCalendarSchema) },
    }),
    async (c) => {
      requireGrant(c);
      return c.json(await yearCalendar(c.get('deps').database.db, c.req.valid('param').year), 200);
    },
  );
  router.openapi(
    route({
      method: 'put',
      path: '/years/{year}',
      tags,
      summary: 'Set a year’s days off as decided (administrators); audited',
      request: { params: yearParam, ...jsonBodyOf(decidedYearSchema) },
      responses: {
        200: jsonContent(yearCalendarSchema),
        400: jsonContent(
          errorSchema,
          'A date outside the year, given twice, or a make-up day that is not a weekend',
        ),
        403: jsonContent(errorSchema, 'Not an administrator'),
      },
    }),
    async (c) => {
      const grant = requireGrant(c);
      if (!can(grant, 'manage', { kind: 'calendarYear' })) throw new AppError('FORBIDDEN');
      const body = c.req.valid('json');
      const { year } = c.req.valid('param');
      if (body.year !== year)
        throw new AppError(
          'VALIDATION_FAILED',
          {},
          { issues: [{ path: 'year', message: 'must match the address' }] },
        );
      return c.json(await saveCalendarYear(c.get('deps'), auditActor(c), body), 200);
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/add',
      tags,
      summary:
        'The last day of a time limit: workingDays=N counts working days, days=N calendar days; the start day is not counted (Civil Code Art. 147) and a period ending on a day off ends on the next working day (Art. 148)',
      request: { query: calendarAddQuery },
      responses: {
        200: jsonContent(calendarAddReplySchema),
        400: jsonContent(errorSchema, 'Outside the calendar'),
      },
    }),
    async (c) => {
      requireGrant(c);
      const q = c.req.valid('query');
      const unit = q.workingDays !== undefined ? 'workingDays' : 'calendarDays';
      return c.json(
        await addToDate(c.get('deps').database.db, q.from, q.workingDays ?? q.days ?? 0, unit),
        200,
      );
    },
  );
  return router;
}
