import { useMutation } from '@apollo/client/react';
import { LANGUAGES, LIMITS, RETENTION } from '@groupfinder/domain';
import type { MessageKey } from '@groupfinder/translations';
import { useEffect, useRef, useState, type FormEvent, type HTMLInputTypeAttribute } from 'react';
import { ConflictView } from '../editing/ConflictView';
import { describeLine } from '../editing/describeValue';
import { spokenLanguage, textLanguage } from '../editing/languages';
import { ProblemSummary } from '../editing/ProblemSummary';
import { UnsavedChangesDialog } from '../editing/UnsavedChangesDialog';
import type { FetchTheirs } from '../editing/useConflict';
import { useEditedRecord } from '../editing/useEditedRecord';
import { getFragmentData, graphql } from '../gql';
import type { Language } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { FactList } from '../ui/FactList';
import { QueryState } from '../ui/QueryState';
import { SaveButton } from '../ui/SaveButton';
import { Section } from '../ui/Section';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFormProblem } from '../ui/useFormProblem';
import { ORGANISATION_FIELDS, organisationEdit, organisationFormValues, retentionDays, type OrganisationField, type OrganisationFormValues } from './organisationForm';
import { ORGANISATION_EDITING_QUERIES, useOrganisationEditing } from './useOrganisationEditing';

/** The organisation's details as stored, and the version an edit starts from: asked for by the page and answered by a save. */
const OrganisationDetailsFragment = graphql(`
  fragment OrganisationDetailsSection_organisation on Organisation {
    id
    version
    name
    website
    phone
    email
    defaultLanguage
    requestRetentionDays
  }
`);

const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      ...OrganisationDetailsSection_organisation
    }
  }
