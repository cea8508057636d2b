import { LANGUAGES, type Language as TextLanguage, type TranslatedText } from '@groupfinder/domain';

/**
 * A record's text in each language written (a venue's transport notes, an embed's contact text),
 * as a form holds it: only the languages written in, so that an emptied language is a missing
 * translation rather than an empty one.
 */

/** A text with its written languages only, in the platform's order (so that equal texts compare equal). */
export function writtenText(value: unknown): TranslatedText {
  if (typeof value !== 'object' || value === null) return {};
  const text = value as Record<string, unknown>;
  return Object.fromEntries(LANGUAGES.flatMap((language) => (typeof text[language] === 'string' && text[language] !== '' ? [[language, text[language]]] : [])));
}

/** The text with each language trimmed, and those left empty dropped: what is sent. */
export function trimmedText(text: TranslatedText): TranslatedText {
  return writtenText(Object.fromEntries(Object.entries(text).map(([language, value]) => [language, value?.trim() ?? ''])));
}

/** The text with one language's text set; an emptied language is dropped (a missing translation, not an empty one). */
export function withText(text: TranslatedText, language: TextLanguage, value: string): TranslatedText {
  return writtenText({ ...text, [language]: value });
}

/**
 * The languages to write texts in, side by side: the record's own first, then every language
 * written in (now or as stored) or added, in the platform's order.
 */
export function shownLanguages(defaultLanguage: TextLanguage, texts: readonly TranslatedText[], added: readonly TextLanguage[]): TextLanguage[] {
  const shown = new Set<string>([...texts.flatMap((text) => Object.keys(text)), ...added]);
  return [defaultLanguage, ...LANGUAGES.filter((language) => language !== defaultLanguage && shown.has(language))];
}

/** The languages shown with no text while another has one: a visitor reading them sees another language. */
export function missingLanguages(text: TranslatedText, shown: readonly TextLanguage[]): TextLanguage[] {
  if (Object.keys(writtenText(text)).length === 0) return [];
  return shown.filter((language) => !text[language]?.trim());
}
