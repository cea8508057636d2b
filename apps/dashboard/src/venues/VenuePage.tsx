import { useQuery } from '@apollo/client/react';
import { administersOrganisation } from '../auth/access';
import { SignInFirst } from '../auth/SignInFirst';
import { useViewer } from '../auth/useViewer';
import { graphql } from '../gql';
import { HistoryList } from '../history/HistoryList';
import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';
import { LoadingState } from '../ui/LoadingState';
import { PageLayout } from '../ui/PageLayout';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { VenueEditor } from './VenueEditor';

// The venue is found among its organisation's venues: the API has no query for one venue.
const VenuePageQuery = graphql(`
  query VenuePage($slug: String!) {
    organisation(slug: $slug) {
      id
      slug
      name
      defaultLanguage
      venues {
        id
        ...VenueEditor_venue
        fields {
          name
        }
        history {
          id
          ...HistoryList_change
        }
      }
    }
  }
`);

export const VENUE_PAGE_QUERIES = ['VenuePage'];

/** One venue of an organisation, for its admins: its fields to change, archiving, and its history. */
export function VenuePage({ slug, id }: { readonly slug: string; readonly id: string }) {
  const { t } = useLocale();
  const { viewer, loading: viewerLoading } = useViewer();
  const query = useQuery(VenuePageQuery, { variables: { slug }, skip: !viewer });
  const venue = query.data?.organisation.venues?.find((candidate) => candidate.id === id);
  const title = venue?.fields.name ?? t('dashboard.venue.title');

  let content;
  if (viewerLoading) {
    content = <LoadingState label={t('common.loading')} />;
  } else if (!viewer) {
    content = <SignInFirst next={{ page: 'venue', slug, id }} />;
  } else {
    content = (
      <QueryState query={query} errorMessage={t('dashboard.venues.error')}>
        {({ organisation }) => {
          const context = (
            <p className="page__context">
              {t('dashboard.venue.of')} <a href={routeHref({ page: 'organisation', slug: organisation.slug })}>{organisation.name}</a> ·{' '}
              <a href={routeHref({ page: 'venues', slug: organisation.slug })}>{t('dashboard.venues.all')}</a>
            </p>
          );
          if (!administersOrganisation(viewer.memberships, organisation.id)) {
            return (
              <>
                {context}
                <p className="note">{t('dashboard.venues.adminsOnly')}</p>
              </>
            );
          }
          if (!venue) {
            return (
              <>
                {context}
                <p className="note">{t('dashboard.venue.notFound')}</p>
              </>
            );
          }
          return (
            <>
              {context}
              <VenueEditor
                venue={venue}
                defaultLanguage={organisation.defaultLanguage}
                refetchQueries={VENUE_PAGE_QUERIES}
                fetchTheirs={async () => {
                  const { data } = await query.refetch();
                  return data?.organisation.venues?.find((candidate) => candidate.id === id) ?? null;
                }}
              />
              <Section title={t('dashboard.history.title')}>
                <HistoryList changes={venue.history ?? []} canRevert refetchQueries={VENUE_PAGE_QUERIES} />
              </Section>
            </>
          );
        }}
      </QueryState>
    );
  }

  return (
    <PageLayout title={title} busy={query.loading}>
      {content}
    </PageLayout>
  );
}
