// What the councils' three route files say alike: their tag in the API document, the
// id in the path, and the refusals they document.
import { z } from 'zod';
import { errorSchema } from '../../../shared/contracts/common.ts';
import { jsonContent } from '../../http/openapi.ts';

export const tags = ['Councils'];
export const idParam = z.object({ id: z.uuid() });
export const notFound = jsonContent(errorSchema, 'Not found or outside scope');
export const refused = jsonContent(errorSchema, 'Refused in this state (the code says why)');
export const forbidden = jsonContent(errorSchema, 'Not allowed');
