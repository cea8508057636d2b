import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@groupfinder/domain';
import { graphql } from '../gql';
import { graphqlLanguage } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';
import { EmptyState } from '../ui/EmptyState';
import { PageHeading } from '../ui/PageHeading';
import { QueryState } from '../ui/QueryState';
import { OrganisationCard } from './OrganisationCard';

const OrganisationsPageQuery = graphql(`
  query OrganisationsPage($locale: Language, $groupsPerOrganisation: Int!) {
    organisations(locale: $locale) {
      id
      ...OrganisationCard_organisation
    }
  }
`);

/** Every organisation with its groups. Read-only for now. */
export function OrganisationsPage() {
  const { locale, t } = useLocale();
  const query = useQuery(OrganisationsPageQuery, {
    variables: { locale: graphqlLanguage(locale), groupsPerOrganisation: LIMITS.pageSizeMax },
  });

  return (
    <div className="page" aria-busy={query.loading}>
      {/* The start page: the browser tab says the product's name alone. */}
      <PageHeading documentTitle={t('dashboard.title')}>{t('dashboard.organisations')}</PageHeading>
      <QueryState query={query} errorMessage={t('dashboard.error')}>
        {({ organisations }) =>
          organisations.length === 0 ? (
            <EmptyState message={t('dashboard.organisations.none')} />
          ) : (
            <div className="organisation-list">
              {organisations.map((organisation) => (
                <OrganisationCard key={organisation.id} organisation={organisation} />
              ))}
            </div>
          )
        }
      </QueryState>
    </div>
  );
}
