import { useId } from 'react';
import { Fieldset } from './Fieldset';

export interface CheckboxOption {
  readonly value: string;
  readonly label: string;
  /** Shown under the option before it, as a narrower choice (a sub-topic). */
  readonly nested?: boolean | undefined;
}

export interface CheckboxGroupProps {
  /** Names the group: the fieldset's legend. */
  readonly legend: string;
  /** The fieldset's id, so that a summary of problems can move the focus to it. */
  readonly id?: string | undefined;
  readonly name: string;
  readonly options: readonly CheckboxOption[];
  readonly values: readonly string[];
  /** The values chosen, in the options' order. */
  readonly onChange: (values: string[]) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/** Several choices under one legend, with the group's hint and error read with it. */
export function CheckboxGroup({ legend, id: givenId, name, options, values, onChange, hint, error }: CheckboxGroupProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;

  function toggle(value: string, checked: boolean) {
    const chosen = new Set(values);
    if (checked) chosen.add(value);
    else chosen.delete(value);
    const known = options.map((option) => option.value);
    onChange([...known.filter((option) => chosen.has(option)), ...[...chosen].filter((option) => !known.includes(option))]);
  }

  return (
    <Fieldset legend={legend} id={id} className="choice-group" hint={hint} error={error}>
      <ul className="choice-group__options">
        {options.map((option) => (
          <li key={option.value} className={option.nested ? 'check-option check-option--nested' : 'check-option'}>
            <input
              type="checkbox"
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              checked={values.includes(option.value)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </li>
        ))}
      </ul>
    </Fieldset>
  );
}
