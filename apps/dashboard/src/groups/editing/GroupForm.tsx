import type { Language as TextLanguage } from '@groupfinder/domain';
import type { FormEvent, ReactNode } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { ProblemSummary } from '../../editing/ProblemSummary';
import { SaveButton } from '../../ui/SaveButton';
import type { SelectOption } from '../../ui/SelectField';
import type { FormProblemState } from '../../ui/useFormProblem';
import { AudienceFieldset } from './AudienceFieldset';
import { BasicsFieldset } from './BasicsFieldset';
import { ContactFieldset } from './ContactFieldset';
import { EnrolmentFieldset } from './EnrolmentFieldset';
import { controlId, problemsUnder, type FormBinding } from './formBinding';
import { problemLabel } from './fieldLabels';
import { GroupScheduleFieldset } from './GroupScheduleFieldset';
import { HowFieldset } from './HowFieldset';
import { PlaceFieldset } from './PlaceFieldset';
import { TextsFieldset } from './TextsFieldset';
import type { GroupFormOptions } from './useGroupFormOptions';

export interface GroupFormProps {
  readonly form: FormBinding;
  /** The last save's problem: summarised at the top, each field's at the field. */
  readonly problem: FormProblemState;
  readonly options: GroupFormOptions;
  /** The units the viewer may place the group in; '' is the organisation itself. */
  readonly units: readonly SelectOption[];
  readonly textLanguages: readonly TextLanguage[];
  readonly onAddTextLanguage: (language: TextLanguage) => void;
  readonly submitLabel: string;
  readonly saving: boolean;
  readonly onSubmit: () => void;
  /** What the last save did ("Saved."), said politely. */
  readonly status?: ReactNode;
}

/** Every field of a group, in fieldsets, for creating one or editing it; saving is the page's. */
export function GroupForm({ form, problem, options, units, textLanguages, onAddTextLanguage, submitLabel, saving, onSubmit, status }: GroupFormProps) {
  const { t } = useLocale();
  const fieldProblems = problem.problem?.problems ?? [];
  const texts = { form, languages: textLanguages, defaultLanguage: options.defaultLanguage };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!saving) onSubmit();
  }

  return (
    <form ref={problem.formRef} className="form group-form" onSubmit={submit} noValidate aria-busy={saving}>
      <ProblemSummary form={problem} controlOf={(path) => ({ id: controlId(path), label: problemLabel(t, path) })} />
      <BasicsFieldset {...texts} units={units} onAddLanguage={onAddTextLanguage} />
      <TextsFieldset {...texts} />
      <AudienceFieldset form={form} />
      <PlaceFieldset form={form} venues={options.venues} municipalities={options.municipalities} />
      <HowFieldset form={form} />
      <EnrolmentFieldset form={form} />
      <ContactFieldset form={form} />
      <GroupScheduleFieldset form={form} languages={textLanguages} defaultTimeZone={options.timeZone} problems={problemsUnder(fieldProblems, 'schedule')} />
      <div className="form__actions group-form__actions">
        <SaveButton label={submitLabel} saving={saving} />
        <div role="status">{status}</div>
      </div>
    </form>
  );
}
