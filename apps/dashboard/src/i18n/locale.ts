import { negotiateLocale, type Locale } from '@groupfinder/translations';
import type { Language } from '../gql/graphql';

/** The parts of `navigator` that say which languages the visitor reads. */
export type LanguagePreferences = Pick<Navigator, 'languages' | 'language'>;

/**
 * The dashboard's language: the first of the browser's preferred languages we write, English
 * otherwise. Some browsers leave `languages` empty and only set `language`.
 */
export function preferredLocale(preferences: LanguagePreferences): Locale {
  const languages = preferences.languages?.length ? preferences.languages : [preferences.language];
  return negotiateLocale(languages);
}

const GRAPHQL_LANGUAGES: Readonly<Record<Locale, Language>> = { da: 'DA', sv: 'SV', nb: 'NB', pl: 'PL', en: 'EN' };

/** The schema's `Language` enum value for a locale, for the `locale` argument of queries. */
export function graphqlLanguage(locale: Locale): Language {
  return GRAPHQL_LANGUAGES[locale];
}
