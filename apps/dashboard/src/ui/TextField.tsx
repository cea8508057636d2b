import type { InputHTMLAttributes, Ref } from 'react';
import { Field, type FieldProps } from './Field';

export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'>,
    Omit<FieldProps, 'children' | 'required'> {
  /** Also how an error from the API finds its field (see useFormProblem). */
  readonly name: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and its error linked to it (aria-describedby). */
export function TextField({ label, id, name, value, onChange, hint, error, type = 'text', ref, ...input }: TextFieldProps) {
  return (
    <Field label={label} id={id} hint={hint} error={error} required={input.required}>
      {(control) => (
        <input
          {...input}
          {...control}
          ref={ref}
          name={name}
          type={type}
          className="field__input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
