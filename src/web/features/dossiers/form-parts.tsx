// The parts of the producer's forms, one fieldset each: Mẫu 01 (the registration),
// Mẫu 02 part I (general information) and part IV (the plan), and the samples handed
// over (none for community tourism). A field a gap names is marked as missing.
import type { ReactNode } from 'react';
import type { DossierItem } from '../../../domain/dossiers/dossier-content.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Check, NumberField, TextArea, TextField } from './fields.tsx';
import type { FormsDraft } from './forms-draft.ts';
import { PAGE_WORDS } from './page-words.ts';

export interface PartProps<T> {
  value: T;
  onChange(next: T): void;
  /** whether the dossier's gaps name the item (and the field) */
  missing(item: DossierItem, field?: string): boolean;
  disabled?: boolean;
}

export function Part(props: { legend: string; disabled?: boolean; missing?: boolean; children: ReactNode }) {
  const { lang } = useI18n();
  return (
    <fieldset
      disabled={props.disabled}
      className="grid grid-cols-1 gap-3 rounded-lg border bg-white p-3 sm:grid-cols-2"
    >
      <legend className="px-1 font-semibold">
        {props.legend}
        {props.missing && (
          <span className="ml-2 text-sm font-normal text-rose-800">({PAGE_WORDS[lang].missing})</span>
        )}
      </legend>
      {props.children}
    </fieldset>
  );
}

export function Form01Part({ value, onChange, missing, disabled }: PartProps<FormsDraft['form01']>) {
  const { lang } = useI18n();
  const set =
    <K extends keyof typeof value>(k: K) =>
    (v: (typeof value)[K]) =>
      onChange({ ...value, [k]: v });
  const gap = (f: string) => missing('form01', f);
  return (
    <Part legend={PAGE_WORDS[lang].form01} disabled={disabled} missing={missing('form01')}>
      <TextField
        name="representative"
        value={value.representative}
        onChange={set('representative')}
        missing={gap('representative')}
      />
      <TextField name="title" value={value.title} onChange={set('title')} missing={gap('title')} />
      <TextField name="phone" type="tel" value={value.phone} onChange={set('phone')} missing={gap('phone')} />
      <TextField name="email" type="email" value={value.email} onChange={set('email')} />
      <Check
        name="commitment"
        value={value.commitment}
        onChange={set('commitment')}
        missing={gap('commitment')}
      />
    </Part>
  );
}

export function GeneralPart({ value, onChange, missing, disabled }: PartProps<FormsDraft['general']>) {
  const { lang } = useI18n();
  const set =
    <K extends keyof typeof value>(k: K) =>
    (v: (typeof value)[K]) =>
      onChange({ ...value, [k]: v });
  const gap = (f: string) => missing('form02.general', f);
  return (
    <Part legend={PAGE_WORDS[lang].general} disabled={disabled} missing={missing('form02.general')}>
      <NumberField name="foundedYear" value={value.foundedYear} onChange={set('foundedYear')} />
      <NumberField name="members" value={value.members} onChange={set('members')} />
      <NumberField name="workers" value={value.workers} onChange={set('workers')} />
      <TextArea
        name="facilities"
        value={value.facilities}
        onChange={set('facilities')}
        missing={gap('facilities')}
      />
      <TextArea
        name="productDescription"
        value={value.productDescription}
        onChange={set('productDescription')}
        missing={gap('productDescription')}
      />
      <TextArea
        name="rawMaterials"
        value={value.rawMaterials}
        onChange={set('rawMaterials')}
        missing={gap('rawMaterials')}
      />
      <TextArea name="process" value={value.process} onChange={set('process')} missing={gap('process')} />
    </Part>
  );
}

export function PlanPart({ value, onChange, missing, disabled }: PartProps<FormsDraft['plan']>) {
  const { lang } = useI18n();
  const set =
    <K extends keyof typeof value>(k: K) =>
    (v: (typeof value)[K]) =>
      onChange({ ...value, [k]: v });
  const gap = (f: string) => missing('form02.plan', f);
  return (
    <Part legend={PAGE_WORDS[lang].plan} disabled={disabled} missing={missing('form02.plan')}>
      <TextArea name="goals" value={value.goals} onChange={set('goals')} missing={gap('goals')} />
      <TextArea name="markets" value={value.markets} onChange={set('markets')} missing={gap('markets')} />
      <TextArea name="investments" value={value.investments} onChange={set('investments')} />
    </Part>
  );
}

export function SamplesPart(props: PartProps<FormsDraft['samples']> & { tourism: boolean }) {
  const { value, onChange, missing, disabled, tourism } = props;
  const { lang } = useI18n();
  const P = PAGE_WORDS[lang];
  const set =
    <K extends keyof typeof value>(k: K) =>
    (v: (typeof value)[K]) =>
      onChange({ ...value, [k]: v });
  if (tourism)
    return (
      <Part legend={P.samples}>
        <p className="text-slate-700 sm:col-span-2">{P.tourism}</p>
      </Part>
    );
  return (
    <Part legend={P.samples} disabled={disabled} missing={missing('samples')}>
      <p className="text-sm text-slate-700 sm:col-span-2">{P.samplesHint}</p>
      <NumberField name="count" value={value.count} onChange={set('count')} />
      <TextField name="handedOverOn" type="date" value={value.handedOverOn} onChange={set('handedOverOn')} />
      <TextField
        name="receivedBy"
        value={value.receivedBy}
        onChange={set('receivedBy')}
        missing={missing('samples', 'receivedBy')}
      />
    </Part>
  );
}
