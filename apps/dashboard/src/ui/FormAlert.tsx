import type { FormProblemState } from './useFormProblem';

export interface FormAlertProps {
  readonly form: Pick<FormProblemState, 'attempt' | 'formError'>;
}

/** Why a form could not be sent, announced as soon as it appears, and again when said again. */
export function FormAlert({ form }: FormAlertProps) {
  if (!form.formError) return null;
  // A new element for each problem shown, so that the same message said twice is announced twice.
  return (
    <div key={form.attempt} className="form-alert" role="alert">
      {form.formError}
    </div>
  );
}
