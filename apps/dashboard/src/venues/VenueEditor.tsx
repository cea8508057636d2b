import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConflictView } from '../editing/ConflictView';
import { textLanguage } from '../editing/languages';
import { UnsavedChangesDialog } from '../editing/UnsavedChangesDialog';
import { useEditedRecord } from '../editing/useEditedRecord';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { Language } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { Section } from '../ui/Section';
import { useFormProblem } from '../ui/useFormProblem';
import { VenueArchiving } from './VenueArchiving';
import { VenueForm } from './VenueForm';
import { venueFormValues, venueInput } from './venueForm';
import { describeVenueField, pointNotice, VENUE_CONTROL_NAMES, venueFieldLabel } from './venueLabels';

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

export interface VenueEditorProps {
  readonly venue: FragmentType<typeof VenueEditorFragment>;
  /** The organisation's language, written first. */
  readonly defaultLanguage: Language;
  /** The page's queries to refetch after a save: the history lists it. */
  readonly refetchQueries: readonly string[];
  /** The venue as stored now, after a CONFLICT; null when it could not be loaded. */
  readonly fetchTheirs: () => Promise<FragmentType<typeof VenueEditorFragment> | null>;
}

/** A venue's fields, saved from the version shown (on a CONFLICT, merged with theirs field by field), and archiving it. */
export function VenueEditor({ venue: venueData, defaultLanguage, refetchQueries, fetchTheirs }: VenueEditorProps) {
  const { t } = useLocale();
  const venue = getFragmentData(VenueEditorFragment, venueData);
  const problem = useFormProblem({ fields: VENUE_CONTROL_NAMES });
  const [updateVenue, { loading }] = useMutation(UpdateVenueMutation, { refetchQueries: [...refetchQueries] });
  const [saved, setSaved] = useState<{ readonly count: number; readonly point: string | null } | null>(null);
  const edited = useEditedRecord(venueFormValues(venue.fields), venue.version, {
    async fetchTheirs() {
      const theirs = await fetchTheirs();
      if (!theirs) return null;
      const current = getFragmentData(VenueEditorFragment, theirs);
      return { values: venueFormValues(current.fields), version: current.version };
    },
    async save(values, _, fromVersion) {
      setSaved(null);
      // The form said a point that cannot be sent at its field; a merge takes each side's point, which could be sent.
      const { input, problem: pointProblem } = venueInput(values);
      if (pointProblem) return null;
      const { result, problem: refused } = await problem.send(() => updateVenue({ variables: { input: { id: venue.id, version: fromVersion, fields: input } } }));
      const savedVenue = result?.data ? getFragmentData(VenueEditorFragment, result.data.updateVenue) : null;
      if (savedVenue) {
        const point = pointNotice(t, input, savedVenue.fields);
        edited.saved(venueFormValues(savedVenue.fields), savedVenue.version);
        setSaved((previous) => ({ count: (previous?.count ?? 0) + 1, point }));
      }
      return refused;
    },
  });

  return (
    <>
      {edited.conflict ? (
        <ConflictView
          record="venue"
          conflict={edited.conflict}
          fieldLabel={(field) => venueFieldLabel(t, field)}
          describe={(field, values) => describeVenueField(t, field, values[field])}
          saving={loading}
          onSaveAgain={(choices) => void edited.saveAgain(choices)}
        />
      ) : (
        <Section title={t('dashboard.venue.details')}>
          <VenueForm
            values={edited.values}
            onChange={edited.setValues}
            storedNotes={edited.base.transportNotes}
            defaultLanguage={textLanguage(defaultLanguage)}
            problem={problem}
            submitLabel={t('dashboard.venue.save')}
            saving={loading}
            status={
              saved ? (
                <p className="notice">
                  {t('dashboard.venue.saved')} {saved.point}
                </p>
              ) : null
            }
            onSubmit={() => void edited.submit()}
          />
        </Section>
      )}
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
      <UnsavedChangesDialog changes={edited.changes} record="venue" />
    </>
  );
}
