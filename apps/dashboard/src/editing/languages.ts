import { LANGUAGES, type Language as TextLanguage } from '@groupfinder/domain';
import type { Language } from '../gql/graphql';

/** Whether a string is one of the languages texts are written in (`da`). */
export const isLanguage = (value: string): value is TextLanguage => (LANGUAGES as readonly string[]).includes(value);

/** The schema's `Language` (DA) for a text's language code (da), such as a language spoken in a group. */
export function spokenLanguage(language: TextLanguage): Language {
  return language.toUpperCase() as Language;
}

/** A text's language code (da) for the schema's `Language` (DA), such as an organisation's default language. */
export function textLanguage(language: Language): TextLanguage {
  return language.toLowerCase() as TextLanguage;
}
