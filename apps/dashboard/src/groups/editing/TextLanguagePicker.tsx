import { LANGUAGES, type Language as TextLanguage } from '@groupfinder/domain';
import { useState } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { SelectField } from '../../ui/SelectField';
import { fieldId } from './formBinding';

export interface TextLanguagePickerProps {
  /** The languages the texts are written in now, the organisation's first. */
  readonly languages: readonly TextLanguage[];
  readonly onAdd: (language: TextLanguage) => void;
}

/** Which languages the group's texts are written in, and adding another: a field for each text in it. */
export function TextLanguagePicker({ languages, onAdd }: TextLanguagePickerProps) {
  const { t } = useLocale();
  const [choice, setChoice] = useState('');
  const [added, setAdded] = useState<TextLanguage | null>(null);
  const name = (language: TextLanguage) => t(`language.${language}`);
  const addable = LANGUAGES.filter((language) => !languages.includes(language));

  function add() {
    const language = addable.find((candidate) => candidate === choice);
    if (!language) return;
    onAdd(language);
    setAdded(language);
    setChoice('');
    // Straight to the new language's name, the one text every group has.
    window.setTimeout(() => document.getElementById(fieldId(`name.${language}`))?.focus());
  }

  return (
    <div className="text-languages">
      <p className="text-languages__list">{t('dashboard.groupEditor.textLanguages', { languages: languages.map(name).join(', ') })}</p>
      {addable.length > 0 ? (
        <div className="inline-form">
          <SelectField
            label={t('dashboard.groupEditor.addLanguage')}
            name="addTextLanguage"
            value={choice}
            placeholder={t('dashboard.groupEditor.addLanguage.choose')}
            options={addable.map((language) => ({ value: language, label: name(language) }))}
            onChange={setChoice}
          />
          <button type="button" className="button button--quiet" onClick={add}>
            {t('dashboard.groupEditor.addLanguage.submit')}
          </button>
        </div>
      ) : null}
      <p role="status" className="visually-hidden">
        {added ? t('dashboard.groupEditor.addLanguage.done', { language: name(added) }) : ''}
      </p>
    </div>
  );
}
