import { LIMITS, type Language as TextLanguage } from '@groupfinder/domain';
import { useLocale } from '../../i18n/useLocale';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { fieldLabel } from './fieldLabels';
import { fieldId, type FormBinding } from './formBinding';
import { fallbackText, type TextField as TextFieldName } from './groupFields';

export interface TranslatedTextFieldsProps {
  readonly form: FormBinding;
  readonly field: TextFieldName;
  /** The languages written, the organisation's first. */
  readonly languages: readonly TextLanguage[];
  readonly defaultLanguage: TextLanguage;
  readonly hint?: string | undefined;
  /** Several lines (a description) rather than one (a name). */
  readonly multiline?: boolean;
}

/** What a visitor is shown instead, cut short: the hint under a field is no place for a whole description. */
function shortened(text: string, max = 120): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1).trimEnd()}…` : oneLine;
}

/**
 * One text in every language written, side by side. A language without the text says, in words,
 * what visitors reading that language see instead.
 */
export function TranslatedTextFields({ form, field, languages, defaultLanguage, hint, multiline = false }: TranslatedTextFieldsProps) {
  const { t } = useLocale();
  const label = fieldLabel(t, field);
  const text = form.values[field];
  const error = form.problemAt(field);
  const id = fieldId(field);

  return (
    // Focusable from the summary of problems (a problem with the text as a whole, such as no name at all).
    <fieldset id={id} className={error ? 'text-fieldset field--invalid' : 'text-fieldset'} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field__label">{label}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="text-columns">
        {languages.map((language) => {
          const fallback = fallbackText(text, language, defaultLanguage);
          const props = {
            id: fieldId(`${field}.${language}`),
            name: `${field}.${language}`,
            lang: language,
            label: t('dashboard.groupEditor.textIn', { field: label, language: t(`language.${language}`) }),
            value: text[language] ?? '',
            onChange: (value: string) => form.set(field, { ...text, [language]: value }),
            hint: fallback === null ? undefined : t('dashboard.groupEditor.missing', { fallback: shortened(fallback) }),
            error: form.problemAt(`${field}.${language}`),
            maxLength: field === 'name' ? LIMITS.nameMaxLength : LIMITS.textMaxLength,
          };
          return multiline ? <TextAreaField key={language} {...props} /> : <TextField key={language} autoComplete="off" {...props} />;
        })}
      </div>
    </fieldset>
  );
}
