import { LIMITS, type Language as TextLanguage } from '@groupfinder/domain';
import { useLocale } from '../../i18n/useLocale';
import type { SelectOption } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { fieldId, type FormBinding } from './formBinding';
import { GroupSelectField } from './GroupSelectField';
import { TextLanguagePicker } from './TextLanguagePicker';
import { TranslatedTextFields } from './TranslatedTextFields';

export interface BasicsFieldsetProps {
  readonly form: FormBinding;
  /** The units the group may be run by; '' is the organisation itself. */
  readonly units: readonly SelectOption[];
  readonly languages: readonly TextLanguage[];
  readonly defaultLanguage: TextLanguage;
  readonly onAddLanguage: (language: TextLanguage) => void;
}

/** The group's address, who runs it, the languages its texts are written in, and its name in each. */
export function BasicsFieldset({ form, units, languages, defaultLanguage, onAddLanguage }: BasicsFieldsetProps) {
  const { t } = useLocale();
  return (
    <fieldset className="form-section">
      <legend className="form-section__legend">{t('dashboard.groupEditor.section.basics')}</legend>
      <TextField
        id={fieldId('slug')}
        label={t('dashboard.groupEditor.field.slug')}
        hint={t('dashboard.groupEditor.slug.hint', { example: 'sorggruppe-lyngby' })}
        name="slug"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={LIMITS.slugMaxLength}
        value={form.values.slug}
        onChange={(value) => form.set('slug', value)}
        error={form.problemAt('slug')}
      />
      <GroupSelectField form={form} field="unitId" options={units} />
      <TextLanguagePicker languages={languages} onAdd={onAddLanguage} />
      <TranslatedTextFields form={form} field="name" languages={languages} defaultLanguage={defaultLanguage} />
    </fieldset>
  );
}
