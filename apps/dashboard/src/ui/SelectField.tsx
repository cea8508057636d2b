import { Field, type FieldProps } from './Field';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  /** The language of the label, when it is not the page's (a language named in itself). */
  readonly lang?: string | undefined;
}

export interface SelectFieldProps extends Omit<FieldProps, 'children'> {
  readonly name: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  readonly required?: boolean | undefined;
  /** A first option with no value, such as "Choose a unit". */
  readonly placeholder?: string | undefined;
}

/** A labelled choice from a list, with its hint and error linked to it. */
export function SelectField({ label, id, name, value, options, onChange, hint, error, required, placeholder }: SelectFieldProps) {
  return (
    <Field label={label} id={id} hint={hint} error={error} required={required}>
      {(control) => (
        <select
          {...control}
          name={name}
          className="field__input field__input--select"
          value={value}
          required={required}
          onChange={(event) => onChange(event.target.value)}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
