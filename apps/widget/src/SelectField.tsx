export interface SelectOption<V extends string> {
  value: V;
  label: string;
  /** Shown but not choosable (a filter value that would find nothing). */
  disabled?: boolean;
}

interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  /** Extra class on the field, e.g. `gf-field--narrow` for a short choice that may sit beside another. */
  className?: string;
}

/** A labelled native select: the phone's own picker, announced by every screen reader. */
export function SelectField<V extends string>({ id, label, value, options, onChange, className }: SelectFieldProps<V>) {
  return (
    <div className={className ? `gf-field ${className}` : 'gf-field'}>
      <label className="gf-label" htmlFor={id}>
        {label}
      </label>
      <span className="gf-select">
        <select className="gf-input" id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as V)}>
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      </span>
    </div>
  );
}
