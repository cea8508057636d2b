import type { Language as TextLanguage } from '@groupfinder/domain';
import { useLocale } from '../../i18n/useLocale';
import type { FormBinding } from './formBinding';
import { TranslatedTextFields } from './TranslatedTextFields';

export interface TextsFieldsetProps {
  readonly form: FormBinding;
  readonly languages: readonly TextLanguage[];
  readonly defaultLanguage: TextLanguage;
}

/** What visitors read about the group, in every language written. */
export function TextsFieldset({ form, languages, defaultLanguage }: TextsFieldsetProps) {
  const { t } = useLocale();
  const shared = { form, languages, defaultLanguage, multiline: true };
  return (
    <fieldset className="form-section">
      <legend className="form-section__legend">{t('dashboard.groupEditor.section.texts')}</legend>
      <TranslatedTextFields {...shared} field="description" />
      <TranslatedTextFields {...shared} field="practicalNotes" hint={t('dashboard.groupEditor.practicalNotes.hint')} />
      <TranslatedTextFields {...shared} field="intakeText" hint={t('dashboard.groupEditor.intakeText.hint')} />
    </fieldset>
  );
}
