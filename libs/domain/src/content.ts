import type { Language } from './vocabularies';

/** A text in each language an organisation wrote it in. */
export type TranslatedText = Partial<Record<Language, string>>;

export interface PickedText {
  text: string;
  /** The language the text is actually in, so a reader can be told. */
  language: Language;
}

/**
 * The fallback chain for content: the language asked for, then the organisation's default,
 * then any language the text exists in. Null only when there is no text at all.
 */
export function pickText(text: TranslatedText, wanted: Language, organisationDefault: Language): PickedText | null {
  for (const language of [wanted, organisationDefault]) {
    const value = text[language];
    if (value) return { text: value, language };
  }
  const any = (Object.entries(text) as [Language, string | undefined][]).find(([, value]) => value);
  return any ? { text: any[1] as string, language: any[0] } : null;
}
