import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { TextLanguage } from './TextLanguage';

const PauseSummaryFragment = graphql(`
  fragment PauseSummary_pause on Pause {
    summary
    reason {
      text
      language
    }
  }
`);

export interface PauseSummaryProps {
  readonly pause: FragmentType<typeof PauseSummaryFragment>;
}

/**
 * A break in words ("Juleferie 21. december 2026–3. januar 2027"). The reason is the
 * organisation's text: when it is in another language than the page, it is marked as such.
 */
export function PauseSummary(props: PauseSummaryProps) {
  const { locale } = useLocale();
  const { summary, reason } = getFragmentData(PauseSummaryFragment, props.pause);
  const lang = reason?.language.toLowerCase();
  if (!reason || lang === locale) return <>{summary}</>;

  const reasonText = reason.text.trim();
  const at = summary.indexOf(reasonText);
  return (
    <>
      {at < 0 ? (
        summary
      ) : (
        <>
          {summary.slice(0, at)}
          <span lang={lang}>{reasonText}</span>
          {summary.slice(at + reasonText.length)}
        </>
      )}{' '}
      <TextLanguage language={reason.language} />
    </>
  );
}
