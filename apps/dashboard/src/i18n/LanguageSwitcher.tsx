import { LOCALE_NAMES, LOCALES, isLocale, type Locale } from '@groupfinder/translations';
import { useId } from 'react';
import { useLocale } from './useLocale';

export interface LanguageSwitcherProps {
  readonly onChange: (locale: Locale) => void;
}

/** The five languages, each named in itself, so that anyone can find their own. */
export function LanguageSwitcher({ onChange }: LanguageSwitcherProps) {
  const { locale, t } = useLocale();
  const id = useId();
  return (
    <div className="language-switcher">
      <label className="language-switcher__label" htmlFor={id}>
        {t('dashboard.language')}
      </label>
      <select
        id={id}
        className="language-switcher__select"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) onChange(event.target.value);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
