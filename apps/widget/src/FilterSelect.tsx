import type { WidgetTranslate } from './messages';
import { SelectField } from './SelectField';

export interface FilterChoice<V extends string> {
  value: V;
  label: string;
  /** How many groups the current search finds with this choice, shown beside it; left out while unknown. */
  count?: number | undefined;
  /** A sub-topic: indented under its parent. */
  indent?: boolean;
}

interface FilterSelectProps<V extends string> {
  id: string;
  label: string;
  /** The first option, which chooses nothing: "All topics", "Everyone". */
  allLabel: string;
  choices: readonly FilterChoice<V>[];
  value: V | '';
  onChange: (value: V | '') => void;
  t: WidgetTranslate;
  className?: string;
}

/**
 * One filter as a select: "all" first, then each choice, with the number of groups it finds when
 * known ("Grief (3)"). A choice that finds none is shown with its 0 but cannot be chosen (a picker
 * scrolled by touch lands on it easily), unless it is the one chosen, which must stay to be undone.
 */
export function FilterSelect<V extends string>({ id, label, allLabel, choices, value, onChange, t, className }: FilterSelectProps<V>) {
  const options = choices.map((choice) => {
    const text = choice.count === undefined ? choice.label : t('widget.filter.option', { label: choice.label, count: choice.count });
    return { value: choice.value as V | '', label: choice.indent ? `\u00a0\u00a0\u00a0${text}` : text, disabled: choice.count === 0 && choice.value !== value };
  });
  return (
    <SelectField
      id={id}
      className={className}
      label={label}
      value={value}
      options={[{ value: '', label: allLabel }, ...options]}
      onChange={onChange}
    />
  );
}
