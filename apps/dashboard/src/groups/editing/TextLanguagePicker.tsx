import type { Language as TextLanguage } from '@groupfinder/domain';
import { LanguageAdder } from '../../editing/LanguageAdder';
import { useLocale } from '../../i18n/useLocale';
import { fieldId } from './formBinding';

export interface TextLanguagePickerProps {
  /** The languages the texts are written in now, the organisation's first. */
  readonly languages: readonly TextLanguage[];
  readonly onAdd: (language: TextLanguage) => void;
}

/** Which languages the group's texts are written in, and adding another: a field for each text in it. */
export function TextLanguagePicker({ languages, onAdd }: TextLanguagePickerProps) {
  const { t } = useLocale();
  return (
    <div className="text-languages">
      <p className="text-languages__list">{t('dashboard.groupEditor.textLanguages', { languages: languages.map((language) => t(`language.${language}`)).join(', ') })}</p>
      <LanguageAdder
        languages={languages}
        name="addTextLanguage"
        onAdd={onAdd}
        // Straight to the new language's name, the one text every group has.
        focusId={(language) => fieldId(`name.${language}`)}
        addedMessage={(language) => t('dashboard.groupEditor.addLanguage.done', { language })}
      />
    </div>
  );
}
