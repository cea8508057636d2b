import { useId } from 'react';

export interface CheckboxFieldProps {
  readonly label: string;
  /** The checkbox's id, when something else links to it (a summary of problems). */
  readonly id?: string | undefined;
  readonly name: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/** One labelled checkbox, with its hint and error read with it. */
export function CheckboxField({ label, id: givenId, name, checked, onChange, hint, error }: CheckboxFieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="check-option">
        <input
          type="checkbox"
          id={id}
          name={name}
          checked={checked}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
