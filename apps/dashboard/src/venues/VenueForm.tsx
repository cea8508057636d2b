import type { Language as TextLanguage, TranslatedText } from '@groupfinder/domain';
import { useId, type FormEvent, type ReactNode } from 'react';
import { ProblemSummary } from '../editing/ProblemSummary';
import type { VenueFieldsInput } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { SaveButton } from '../ui/SaveButton';
import type { FormProblemState } from '../ui/useFormProblem';
import { VenueFields } from './VenueFields';
import { venueInput, type VenueFormValues } from './venueForm';
import { pointProblemMessage, venueControlId, venueProblemControl } from './venueLabels';

export interface VenueFormProps {
  readonly values: VenueFormValues;
  readonly onChange: (update: (values: VenueFormValues) => VenueFormValues) => void;
  /** The transport notes as stored: a language emptied in the form stays shown. */
  readonly storedNotes: TranslatedText;
  /** The organisation's language, written first. */
  readonly defaultLanguage: TextLanguage;
  /** The save's problem, made with VENUE_CONTROL_NAMES: summarised at the top, each field's at its field. */
  readonly problem: FormProblemState;
  readonly submitLabel: string;
  readonly saving: boolean;
  /** What the last save did, said politely. */
  readonly status: ReactNode;
  /** The fields as the API takes them; a point that cannot be sent is said at its field instead. */
  readonly onSubmit: (input: VenueFieldsInput) => void;
}

/** A venue's fields, for adding one or changing it; saving is the page's. */
export function VenueForm({ values, onChange, storedNotes, defaultLanguage, problem, submitLabel, saving, status, onSubmit }: VenueFormProps) {
  const { t } = useLocale();
  const formId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const { input, problem: pointProblem } = venueInput(values);
    if (pointProblem) problem.show({ code: pointProblem.code, message: pointProblemMessage(t, pointProblem), field: pointProblem.field });
    else onSubmit(input);
  }

  return (
    <form ref={problem.formRef} className="form" onSubmit={submit} noValidate aria-busy={saving}>
      <div role="status">{status}</div>
      <ProblemSummary form={problem} controlOf={(field) => venueProblemControl(t, formId, field)} />
      <VenueFields
        values={values}
        onChange={onChange}
        storedNotes={storedNotes}
        defaultLanguage={defaultLanguage}
        controlId={(field) => venueControlId(formId, field)}
        fieldError={problem.fieldError}
      />
      <div className="form__actions">
        <SaveButton label={submitLabel} saving={saving} />
      </div>
    </form>
  );
}
