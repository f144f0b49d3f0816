// The producer's forms as the page edits them, and as the API takes them back: an
// empty email is none, and the samples are sent once their day of hand-over is known
// (never for community tourism, which hands over none).
import type { DossierView, SaveDossier } from './api.ts';

export interface FormsDraft {
  form01: Omit<NonNullable<DossierView['form01']>, 'email'> & { email: string };
  general: NonNullable<DossierView['general']>;
  business: DossierView['business'];
  plan: NonNullable<DossierView['plan']>;
  samples: { count: number | null; handedOverOn: string; receivedBy: string };
}

export function draftOf(d: DossierView): FormsDraft {
  return {
    form01: {
      representative: '',
      title: '',
      phone: '',
      commitment: false,
      ...d.form01,
      email: d.form01?.email ?? '',
    },
    general: d.general ?? {
      foundedYear: null,
      members: null,
      workers: null,
      facilities: '',
      productDescription: '',
      rawMaterials: '',
      process: '',
    },
    business: d.business,
    plan: d.plan ?? { goals: '', markets: '', investments: '' },
    samples: d.samples ?? { count: null, handedOverOn: '', receivedBy: '' },
  };
}

/** The body of a save, at the version last read. */
export function bodyOf(draft: FormsDraft, tourism: boolean, version: number): SaveDossier {
  const { count, handedOverOn, receivedBy } = draft.samples;
  return {
    version,
    form01: { ...draft.form01, email: draft.form01.email.trim() || null },
    general: draft.general,
    business: draft.business,
    plan: draft.plan,
    samples: tourism || count === null || !handedOverOn ? null : { count, handedOverOn, receivedBy },
  };
}

/** The fields a refused save names (details.issues: "form01.email", "business.0.year"), by their last name. */
export function invalidFields(details: unknown): string[] {
  const issues = (details as { issues?: { field?: string }[] } | undefined)?.issues ?? [];
  const names = issues.map(
    (i) =>
      (i.field ?? '')
        .split('.')
        .filter((p) => !/^\d+$/.test(p))
        .at(-1) ?? '',
  );
  return [...new Set(names.filter(Boolean))];
}
