import { useId } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { GroupsTable } from '../groups/GroupsTable';
import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';
import { Badge } from '../ui/Badge';
import { OrganisationContact } from './OrganisationContact';

const OrganisationCardFragment = graphql(`
  fragment OrganisationCard_organisation on Organisation {
    slug
    name
    isDemo
    ...OrganisationContact_organisation
    groups(first: $groupsPerOrganisation) {
      ...GroupsTable_groups
    }
  }
`);

export interface OrganisationCardProps {
  readonly organisation: FragmentType<typeof OrganisationCardFragment>;
}

/** One organisation: its name, how to reach it, and its groups. A region named after it. */
export function OrganisationCard(props: OrganisationCardProps) {
  const { t } = useLocale();
  const headingId = useId();
  const organisation = getFragmentData(OrganisationCardFragment, props.organisation);

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card__header">
        <h2 id={headingId} className="card__title">
          <a href={routeHref({ page: 'organisation', slug: organisation.slug })}>{organisation.name}</a>
        </h2>
        {organisation.isDemo ? <Badge tone="demo">{t('group.demo')}</Badge> : null}
      </div>
      <OrganisationContact organisation={organisation} />
      <GroupsTable groups={organisation.groups} caption={t('dashboard.groups.caption', { organisation: organisation.name })} />
    </section>
  );
}
