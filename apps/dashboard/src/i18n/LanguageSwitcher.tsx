import { LOCALE_NAMES, LOCALES, isLocale, translate, type Locale } from '@groupfinder/translations';
import { useId, useState } from 'react';
import { useLocale } from './useLocale';

export interface LanguageSwitcherProps {
  readonly onChange: (locale: Locale) => void;
}

/**
 * The five languages, each named in itself, so that anyone can find their own. Choosing one changes
 * nothing until its button is pressed (WCAG 3.2.2: arrow keys on a select would switch the whole
 * dashboard at each step); the button speaks the language chosen.
 */
export function LanguageSwitcher({ onChange }: LanguageSwitcherProps) {
  const { locale, t } = useLocale();
  const id = useId();
  const [chosen, setChosen] = useState<Locale | null>(null);
  const shown = chosen ?? locale;
  return (
    <form
      className="language-switcher"
      onSubmit={(event) => {
        event.preventDefault();
        setChosen(null);
        if (shown !== locale) onChange(shown);
      }}
    >
      <label className="language-switcher__label" htmlFor={id}>
        {t('dashboard.language')}
      </label>
      <select
        id={id}
        className="language-switcher__select"
        value={shown}
        onChange={(event) => {
          if (isLocale(event.target.value)) setChosen(event.target.value);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small" lang={shown}>
        {translate(shown, 'dashboard.languageChange')}
      </button>
    </form>
  );
}
