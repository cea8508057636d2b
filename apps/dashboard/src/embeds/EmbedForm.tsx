import { useId, type FormEvent, type ReactNode } from 'react';
import { ProblemSummary } from '../editing/ProblemSummary';
import type { EmbedFieldsInput } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { SaveButton } from '../ui/SaveButton';
import type { FormProblemState } from '../ui/useFormProblem';
import { EmbedFields, type EmbedFieldsProps } from './EmbedFields';
import { embedFormProblems, embedInput } from './embedForm';
import { embedControlId, embedFormProblem, embedProblemControl } from './embedLabels';

export interface EmbedFormProps extends Pick<EmbedFieldsProps, 'values' | 'onChange' | 'neighbours' | 'organisations' | 'storedTexts'> {
  /** The save's problem, made with EMBED_CONTROL_NAMES: summarised at the top, each field's at its field. */
  readonly problem: FormProblemState;
  readonly submitLabel: string;
  readonly saving: boolean;
  /** What the last save did, said politely. */
  readonly status: ReactNode;
  /** The fields as the API takes them, once the domain's rules find nothing to refuse. */
  readonly onSubmit: (input: EmbedFieldsInput) => void;
}

/**
 * An embed's fields, for creating one or changing it; saving is the page's. What the API would
 * refuse (a colour white text does not read on, a site that is not one) is said before sending,
 * each at its field, the same way.
 */
export function EmbedForm({ problem, submitLabel, saving, status, onSubmit, ...fields }: EmbedFormProps) {
  const { t } = useLocale();
  const formId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const problems = embedFormProblems(fields.values);
    if (problems.length > 0) problem.show(embedFormProblem(t, problems));
    else onSubmit(embedInput(fields.values));
  }

  return (
    <form ref={problem.formRef} className="form embed-form" onSubmit={submit} noValidate aria-busy={saving}>
      <div role="status">{status}</div>
      <ProblemSummary form={problem} controlOf={(field) => embedProblemControl(t, formId, field)} />
      <EmbedFields {...fields} controlId={(field) => embedControlId(formId, field)} fieldError={problem.fieldError} />
      <div className="form__actions">
        <SaveButton label={submitLabel} saving={saving} />
      </div>
    </form>
  );
}
