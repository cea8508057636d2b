import { LANGUAGES, type Language as TextLanguage } from '@groupfinder/domain';
import { useState } from 'react';
import { useLocale } from '../i18n/useLocale';
import { SelectField } from '../ui/SelectField';
import { isLanguage } from './languages';

export interface LanguageAdderProps {
  /** The languages written in now: the others are offered. */
  readonly languages: readonly TextLanguage[];
  /** The select's name. */
  readonly name: string;
  readonly onAdd: (language: TextLanguage) => void;
  /** The control the focus moves to once the language's field is there. */
  readonly focusId: (language: TextLanguage) => string;
  /** Said once a language is added, given its name. */
  readonly addedMessage: (language: string) => string;
}

/** Adding a language to write a record's texts in: chosen from those not written yet, then the focus goes to its field. */
export function LanguageAdder({ languages, name, onAdd, focusId, addedMessage }: LanguageAdderProps) {
  const { t } = useLocale();
  const [choice, setChoice] = useState('');
  const [added, setAdded] = useState<TextLanguage | null>(null);
  const languageName = (language: TextLanguage) => t(`language.${language}`);
  const addable = LANGUAGES.filter((language) => !languages.includes(language));

  function add() {
    if (!isLanguage(choice) || languages.includes(choice)) return;
    const language = choice;
    onAdd(language);
    setAdded(language);
    setChoice('');
    // Straight to the new language's field, once it is there.
    window.setTimeout(() => document.getElementById(focusId(language))?.focus());
  }

  return (
    <>
      {addable.length > 0 ? (
        <div className="inline-form">
          <SelectField
            label={t('dashboard.language.add')}
            name={name}
            value={choice}
            placeholder={t('dashboard.language.add.choose')}
            options={addable.map((language) => ({ value: language, label: languageName(language) }))}
            onChange={setChoice}
          />
          <button type="button" className="button button--quiet" onClick={add}>
            {t('dashboard.language.add.submit')}
          </button>
        </div>
      ) : null}
      <p role="status" className="visually-hidden">
        {added ? addedMessage(languageName(added)) : ''}
      </p>
    </>
  );
}
