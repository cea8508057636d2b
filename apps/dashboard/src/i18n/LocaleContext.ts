import { DEFAULT_LOCALE, translator, type Locale, type Translate } from '@groupfinder/translations';
import { createContext } from 'react';

export interface LocaleValue {
  readonly locale: Locale;
  /** Every user-facing string goes through this. */
  readonly t: Translate;
}

/** The dashboard's language: the browser's or the one chosen in the banner (see localeStore.ts). */
export const LocaleContext = createContext<LocaleValue>({ locale: DEFAULT_LOCALE, t: translator(DEFAULT_LOCALE) });
