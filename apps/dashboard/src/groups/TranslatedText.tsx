import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { TextLanguage } from './TextLanguage';

const TranslatedTextFragment = graphql(`
  fragment TranslatedText_text on LocalizedText {
    text
    language
  }
`);

export interface TranslatedTextProps {
  readonly text: FragmentType<typeof TranslatedTextFragment>;
  /** Say in words which language it is in when it is not the page's (default); `lang` is set anyway. */
  readonly showLanguage?: boolean;
}

/**
 * A text an organisation wrote, in the language the API found it in: marked with `lang` for
 * screen readers and, unless told otherwise, with its language in words when it is not the page's.
 */
export function TranslatedText({ text, showLanguage = true }: TranslatedTextProps) {
  const { locale } = useLocale();
  const { text: value, language } = getFragmentData(TranslatedTextFragment, text);
  const lang = language.toLowerCase();
  if (lang === locale) return <>{value}</>;
  return (
    <>
      <span lang={lang}>{value}</span>
      {showLanguage ? (
        <>
          {' '}
          <TextLanguage language={language} />
        </>
      ) : null}
    </>
  );
}
