import { useMutation, useQuery } from '@apollo/client/react';
import type { Language as TextLanguage } from '@groupfinder/domain';
import { useId, useState, type FormEvent } from 'react';
import { administersOrganisation } from '../auth/access';
import { SignInFirst } from '../auth/SignInFirst';
import { useViewer } from '../auth/useViewer';
import { ProblemSummary } from '../editing/ProblemSummary';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';
import { LoadingState } from '../ui/LoadingState';
import { PageLayout } from '../ui/PageLayout';
import { QueryState } from '../ui/QueryState';
import { useFormProblem } from '../ui/useFormProblem';
import { VenueFields } from './VenueFields';
import { NEW_VENUE, venueInput } from './venueForm';
import { pointNotice, pointProblemMessage, venueControlId, venueProblemControl } from './venueLabels';

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

/** The names of the form's controls that the API's errors may name. */
const CONTROL_NAMES = ['name', 'street', 'postalCode', 'town', 'latitude', 'longitude'];

/** Adding a venue to an organisation, for its admins. */
export function NewVenuePage({ slug }: { readonly slug: string }) {
  const { t } = useLocale();
  const { viewer, loading: viewerLoading } = useViewer();
  const query = useQuery(NewVenuePageQuery, { variables: { slug }, skip: !viewer });

  let content;
  if (viewerLoading) {
    content = <LoadingState label={t('common.loading')} />;
  } else if (!viewer) {
    content = <SignInFirst next={{ page: 'newVenue', slug }} />;
  } else {
    content = (
      <QueryState query={query} errorMessage={t('dashboard.organisation.error')}>
        {({ organisation }) => (
          <>
            <p className="page__context">
              {t('dashboard.venue.of')} <a href={routeHref({ page: 'organisation', slug: organisation.slug })}>{organisation.name}</a> ·{' '}
              <a href={routeHref({ page: 'venues', slug: organisation.slug })}>{t('dashboard.venues.all')}</a>
            </p>
            {administersOrganisation(viewer.memberships, organisation.id) ? (
              <div className="card section">
                <NewVenueForm organisation={{ ...organisation, defaultLanguage: organisation.defaultLanguage.toLowerCase() as TextLanguage }} />
              </div>
            ) : (
              <p className="note">{t('dashboard.venues.adminsOnly')}</p>
            )}
          </>
        )}
      </QueryState>
    );
  }

  return (
    <PageLayout title={t('dashboard.venue.new')} busy={query.loading}>
      {content}
    </PageLayout>
  );
}

interface NewVenueFormProps {
  readonly organisation: { readonly id: string; readonly slug: string; readonly defaultLanguage: TextLanguage };
}

/** The venue's fields; once added, a link to it and an empty form for the next one. */
function NewVenueForm({ organisation }: NewVenueFormProps) {
  const { t } = useLocale();
  const formId = useId();
  const [values, setValues] = useState(NEW_VENUE);
  const [created, setCreated] = useState<{ readonly id: string; readonly name: string; readonly point: string | null } | null>(null);
  // The venues list is refetched when it is shown next (cache-and-network); nothing else shows venues.
  const [createVenue, { loading }] = useMutation(CreateVenueMutation);
  const form = useFormProblem({ fields: CONTROL_NAMES });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const { input, problem } = venueInput(values);
    if (problem) {
      form.show({ code: problem.code, message: pointProblemMessage(t, problem), field: problem.field });
      return;
    }
    const { result } = await form.send(() => createVenue({ variables: { input: { organisationId: organisation.id, fields: input } } }));
    const venue = result?.data?.createVenue;
    if (!venue) return;
    setCreated({ id: venue.id, name: venue.fields.name, point: pointNotice(t, input, venue.fields) });
    setValues(NEW_VENUE);
  }

  return (
    <form ref={form.formRef} className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
      <div role="status">
        {created ? (
          <p className="notice">
            {t('dashboard.venue.created')} <a href={routeHref({ page: 'venue', slug: organisation.slug, id: created.id })}>{created.name}</a>. {created.point}
          </p>
        ) : null}
      </div>
      <ProblemSummary form={form} controlOf={(field) => venueProblemControl(t, formId, field)} />
      <VenueFields
        values={values}
        onChange={setValues}
        storedNotes={{}}
        defaultLanguage={organisation.defaultLanguage}
        controlId={(field) => venueControlId(formId, field)}
        fieldError={form.fieldError}
      />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={loading}>
          {loading ? t('dashboard.saving') : t('dashboard.venue.create')}
        </button>
      </div>
    </form>
  );
}
