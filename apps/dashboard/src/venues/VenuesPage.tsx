import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { administersOrganisation } from '../auth/access';
import { SignedInPage } from '../auth/SignedInPage';
import { useViewer } from '../auth/useViewer';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';
import { CheckboxField } from '../ui/CheckboxField';
import { DataTable } from '../ui/DataTable';
import { pageOf } from '../ui/lists';
import { OrganisationContext } from '../ui/OrganisationContext';
import { Pager } from '../ui/Pager';
import { QueryState } from '../ui/QueryState';
import { TextField } from '../ui/TextField';
import { filterVenues } from './venueList';

const VenuesPageQuery = graphql(`
  query VenuesPage($slug: String!) {
    organisation(slug: $slug) {
      id
      slug
      name
      venues {
        id
        archivedAt
        groupCount
        fields {
          name
          street
          postalCode
          town
        }
      }
    }
  }
`);

/** An organisation's venues, for anyone holding a role in it: searched, a page at a time; its admins add and change them. */
export function VenuesPage({ slug }: { readonly slug: string }) {
  const { t } = useLocale();
  const { viewer } = useViewer();
  // A venue added or changed on another page shows when coming back.
  const query = useQuery(VenuesPageQuery, { variables: { slug }, skip: !viewer, fetchPolicy: 'cache-and-network' });
  const title = query.data ? t('dashboard.venues.titleOf', { organisation: query.data.organisation.name }) : t('dashboard.venues.title');

  return (
    <SignedInPage title={title} busy={query.loading} next={{ page: 'venues', slug }}>
      {(viewer) => (
        <QueryState query={query} errorMessage={t('dashboard.venues.error')}>
          {({ organisation }) => {
            const isAdmin = administersOrganisation(viewer.memberships, organisation.id);
            return (
              <>
                <OrganisationContext organisation={organisation} />
                {isAdmin ? (
                  <p>
                    <a className="button" href={routeHref({ page: 'newVenue', slug: organisation.slug })}>
                      {t('dashboard.venue.new')}
                    </a>
                  </p>
                ) : (
                  <p className="note">{t('dashboard.venues.adminsOnly')}</p>
                )}
                <VenueList
                  slug={organisation.slug}
                  isAdmin={isAdmin}
                  venues={(organisation.venues ?? []).map((venue) => ({ id: venue.id, archived: !!venue.archivedAt, groupCount: venue.groupCount, ...venue.fields }))}
                />
              </>
            );
          }}
        </QueryState>
      )}
    </SignedInPage>
  );
}

interface VenueRow {
  readonly id: string;
  readonly archived: boolean;
  readonly groupCount: number;
  readonly name: string;
  readonly street: string;
  readonly postalCode: string;
  readonly town: string;
}

function VenueList({ slug, isAdmin, venues }: { readonly slug: string; readonly isAdmin: boolean; readonly venues: readonly VenueRow[] }) {
  const { t } = useLocale();
  const [search, setSearch] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [page, setPage] = useState(0);
  const shown = pageOf(filterVenues(venues, { search, showArchived }), page);

  let count;
  if (venues.length === 0) count = t('dashboard.venues.none');
  else if (shown.total === 0) count = t('dashboard.venues.noMatch');
  else count = t('dashboard.venues.count', { count: shown.total });

  return (
    <div className="card section">
      <div className="venue-filters">
        <TextField
          label={t('dashboard.venues.search')}
          name="search"
          type="search"
          autoComplete="off"
          value={search}
          onChange={(value) => {
            setSearch(value);
            setPage(0);
          }}
        />
        <CheckboxField
          label={t('dashboard.venues.showArchived')}
          name="showArchived"
          checked={showArchived}
          onChange={(checked) => {
            setShowArchived(checked);
            setPage(0);
          }}
        />
      </div>
      <p role="status" className="section__status">
        {count}
      </p>
      {shown.items.length > 0 ? (
        <DataTable
          caption={t('dashboard.venues.title')}
          columns={[t('dashboard.venue.name'), t('dashboard.venues.address'), t('dashboard.venues.groups'), t('dashboard.venues.status')]}
        >
          {shown.items.map((venue) => (
            <tr key={venue.id}>
              <th scope="row">{isAdmin ? <a href={routeHref({ page: 'venue', slug, id: venue.id })}>{venue.name}</a> : venue.name}</th>
              <td>
                {venue.street}, {venue.postalCode} {venue.town}
              </td>
              <td>{venue.groupCount}</td>
              <td>{venue.archived ? t('dashboard.venues.archived') : t('dashboard.venues.inUse')}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <Pager label={t('dashboard.venues.pages')} page={shown} onPage={setPage} />
    </div>
  );
}
