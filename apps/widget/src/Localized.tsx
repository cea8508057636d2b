import type { Locale } from '@groupfinder/translations';
import { langIfOther } from './format';

interface LocalizedProps {
  /** A text as the API gives it, with the language it came in. */
  text: { text: string; language: string };
  locale: Locale;
  as?: 'p' | 'span';
  className?: string;
}

/**
 * An organisation's own words. When they came in another language than the widget's (the
 * fallback), `lang` says so, so that screen readers pronounce them right (WCAG 3.1.2).
 */
export function Localized({ text, locale, as: Tag = 'p', className }: LocalizedProps) {
  return (
    <Tag className={className} lang={langIfOther(text.language, locale)}>
      {text.text}
    </Tag>
  );
}
