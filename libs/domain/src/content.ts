import { LANGUAGES, type Language } from './vocabularies';

/** A text in each language an organisation wrote it in. */
export type TranslatedText = Partial<Record<Language, string>>;

export interface PickedText {
  text: string;
  /** The language the text is actually in, so a reader can be told. */
  language: Language;
}

/**
 * The fallback chain for content: the language asked for, then the organisation's default,
 * then the first other language the text exists in, in the order of LANGUAGES (not the order the
 * keys come in: PostgreSQL's jsonb sorts them, so the dashboard and the API would differ). Null
 * only when there is no text at all.
 */
export function pickText(text: TranslatedText, wanted: Language, organisationDefault: Language): PickedText | null {
  for (const language of [wanted, organisationDefault, ...LANGUAGES]) {
    const value = text[language];
    if (value) return { text: value, language };
  }
  return null;
}
