import { useId, type ReactNode } from 'react';
import { useLocale } from '../i18n/useLocale';

/** What a field's control is given, so that its label, hint and error are read with it. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

export interface FieldProps {
  readonly label: string;
  /** The control's id, when something else links to it (a summary of problems); a generated one otherwise. */
  readonly id?: string | undefined;
  /** Shown under the label, read with the field. */
  readonly hint?: string | undefined;
  /** What is wrong with the value, read with the field. */
  readonly error?: string | undefined;
  /** Must be filled in: marked so beside the label (the control's own `required` says it to screen readers). */
  readonly required?: boolean | undefined;
  /** The input or select, given its id and the aria attributes that point at the hint and error. */
  readonly children: (control: FieldControlProps) => ReactNode;
}

/** A label (marked when the field must be filled in), a hint and an error around one control, linked to it (htmlFor, aria-describedby). */
export function Field({ label, id: givenId, hint, error, required, children }: FieldProps) {
  const { t } = useLocale();
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const labelElement = (
    <label className="field__label" htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      {required ? (
        // Beside the label, not in it: the field's name stays its label alone.
        <span className="field__label-row">
          {labelElement}
          <span className="field__required" aria-hidden="true">
            {t('dashboard.field.required')}
          </span>
        </span>
      ) : (
        labelElement
      )}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
