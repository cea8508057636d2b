import type { Catalog } from './catalog';
import { lookupLocale } from './lookup-matcher';
import { da } from './locales/da';
import { en } from './locales/en';
import { nb } from './locales/nb';
import { pl } from './locales/pl';
import { sv } from './locales/sv';

/** The languages of the product. Adding one: a file in locales/ and an entry here. */
export const CATALOGS = { da, sv, nb, pl, en } as const satisfies Record<string, Catalog>;
export type Locale = keyof typeof CATALOGS;
export const LOCALES = Object.keys(CATALOGS) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, for language pickers. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  da: 'Dansk',
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  pl: 'Polski',
  en: 'English',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(CATALOGS, value);
}

// Norwegian is often sent as "no" or "nn"; we write Bokmål.
const ALIASES: Readonly<Record<string, Locale>> = { no: 'nb', nn: 'nb' };

/**
 * The best supported locale for what a caller asked for, in order of preference: an
 * Accept-Language list, a `locale` argument, or a host page's `lang` ("da-DK"). English otherwise.
 */
export function negotiateLocale(requested: string | readonly (string | null | undefined)[] | null | undefined): Locale {
  const wanted = (typeof requested === 'string' ? [requested] : (requested ?? []))
    .filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '')
    .map((tag) => {
      const [language = '', ...rest] = tag.trim().split(/[-_]/);
      const alias = ALIASES[language.toLowerCase()];
      return alias ? [alias, ...rest].join('-') : tag.trim();
    })
    .filter((tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length > 0;
      } catch {
        return false;
      }
    });
  if (wanted.length === 0) return DEFAULT_LOCALE;
  const found = lookupLocale(wanted, LOCALES);
  return isLocale(found) ? found : DEFAULT_LOCALE;
}
