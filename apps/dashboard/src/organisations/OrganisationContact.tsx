import type { ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { emailLink, phoneLink, websiteLink, type Link } from './contactLinks';

const OrganisationContactFragment = graphql(`
  fragment OrganisationContact_organisation on Organisation {
    country
    phone
    email
    website
  }
`);

export interface OrganisationContactProps {
  readonly organisation: FragmentType<typeof OrganisationContactFragment>;
}

/** Where an organisation is and how to reach it; what it has not given is left out. */
export function OrganisationContact(props: OrganisationContactProps) {
  const { t } = useLocale();
  const organisation = getFragmentData(OrganisationContactFragment, props.organisation);
  const facts: { term: string; value: ReactNode }[] = [{ term: t('common.country'), value: t(`country.${organisation.country}`) }];
  const links: [string, Link | null][] = [
    [t('common.phone'), phoneLink(organisation.phone)],
    [t('common.email'), emailLink(organisation.email)],
    [t('common.website'), websiteLink(organisation.website)],
  ];
  for (const [term, link] of links) if (link) facts.push({ term, value: <a href={link.href}>{link.label}</a> });

  return (
    <dl className="facts">
      {facts.map(({ term, value }) => (
        <div className="facts__item" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
