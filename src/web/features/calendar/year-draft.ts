// The year form's draft: the editable copy of a year's days off, make-up days and
// instruments (each row with a key of its own), the body PUT /api/calendar/years/{year}
// takes, and the server's refusals as lines in the reader's language.
import type { DAY_OFF_KINDS } from '../../../shared/enums.ts';
import { type ErrorCode, formatMessage } from '../../../shared/errors.ts';
import { ApiError } from '../../lib/api-error.ts';
import type { Words } from '../../lib/i18n.tsx';
import type { DecidedYearBody, YearCalendar } from './api.ts';
import { fieldLabel } from './labels.ts';

export type Kind = (typeof DAY_OFF_KINDS)[number];
export interface DayOffRow {
  key: number;
  date: string;
  name: string;
  nameEn: string;
  kind: Kind | '';
}
export interface MakeUpRow {
  key: number;
  date: string;
  name: string;
  nameEn: string;
}
export interface InstrumentRow {
  key: number;
  ref: string;
  date: string;
  issuer: string;
  about: string;
  url: string;
}
export interface Draft {
  verified: boolean;
  notes: string;
  decisions: InstrumentRow[];
  nonWorkingDays: DayOffRow[];
  makeUpWorkingDays: MakeUpRow[];
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

export function draftOf(year: YearCalendar, nextKey: () => number): Draft {
  return {
    verified: year.verified,
    notes: year.notes ?? '',
    decisions: year.decisions.map((d) => ({
      key: nextKey(),
      ref: d.ref,
      date: d.date ?? '',
      issuer: d.issuer,
      about: d.about,
      url: d.url ?? '',
    })),
    nonWorkingDays: year.nonWorkingDays.map(({ date, name, nameEn, kind }) => ({
      key: nextKey(),
      date,
      name,
      nameEn,
      kind,
    })),
    makeUpWorkingDays: year.makeUpWorkingDays.map(({ date, name, nameEn }) => ({
      key: nextKey(),
      date,
      name,
      nameEn,
    })),
  };
}

export function bodyOf(year: number, d: Draft): DecidedYearBody {
  return {
    year,
    verified: d.verified,
    notes: d.notes.trim() || null,
    decisions: d.decisions.map((x) => ({
      ref: x.ref,
      date: x.date || null,
      issuer: x.issuer,
      about: x.about,
      url: x.url.trim() || null,
    })),
    nonWorkingDays: d.nonWorkingDays.map((x) => ({
      date: x.date,
      name: x.name,
      nameEn: x.nameEn,
      kind: x.kind as Kind,
    })),
    makeUpWorkingDays: d.makeUpWorkingDays.map((x) => ({ date: x.date, name: x.name, nameEn: x.nameEn })),
  };
}

/** What the server refused, one line per fault, in the reader's language with dates as dd/mm/yyyy. */
export function refusalLines(err: unknown, lang: 'vi' | 'en', w: Words): string[] {
  if (!(err instanceof ApiError)) return [String(err)];
  const details = err.details as
    | {
        problems?: { code: ErrorCode; params: Record<string, unknown> }[];
        issues?: { field: string; message: string }[];
      }
    | undefined;
  if (details?.problems?.length)
    return details.problems.map((p) =>
      formatMessage(p.code, lang, { ...p.params, date: w.date(String(p.params.date ?? '')) }),
    );
  if (details?.issues?.length) return details.issues.map((i) => `${fieldLabel(i.field, lang)}: ${i.message}`);
  return [err.message.replace(ISO_DATE, (iso) => w.date(iso))];
}
