import type { Language } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';

export interface TextLanguageProps {
  /** The language a text came in. */
  readonly language: Language;
}

/** "på svensk" beside a text that is not in the dashboard's language (the API's fallback). */
export function TextLanguage({ language }: TextLanguageProps) {
  const { t } = useLocale();
  const name = t(`language.${language.toLowerCase() as Lowercase<Language>}`);
  return <span className="text-language">{t('dashboard.group.writtenIn', { language: name })}</span>;
}
