import { useLocale } from '../../i18n/useLocale';
import { TextField } from '../../ui/TextField';
import { fieldLabel } from './fieldLabels';
import { fieldId, type FormBinding } from './formBinding';
import type { NumberField } from './groupFields';

export interface WholeNumberFieldProps {
  readonly form: FormBinding;
  readonly field: NumberField;
  readonly hint?: string | undefined;
  readonly required?: boolean;
}

/** A whole number typed as text with a number keypad: what is not a whole number is said at the field on saving. */
export function WholeNumberField({ form, field, hint, required }: WholeNumberFieldProps) {
  const { t } = useLocale();
  return (
    <TextField
      id={fieldId(field)}
      label={fieldLabel(t, field)}
      hint={hint}
      name={field}
      inputMode="numeric"
      autoComplete="off"
      required={required}
      value={form.values[field]}
      onChange={(value) => form.set(field, value)}
      error={form.problemAt(field)}
    />
  );
}
