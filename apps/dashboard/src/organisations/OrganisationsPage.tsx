import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@groupfinder/domain';
import { graphql } from '../gql';
import { graphqlLanguage } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
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
  const { data, loading, error, refetch } = useQuery(OrganisationsPageQuery, {
    variables: { locale: graphqlLanguage(locale), groupsPerOrganisation: LIMITS.pageSizeMax },
  });

  let content;
  if (loading && !data) {
    content = <LoadingState label={t('common.loading')} />;
  } else if (error) {
    content = (
      <ErrorState
        message={t('dashboard.error')}
        // The API translates its errors (Accept-Language); network errors are the browser's English.
        detail={CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined}
        retryLabel={t('common.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else if (!data?.organisations.length) {
    content = <EmptyState message={t('dashboard.organisations.none')} />;
  } else {
    content = (
      <div className="organisation-list">
        {data.organisations.map((organisation) => (
          <OrganisationCard key={organisation.id} organisation={organisation} />
        ))}
      </div>
    );
  }

  return (
    <div className="page" aria-busy={loading}>
      <h2 className="page__title">
        {t('dashboard.organisations')}
      </h2>
      {content}
    </div>
  );
}
