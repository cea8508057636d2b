import { useQuery } from '@apollo/client/react';
import { EDITED_RECORD_FETCH_POLICY } from '../editing/useEditedRecord';
import { administersOrganisation } from '../auth/access';
import { SignedInPage } from '../auth/SignedInPage';
import { useViewer } from '../auth/useViewer';
import { graphql } from '../gql';
import { HistoryList } from '../history/HistoryList';
import { useLocale } from '../i18n/useLocale';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { VenueContext } from './VenueContext';
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
  const { viewer } = useViewer();
  const query = useQuery(VenuePageQuery, { variables: { slug }, skip: !viewer, fetchPolicy: EDITED_RECORD_FETCH_POLICY });
  const venue = query.data?.organisation.venues?.find((candidate) => candidate.id === id);

  return (
    <SignedInPage title={venue?.fields.name ?? t('dashboard.venue.title')} busy={query.loading} next={{ page: 'venue', slug, id }}>
      {(viewer) => (
        <QueryState query={query} errorMessage={t('dashboard.venues.error')}>
          {({ organisation }) => {
            let content;
            if (!administersOrganisation(viewer.memberships, organisation.id)) content = <p className="note">{t('dashboard.venues.adminsOnly')}</p>;
            else if (!venue) content = <p className="note">{t('dashboard.venue.notFound')}</p>;
            else {
              content = (
                <>
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
            }
            return (
              <>
                <VenueContext organisation={organisation} />
                {content}
              </>
            );
          }}
        </QueryState>
      )}
    </SignedInPage>
  );
}
