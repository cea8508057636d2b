import { useLocale } from '../../i18n/useLocale';
import { CheckboxGroup, type CheckboxOption } from '../../ui/CheckboxGroup';
import { fieldLabel } from './fieldLabels';
import { fieldId, type FormBinding } from './formBinding';
import type { GroupField, GroupFormValues } from './groupFields';

/** The group's fields that are several choices from a vocabulary (topics, languages spoken, promises). */
export type ChoicesField = { [K in GroupField]: GroupFormValues[K] extends readonly string[] ? K : never }[GroupField];

export interface GroupCheckboxGroupProps<K extends ChoicesField> {
  readonly form: FormBinding;
  readonly field: K;
  readonly options: readonly CheckboxOption[];
}

/** One field of the group form ticked from a vocabulary, under its legend, with its problem. */
export function GroupCheckboxGroup<K extends ChoicesField>({ form, field, options }: GroupCheckboxGroupProps<K>) {
  const { t } = useLocale();
  return (
    <CheckboxGroup
      id={fieldId(field)}
      legend={fieldLabel(t, field)}
      name={field}
      options={options}
      values={form.values[field]}
      onChange={(values) => form.set(field, values as GroupFormValues[K])}
      error={form.problemAt(field)}
    />
  );
}
