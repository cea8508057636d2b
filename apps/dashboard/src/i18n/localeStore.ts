import { isLocale, type Locale } from '@groupfinder/translations';
import { preferredLocale, type LanguagePreferences } from './locale';

/** Where the chosen language is remembered: `localStorage` in the browser. */
export type LocaleStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const LOCALE_STORAGE_KEY = 'groupfinder.dashboard.locale';

/** The language chosen before, if it is still one we write; otherwise the browser's. */
export function chooseLocale(stored: string | null, preferences: LanguagePreferences): Locale {
  return isLocale(stored) ? stored : preferredLocale(preferences);
}

/** The dashboard's language as a small store: read by the API link, rendered by React, set by the switcher. */
export interface LocaleStore {
  get(): Locale;
  /** Changes the language and remembers it for the next visit. */
  set(locale: Locale): void;
  subscribe(onChange: () => void): () => void;
}

export interface LocaleStoreOptions {
  /** Null where storage is unavailable; the choice then lasts until the page is left. */
  readonly storage: LocaleStorage | null;
  readonly preferences: LanguagePreferences;
}

export function createLocaleStore({ storage, preferences }: LocaleStoreOptions): LocaleStore {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    // Storage can be blocked by the browser's privacy settings; then the browser's language it is.
  }
  let current = chooseLocale(stored, preferences);
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(locale) {
      if (locale === current) return;
      current = locale;
      try {
        storage?.setItem(LOCALE_STORAGE_KEY, locale);
      } catch {
        // Not remembered, still switched.
      }
      listeners.forEach((listener) => listener());
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
