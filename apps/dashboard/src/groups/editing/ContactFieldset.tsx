import { LIMITS } from '@groupfinder/domain';
import type { HTMLInputTypeAttribute } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { TextField } from '../../ui/TextField';
import { fieldLabel } from './fieldLabels';
import { fieldId, type FormBinding } from './formBinding';

const CONTACT_FIELDS = [
  { field: 'contactName', type: 'text' },
  { field: 'contactPhone', type: 'tel' },
  { field: 'contactEmail', type: 'email' },
  { field: 'contactUrl', type: 'url' },
] as const satisfies readonly { field: string; type: HTMLInputTypeAttribute }[];

/** Whom visitors ask about the group, and how. */
export function ContactFieldset({ form }: { readonly form: FormBinding }) {
  const { t } = useLocale();
  return (
    <fieldset className="form-section">
      <legend className="form-section__legend">{t('dashboard.groupEditor.section.contact')}</legend>
      {CONTACT_FIELDS.map(({ field, type }) => (
        <TextField
          key={field}
          id={fieldId(field)}
          label={fieldLabel(t, field)}
          name={field}
          type={type}
          // The group's contact, not the editor's own: no address book filling.
          autoComplete="off"
          maxLength={LIMITS.lineMaxLength}
          value={form.values[field]}
          onChange={(value) => form.set(field, value)}
          error={form.problemAt(field)}
        />
      ))}
    </fieldset>
  );
}
