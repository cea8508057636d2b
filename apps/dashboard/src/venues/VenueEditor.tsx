import { useMutation } from '@apollo/client/react';
import type { Language as TextLanguage } from '@groupfinder/domain';
import { useId, useState, type FormEvent } from 'react';
import { ConflictResolution } from '../editing/ConflictResolution';
import { conflictPending } from '../editing/conflict';
import { ProblemSummary } from '../editing/ProblemSummary';
import { useEditedRecord } from '../editing/useEditedRecord';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { Language } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { Section } from '../ui/Section';
import { useFormProblem } from '../ui/useFormProblem';
import { VenueArchiving } from './VenueArchiving';
import { VenueFields } from './VenueFields';
import { VENUE_FIELDS, venueFormValues, venueInput } from './venueForm';
import { describeVenueField, pointNotice, pointProblemMessage, venueControlId, venueFieldLabel, venueProblemControl } from './venueLabels';

const VenueEditorFragment = graphql(`
  fragment VenueEditor_venue on EditableVenue {
    id
    version
    archivedAt
    groupCount
    fields {
      name
      street
      postalCode
      town
      latitude
      longitude
      accessibility
      transportNotes
    }
  }
`);

const UpdateVenueMutation = graphql(`
  mutation UpdateVenue($input: UpdateVenueInput!) {
    updateVenue(input: $input) {
      id
      ...VenueEditor_venue
    }
  }
`);

/** The names of the form's controls that the API's errors may name. */
const CONTROL_NAMES = ['name', 'street', 'postalCode', 'town', 'latitude', 'longitude'];

export interface VenueEditorProps {
  readonly venue: FragmentType<typeof VenueEditorFragment>;
  /** The organisation's language, written first. */
  readonly defaultLanguage: Language;
  /** The page's queries to refetch after a save: the history lists it. */
  readonly refetchQueries: readonly string[];
  /** The venue as stored now, after a CONFLICT; null when it could not be loaded. */
  readonly fetchTheirs: () => Promise<FragmentType<typeof VenueEditorFragment> | null>;
}

/** A venue's fields, saved from the version shown (CONFLICT: their version, field by field), and archiving it. */
export function VenueEditor({ venue: venueData, defaultLanguage, refetchQueries, fetchTheirs }: VenueEditorProps) {
  const { t } = useLocale();
  const venue = getFragmentData(VenueEditorFragment, venueData);
  const stored = venueFormValues(venue.fields);
  const edited = useEditedRecord(stored, venue.version, VENUE_FIELDS);
  const formId = useId();
  const form = useFormProblem({ fields: CONTROL_NAMES });
  const [updateVenue, { loading }] = useMutation(UpdateVenueMutation, { refetchQueries: [...refetchQueries] });
  const [saved, setSaved] = useState<{ readonly count: number; readonly point: string | null } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSaved(null);
    const { input, problem } = venueInput(edited.values);
    if (problem) {
      form.show({ code: problem.code, message: pointProblemMessage(t, problem), field: problem.field });
      return;
    }
    const { result } = await form.send(() => updateVenue({ variables: { input: { id: venue.id, version: edited.version, fields: input } } }));
    const savedVenue = result?.data ? getFragmentData(VenueEditorFragment, result.data.updateVenue) : null;
    if (!savedVenue) return;
    const point = pointNotice(t, input, savedVenue.fields);
    edited.saved(venueFormValues(savedVenue.fields), savedVenue.version);
    setSaved((previous) => ({ count: (previous?.count ?? 0) + 1, point }));
  }

  return (
    <>
      <Section title={t('dashboard.venue.details')}>
        <form ref={form.formRef} className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
          <div role="status">
            {saved ? (
              <p className="notice">
                {t('dashboard.venue.saved')} {saved.point}
              </p>
            ) : null}
          </div>
          <ProblemSummary
            form={form}
            controlOf={(field) => venueProblemControl(t, formId, field)}
            hidden={form.problem?.code === 'CONFLICT' && !conflictPending(form.problem, edited.version)}
          />
          <ConflictResolution
            problem={form.problem}
            edited={edited}
            fetchTheirs={async () => {
              const theirs = await fetchTheirs();
              if (!theirs) return null;
              const current = getFragmentData(VenueEditorFragment, theirs);
              return { values: venueFormValues(current.fields), version: current.version };
            }}
            fieldLabel={(field) => venueFieldLabel(t, field)}
            describe={(field, value) => describeVenueField(t, field, value)}
          />
          <VenueFields
            values={edited.values}
            onChange={edited.setValues}
            storedNotes={edited.base.transportNotes}
            defaultLanguage={defaultLanguage.toLowerCase() as TextLanguage}
            controlId={(field) => venueControlId(formId, field)}
            fieldError={form.fieldError}
          />
          <div className="form__actions">
            <button type="submit" className="button" aria-disabled={loading}>
              {loading ? t('dashboard.saving') : t('dashboard.venue.save')}
            </button>
          </div>
        </form>
      </Section>
      <Section title={t('dashboard.venue.archive.title')}>
        <VenueArchiving
          id={venue.id}
          name={venue.fields.name}
          version={venue.version}
          archivedAt={venue.archivedAt}
          groupCount={venue.groupCount}
          refetchQueries={refetchQueries}
          onDone={edited.adoptVersion}
        />
      </Section>
    </>
  );
}