`);

const FIELD_LABELS: Record<OrganisationField, MessageKey> = {
  name: 'dashboard.organisation.name',
  website: 'common.website',
  phone: 'common.phone',
  email: 'common.email',
  defaultLanguage: 'dashboard.organisation.defaultLanguage',
  requestRetentionDays: 'dashboard.organisation.requestRetentionDays',
};

/** The contact details, each typed and filled in as what it is. */
const CONTACT_FIELDS = [
  { field: 'website', type: 'url', autoComplete: 'url', hint: 'dashboard.organisation.website.hint', maxLength: undefined },
  { field: 'phone', type: 'tel', autoComplete: 'tel', hint: undefined, maxLength: undefined },
  { field: 'email', type: 'email', autoComplete: 'email', hint: undefined, maxLength: LIMITS.emailMaxLength },
] as const satisfies readonly { field: OrganisationField; type: HTMLInputTypeAttribute; autoComplete: string; hint: MessageKey | undefined; maxLength: number | undefined }[];

/** For its admins: the organisation's name, contact details and default language, and "Edit details". */
export function OrganisationDetailsSection({ slug }: { readonly slug: string }) {
  const { t } = useLocale();
  const query = useOrganisationEditing(slug);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<{ readonly message: string; readonly count: number } | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const savedNotice = useRef<HTMLParagraphElement>(null);
  const wasEditing = useRef(editing);
  const title = t('dashboard.organisation.details.title');

  useEffect(() => {
    // Back from the form: the focus goes to what happened (saved), else to the button that opened it.
    if (wasEditing.current && !editing) (savedNotice.current ?? editButton.current)?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const organisation = query.data ? getFragmentData(OrganisationDetailsFragment, query.data.organisation) : null;
  if (editing && organisation) {
    return (
      <OrganisationDetailsForm
        title={title}
        id={organisation.id}
        stored={organisationFormValues(organisation)}
        version={organisation.version}
        fetchTheirs={async () => {
          const { data } = await query.refetch();
          const current = data ? getFragmentData(OrganisationDetailsFragment, data.organisation) : null;
          return current ? { values: organisationFormValues(current), version: current.version } : null;
        }}
        onClose={(message) => {
          setSaved(message ? { message, count: (saved?.count ?? 0) + 1 } : null);
          setEditing(false);
        }}
      />
    );
  }

  return (
    <Section title={title}>
      <QueryState query={query} errorMessage={t('dashboard.organisation.error')}>
        {(data) => {
          const stored = organisationFormValues(getFragmentData(OrganisationDetailsFragment, data.organisation));
          return (
            <>
              {saved ? (
                <p key={saved.count} ref={savedNotice} tabIndex={-1} className="notice section__status">
                  {saved.message}
                </p>
              ) : null}
              <FactList
                facts={ORGANISATION_FIELDS.map((field) => ({
                  term: t(FIELD_LABELS[field]),
                  value:
                    field === 'defaultLanguage'
                      ? t(`language.${textLanguage(stored.defaultLanguage)}`)
                      : field === 'requestRetentionDays'
                        ? stored.requestRetentionDays && t('dashboard.organisation.requestRetentionDays.value', { count: Number(stored.requestRetentionDays) })
                        : stored[field] || null,
                }))}
              />
              <button
                ref={editButton}
                type="button"
                className="button"
                onClick={() => {
                  setSaved(null);
                  setEditing(true);
                }}
              >
                {t('dashboard.organisation.edit')}
              </button>
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}

interface OrganisationDetailsFormProps {
  readonly title: string;
  readonly id: string;
  readonly stored: OrganisationFormValues;
  readonly version: number;
  readonly fetchTheirs: FetchTheirs<OrganisationFormValues>;
  /** Back to the details, saying what happened (null: cancelled). */
  readonly onClose: (message: string | null) => void;
}

/** The details to change, saved from the version shown; on a CONFLICT, merged with theirs in place of the form. */
function OrganisationDetailsForm({ title, id, stored, version, fetchTheirs, onClose }: OrganisationDetailsFormProps) {
  const { t } = useLocale();
  const [updateOrganisation, { loading }] = useMutation(UpdateOrganisationMutation, { refetchQueries: ORGANISATION_EDITING_QUERIES });
  const problem = useFormProblem({
    fields: ORGANISATION_FIELDS,
    fieldsByCode: { NAME_INVALID: 'name', WEBSITE_INVALID: 'website', PHONE_INVALID: 'phone', EMAIL_INVALID: 'email' },
  });
  const edited = useEditedRecord(stored, version, {
    fetchTheirs,
    // Only what changed is sent: back to the details once saved, or when there is nothing to save.
    async save(changed, base, fromVersion) {
      if (changed.requestRetentionDays.trim() !== base.requestRetentionDays.trim() && retentionDays(changed.requestRetentionDays) === null) {
        const bounds = { min: RETENTION.requestMinDays, max: RETENTION.requestMaxDays };
        problem.show({ code: 'NUMBER_OUT_OF_RANGE', message: t('error.NUMBER_OUT_OF_RANGE', bounds), field: 'requestRetentionDays' });
        return null;
      }
      const edit = organisationEdit(base, changed);
      if (Object.keys(edit).length === 0) {
        onClose(t('dashboard.form.unchanged'));
        return null;
      }
      const { result, problem: refused } = await problem.send(() => updateOrganisation({ variables: { input: { id, version: fromVersion, ...edit } } }));
      if (result?.data) onClose(t('dashboard.organisation.saved'));
      return refused;
    },
  });
  const nameInput = useRef<HTMLInputElement>(null);
  const { values } = edited;

  useEffect(() => nameInput.current?.focus(), []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!loading) void edited.submit();
  }

  const set = (field: Exclude<OrganisationField, 'defaultLanguage'>) => (value: string) => edited.setValues((current) => ({ ...current, [field]: value }));
  const languageName = (language: Language) => t(`language.${textLanguage(language)}`);

  return (
    <>
      {edited.conflict ? (
        <ConflictView
          record="organisation"
          conflict={edited.conflict}
          fieldLabel={(field) => t(FIELD_LABELS[field])}
          describe={(field, fields) => {
            if (field === 'defaultLanguage') return languageName(fields.defaultLanguage);
            const days = field === 'requestRetentionDays' ? retentionDays(fields.requestRetentionDays) : null;
            return days === null ? describeLine(t, fields[field]) : t('dashboard.organisation.requestRetentionDays.value', { count: days });
          }}
          saving={loading}
          onSaveAgain={(choices) => void edited.saveAgain(choices)}
        />
      ) : (
        <Section title={title}>
          <form ref={problem.formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
            <ProblemSummary form={problem} />
            <TextField
              ref={nameInput}
              label={t(FIELD_LABELS.name)}
              name="name"
              autoComplete="organization"
              required
              maxLength={LIMITS.nameMaxLength}
              value={values.name}
              onChange={set('name')}
              error={problem.fieldError('name')}
            />
            {CONTACT_FIELDS.map(({ field, type, autoComplete, hint, maxLength }) => (
              <TextField
                key={field}
                label={t(FIELD_LABELS[field])}
                hint={hint ? t(hint) : undefined}
                name={field}
                type={type}
                autoComplete={autoComplete}
                maxLength={maxLength}
                value={values[field]}
                onChange={set(field)}
                error={problem.fieldError(field)}
              />
            ))}
            <SelectField
              label={t(FIELD_LABELS.defaultLanguage)}
              hint={t('dashboard.organisation.defaultLanguage.hint')}
              name="defaultLanguage"
              value={values.defaultLanguage}
              options={LANGUAGES.map((language) => ({ value: spokenLanguage(language), label: t(`language.${language}`) }))}
              onChange={(value) => edited.setValues((current) => ({ ...current, defaultLanguage: value as Language }))}
              error={problem.fieldError('defaultLanguage')}
            />
            <TextField
              label={t(FIELD_LABELS.requestRetentionDays)}
              hint={t('dashboard.organisation.requestRetentionDays.hint', { min: RETENTION.requestMinDays, max: RETENTION.requestMaxDays, default: RETENTION.requestDefaultDays })}
              name="requestRetentionDays"
              inputMode="numeric"
              autoComplete="off"
              value={values.requestRetentionDays}
              onChange={set('requestRetentionDays')}
              error={problem.fieldError('requestRetentionDays')}
            />
            <div className="form__actions">
              <SaveButton label={t('dashboard.organisation.save')} saving={loading} />
              <button type="button" className="button button--quiet" onClick={() => onClose(null)}>
                {t('dashboard.cancel')}
              </button>
            </div>
          </form>
        </Section>
      )}
      <UnsavedChangesDialog changes={edited.changes} record="organisation" />
    </>
  );
}
