import type { ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { Language } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { websiteLink } from '../organisations/contactLinks';
import { FactList } from '../ui/FactList';

const GroupProfileFragment = graphql(`
  fragment GroupProfile_group on Group {
    topics {
      code
      label
    }
    audienceLabel
    ageLabel
    methodLabel
    promiseLabels
    facilitation {
      details
    }
    languages
    formatLabel
    onlineJoin {
      url
      onRequest
      label
    }
  }
`);

export interface GroupProfileProps {
  readonly group: FragmentType<typeof GroupProfileFragment>;
}

/** Whom a group is for and how it works, in the API's words; what it has not given is left out. */
export function GroupProfile(props: GroupProfileProps) {
  const { t } = useLocale();
  const group = getFragmentData(GroupProfileFragment, props.group);
  // Labels may contain commas and "and" themselves ("Gambling and gaming"): one a line, not a sentence.
  const list = (items: readonly string[]) =>
    items.length ? (
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    ) : null;
  const languageName = (language: Language) => t(`language.${language.toLowerCase() as Lowercase<Language>}`);

  return (
    <section className="details__section">
      <h4 className="details__heading">{t('dashboard.group.profile')}</h4>
      <FactList
        facts={[
          { term: t('dashboard.group.topics'), value: list(group.topics.map(({ label }) => label)) },
          { term: t('dashboard.group.audience'), value: group.audienceLabel },
          { term: t('dashboard.group.age'), value: group.ageLabel },
          { term: t('dashboard.group.method'), value: group.methodLabel },
          { term: t('dashboard.group.promises'), value: list(group.promiseLabels) },
          { term: t('dashboard.group.facilitation'), value: list(group.facilitation.details) },
          { term: t('dashboard.group.languages'), value: list(group.languages.map(languageName)) },
          { term: t('dashboard.group.format'), value: group.formatLabel },
          { term: t('dashboard.group.onlineJoin'), value: group.onlineJoin ? onlineJoinValue(group.onlineJoin, t('group.onlineOnRequest')) : null },
        ]}
      />
    </section>
  );
}

interface OnlineJoinFacts {
  readonly url?: string | null;
  readonly onRequest: boolean;
  readonly label?: string | null;
}

/** The meeting link (only http(s) is linked), the API's words about it, or "on request". */
function onlineJoinValue({ url, onRequest, label }: OnlineJoinFacts, onRequestText: string): ReactNode {
  const link = websiteLink(url);
  const text = label?.trim() || (onRequest ? onRequestText : null);
  if (!link) return text;
  return (
    <>
      {text ? <span className="line">{text}</span> : null}
      <a className="line" href={link.href}>
        {link.label}
      </a>
    </>
  );
}
