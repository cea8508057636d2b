export interface CheckboxChoice<V extends string> {
  value: V;
  label: string;
}

interface CheckboxGroupProps<V extends string> {
  /** Prefix of the checkboxes' ids, unique in the widget. */
  id: string;
  legend: string;
  choices: readonly CheckboxChoice<V>[];
  chosen: readonly V[];
  onChange: (chosen: V[]) => void;
}

/** Several choices of one kind (weekdays, times of day) as checkboxes in a fieldset, each a 44 px target. */
export function CheckboxGroup<V extends string>({ id, legend, choices, chosen, onChange }: CheckboxGroupProps<V>) {
  const toggle = (value: V, on: boolean) =>
    // Kept in the choices' order, whatever the order of clicks.
    onChange(choices.map((choice) => choice.value).filter((each) => (each === value ? on : chosen.includes(each))));

  return (
    <fieldset className="gf-choices">
      <legend className="gf-label">{legend}</legend>
      <div className="gf-choices__list">
        {choices.map((choice) => (
          <label className="gf-choice" key={choice.value} htmlFor={`${id}-${choice.value}`}>
            <input
              className="gf-choice__box"
              id={`${id}-${choice.value}`}
              type="checkbox"
              checked={chosen.includes(choice.value)}
              onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
