import { EMBED_LIMITS, pickText, type Language as TextLanguage, type TranslatedText } from '@groupfinder/domain';
import { useState } from 'react';
import { LanguageAdder } from '../editing/LanguageAdder';
import { missingLanguages, shownLanguages, withText } from '../editing/writtenTexts';
import { useLocale } from '../i18n/useLocale';
import { Fieldset } from '../ui/Fieldset';
import { TextAreaField } from '../ui/TextAreaField';
import type { EmbedFormValues } from './embedForm';
import { embedFieldLabel, embedTextLabel } from './embedLabels';

type TextField = 'contactText' | 'crisisText';

export interface EmbedTextFieldsProps {
  readonly values: EmbedFormValues;
  readonly onChange: (update: (values: EmbedFormValues) => EmbedFormValues) => void;
  /** The texts as stored: a language emptied in the form stays shown. */
  readonly stored: Pick<EmbedFormValues, TextField>;
  readonly controlId: (field: string) => string;
  readonly fieldError: (field: string) => string | undefined;
}

/**
 * The contact and crisis line texts shown under the results, each in every language written,
 * side by side, the finder's language first; one choice adds a language to both.
 */
export function EmbedTextFields({ values, onChange, stored, controlId, fieldError }: EmbedTextFieldsProps) {
  const { t } = useLocale();
  const [added, setAdded] = useState<TextLanguage[]>([]);
  const { defaultLanguage } = values;
  const languages = shownLanguages(defaultLanguage, [stored.contactText, stored.crisisText, values.contactText, values.crisisText], added);
  const languageName = (language: TextLanguage) => t(`language.${language}`);

  function texts(field: TextField, hint: string) {
    const text: TranslatedText = values[field];
    const missing = missingLanguages(text, languages);
    return (
      <Fieldset id={controlId(field)} className="text-fieldset" legend={embedFieldLabel(t, field)} hint={hint} error={fieldError(field)}>
        <div className="text-columns">
          {languages.map((language) => {
            const fallback = missing.includes(language) ? pickText(text, language, defaultLanguage) : null;
            return (
              <TextAreaField
                key={language}
                id={controlId(`${field}.${language}`)}
                name={`${field}.${language}`}
                lang={language}
                rows={3}
                label={embedTextLabel(t, field, language)}
                hint={fallback ? t('dashboard.embed.text.missing', { fallback: languageName(fallback.language) }) : undefined}
                value={text[language] ?? ''}
                onChange={(value) => onChange((current) => ({ ...current, [field]: withText(current[field], language, value) }))}
                error={fieldError(`${field}.${language}`)}
                maxLength={EMBED_LIMITS.textMaxLength}
              />
            );
          })}
        </div>
      </Fieldset>
    );
  }

  return (
    <>
      {texts('contactText', t('dashboard.embed.contactText.hint'))}
      {texts('crisisText', t('dashboard.embed.crisisText.hint'))}
      <LanguageAdder
        languages={languages}
        name="addTextLanguage"
        onAdd={(language) => setAdded((current) => [...current, language])}
        focusId={(language) => controlId(`contactText.${language}`)}
        addedMessage={(language) => t('dashboard.embed.text.added', { language })}
      />
    </>
  );
}
