import { useLocale } from '../../i18n/useLocale';
import { SelectField, type SelectOption } from '../../ui/SelectField';
import { fieldLabel } from './fieldLabels';
import { fieldId, type FormBinding } from './formBinding';
import type { GroupField, GroupFormValues } from './groupFields';

/** The group's fields chosen from a list ('' for none). */
export type ChosenField = { [K in GroupField]: GroupFormValues[K] extends string ? K : never }[GroupField];

export interface GroupSelectFieldProps<K extends ChosenField> {
  readonly form: FormBinding;
  readonly field: K;
  /** The values the field may take, each labelled. */
  readonly options: readonly SelectOption[];
  /** The choice of none, such as "Not given". */
  readonly placeholder?: string | undefined;
  readonly hint?: string | undefined;
}

/** One field of the group form chosen from a list, under its label, with its problem. */
export function GroupSelectField<K extends ChosenField>({ form, field, options, placeholder, hint }: GroupSelectFieldProps<K>) {
  const { t } = useLocale();
  return (
    <SelectField
      id={fieldId(field)}
      label={fieldLabel(t, field)}
      hint={hint}
      name={field}
      value={form.values[field]}
      placeholder={placeholder}
      options={options}
      onChange={(value) => form.set(field, value as GroupFormValues[K])}
      error={form.problemAt(field)}
    />
  );
}
