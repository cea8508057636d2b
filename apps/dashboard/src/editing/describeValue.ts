import { LANGUAGES, type TranslatedText } from '@groupfinder/domain';
import type { Translate } from '@groupfinder/translations';

/**
 * A line of text in words, for comparing two versions of a record: “Selvhjælp Lyngby”, or
 * `empty` ("(empty)") when there is none.
 */
export function describeLine(t: Translate, text: string, empty = t('dashboard.value.empty')): string {
  return text.trim() === '' ? empty : t('dashboard.value.quoted', { text });
}

/** A text in each language written, in the platform's order: Danish: “Sorggruppe”; Swedish: “Sorggrupp”. */
export function describeText(t: Translate, text: TranslatedText, empty = t('dashboard.value.empty')): string {
  const parts = LANGUAGES.filter((language) => text[language]?.trim()).map((language) => `${t(`language.${language}`)}: ${describeLine(t, text[language] ?? '')}`);
  return parts.length > 0 ? parts.join('; ') : empty;
}
