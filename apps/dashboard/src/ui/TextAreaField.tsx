import type { TextareaHTMLAttributes } from 'react';
import { Field, type FieldProps } from './Field';

export interface TextAreaFieldProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'>,
    Omit<FieldProps, 'children'> {
  readonly name: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** A labelled text of several lines, with its hint and its error linked to it. */
export function TextAreaField({ label, id, name, value, onChange, hint, error, rows = 4, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} id={id} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...textarea}
          {...control}
          name={name}
          rows={rows}
          className="field__input field__input--textarea"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
