// The note of an old→new mapping row as the API sends it: a list of phrases, each
// a code with its parameters (src/shared/mapping-notes.ts has the words of each in
// Vietnamese and English). Built from the phrase table, so a phrase added there is
// documented and validated here without a second list to keep in step.
import { z } from 'zod';
import {
  MAPPING_NOTE_CODES,
  phraseParams,
  type MappingNotePhrase,
  type NoteParamKind,
} from '../mapping-notes.ts';

const noteUnitSchema = z
  .object({ code: z.string(), name: z.string() })
  .meta({ id: 'MappingNoteUnit', description: 'a unit named in a note: GSO code and name' });

const notePlaceSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('district'), district: noteUnitSchema }),
    z.object({ kind: z.literal('districts_named'), name: z.string() }),
    z.object({
      kind: z.literal('province'),
      provinces: z.array(z.string()),
      absentFrom: z.array(noteUnitSchema),
    }),
    z.object({ kind: z.literal('new_province'), province: noteUnitSchema }),
  ])
  .meta({ id: 'MappingNotePlace', description: 'where a name was looked up' });

const PARAM_SCHEMAS: Record<NoteParamKind, z.ZodType> = {
  text: z.string(),
  code: z.string(),
  count: z.number().int(),
  unit: noteUnitSchema,
  units: z.array(noteUnitSchema),
  place: notePlaceSchema,
};

const phraseSchemas = MAPPING_NOTE_CODES.map((code) =>
  z.object({
    code: z.literal(code),
    ...Object.fromEntries(
      Object.entries(phraseParams(code)).map(([name, kind]) => [name, PARAM_SCHEMAS[kind]]),
    ),
  }),
);

export const mappingNotePhraseSchema = z
  .discriminatedUnion('code', phraseSchemas as [(typeof phraseSchemas)[number], ...typeof phraseSchemas])
  .meta({
    id: 'MappingNotePhrase',
    description: 'one phrase of a note: its code and parameters; the words are the reader’s to choose',
  }) as unknown as z.ZodType<MappingNotePhrase>;
