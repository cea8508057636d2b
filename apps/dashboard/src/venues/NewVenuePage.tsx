import { useMutation, useQuery } from '@apollo/client/react';
import type { Language as TextLanguage } from '@groupfinder/domain';
import { useState } from 'react';
import { administersOrganisation } from '../auth/access';
import { SignedInPage } from '../auth/SignedInPage';
import { useViewer } from '../auth/useViewer';
import { textLanguage } from '../editing/languages';
import { sameValue } from '../editing/sameValue';
import { UnsavedChangesDialog } from '../editing/UnsavedChangesDialog';
import { useUnsavedChanges } from '../editing/useUnsavedChanges';
import { graphql } from '../gql';
import type { VenueFieldsInput } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';
import { QueryState } from '../ui/QueryState';
import { useFormProblem } from '../ui/useFormProblem';
import { VenueContext } from './VenueContext';
import { VenueForm } from './VenueForm';
import { NEW_VENUE } from './venueForm';
import { pointNotice, VENUE_CONTROL_NAMES } from './venueLabels';

const NewVenuePageQuery = graphql(`
  query NewVenuePage($slug: String!) {
    organisation(slug: $slug) {
      id
      slug
      name
      defaultLanguage
    }
  }
`);

const CreateVenueMutation = graphql(`
  mutation CreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      id
      fields {
        name
        latitude
        longitude
      }
    }
  }
`);

/** Adding a venue to an organisation, for its admins. */
export function NewVenuePage({ slug }: { readonly slug: string }) {
  const { t } = useLocale();
  const { viewer } = useViewer();
  const query = useQuery(NewVenuePageQuery, { variables: { slug }, skip: !viewer });

  return (
    <SignedInPage title={t('dashboard.venue.new')} busy={query.loading} next={{ page: 'newVenue', slug }}>
      {(viewer) => (
        <QueryState query={query} errorMessage={t('dashboard.organisation.error')}>
          {({ organisation }) => (
            <>
              <VenueContext organisation={organisation} />
              {administersOrganisation(viewer.memberships, organisation.id) ? (
                <div className="card section">
                  <NewVenueForm organisation={{ id: organisation.id, slug: organisation.slug, defaultLanguage: textLanguage(organisation.defaultLanguage) }} />
                </div>
              ) : (
                <p className="note">{t('dashboard.venues.adminsOnly')}</p>
              )}
            </>
          )}
        </QueryState>
      )}
    </SignedInPage>
  );
}

interface NewVenueFormProps {
  readonly organisation: { readonly id: string; readonly slug: string; readonly defaultLanguage: TextLanguage };
}

/** The venue's fields; once added, a link to it and an empty form for the next one. */
function NewVenueForm({ organisation }: NewVenueFormProps) {
  const { t } = useLocale();
  const [values, setValues] = useState(NEW_VENUE);
  const [created, setCreated] = useState<{ readonly id: string; readonly name: string; readonly point: string | null } | null>(null);
  // The venues list is refetched when it is shown next (cache-and-network); nothing else shows venues.
  const [createVenue, { loading }] = useMutation(CreateVenueMutation);
  const problem = useFormProblem({ fields: VENUE_CONTROL_NAMES });
  const changes = useUnsavedChanges(!sameValue(values, NEW_VENUE));

  async function create(input: VenueFieldsInput) {
    const { result } = await problem.send(() => createVenue({ variables: { input: { organisationId: organisation.id, fields: input } } }));
    const venue = result?.data?.createVenue;
    if (!venue) return;
    setCreated({ id: venue.id, name: venue.fields.name, point: pointNotice(t, input, venue.fields) });
    setValues(NEW_VENUE);
  }

  return (
    <>
      <VenueForm
        values={values}
        onChange={setValues}
        storedNotes={{}}
        defaultLanguage={organisation.defaultLanguage}
        problem={problem}
        submitLabel={t('dashboard.venue.create')}
        saving={loading}
        status={
          created ? (
            <p className="notice">
              {t('dashboard.venue.created')} <a href={routeHref({ page: 'venue', slug: organisation.slug, id: created.id })}>{created.name}</a>. {created.point}
            </p>
          ) : null
        }
        onSubmit={(input) => void create(input)}
      />
      <UnsavedChangesDialog changes={changes} record="venue" />
    </>
  );
}
