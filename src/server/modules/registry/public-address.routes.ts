// GET /sp/{publicId}: a product's permanent public address, outside /api and without
// signing in. A page in Vietnamese for people (the default), the same facts as JSON
// for `Accept: application/json` or `?format=json`. An id typed in capitals or with
// o/i/l for 0/1 is sent on to its written form; an id of no product answers 404 in
// the same two forms. Answers may be kept five minutes: a state changes by the day.
import type { Context } from 'hono';
import { z } from 'zod';
import { publicProductSchema } from '../../../shared/contracts/public-product.ts';
import { errorSchema } from '../../../shared/contracts/common.ts';
import { canonicalPublicId, publicAddressPath } from '../../../shared/public-address.ts';
import { respondError } from '../../http/errors.ts';
import { createRouter, route } from '../../http/openapi.ts';
import type { AppEnv } from '../../http/types.ts';
import { findPublicProduct } from './public-address.service.ts';
import { renderPublicNotFound, renderPublicProduct } from './public-page.ts';

const both = (schema: z.ZodType, description: string) => ({
  description,
  content: {
    'text/html': { schema: z.string().meta({ description: 'a page in Vietnamese' }) },
    'application/json': { schema },
  },
});

/** JSON when asked for by `?format=json`, or when Accept prefers it to HTML; a page otherwise. */
function wantsJson(c: Context<AppEnv>): boolean {
  if (c.req.query('format') === 'json') return true;
  const q = new Map<string, number>();
  for (const part of (c.req.header('accept') ?? '').split(',')) {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(type.trim(), qParam ? Number(qParam.slice(2)) || 0 : 1);
  }
  const json = q.get('application/json') ?? 0;
  const html = q.get('text/html') ?? q.get('text/*') ?? q.get('*/*') ?? 0;
  return json > html;
}

export function publicAddressRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/sp/{publicId}',
      tags: ['Public address'],
      summary:
        'A product’s permanent public address (printed on certificates and stamps): a page in Vietnamese, or JSON for Accept: application/json or ?format=json; no sign-in',
      request: {
        params: z.object({ publicId: z.string().max(64) }),
        query: z.object({
          format: z
            .enum(['json'])
            .optional()
            .meta({ description: 'json: the JSON answer, whatever Accept says' }),
        }),
      },
      responses: {
        200: both(publicProductSchema, 'The product’s public facts'),
        301: { description: 'The id as typed (capitals, o/i/l) sent on to its written form' },
        404: both(errorSchema, 'No product has this public id'),
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const typed = c.req.valid('param').publicId;
      const json = wantsJson(c);
      c.header('Vary', 'Accept');
      const publicId = canonicalPublicId(typed);
      if (publicId && publicId !== typed) {
        const format = c.req.valid('query').format;
        return c.redirect(`${publicAddressPath(publicId)}${format ? `?format=${format}` : ''}`, 301);
      }
      const product = publicId ? await findPublicProduct(deps, publicId) : null;
      if (!product) {
        c.header('Cache-Control', 'public, max-age=60');
        if (json) return respondError(c, 'PUBLIC_ADDRESS_NOT_FOUND', { publicId: typed.slice(0, 40) });
        return c.html(renderPublicNotFound(typed), 404);
      }
      c.header('Cache-Control', 'public, max-age=300');
      if (json) return c.json(product, 200);
      return c.html(renderPublicProduct(product, deps.clock.today()), 200);
    },
  );
  return router;
}
