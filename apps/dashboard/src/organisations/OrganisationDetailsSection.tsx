import { useMutation } from '@apollo/client/react';
import { LANGUAGES, LIMITS } from '@groupfinder/domain';
import type { MessageKey } from '@groupfinder/translations';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ConflictResolution } from '../editing/ConflictResolution';
import { conflictPending } from '../editing/conflict';
import { ProblemSummary } from '../editing/ProblemSummary';
import { useEditedRecord } from '../editing/useEditedRecord';
import { graphql } from '../gql';
import type { Language } from '../gql/graphql';
import { useLocale } from '../i18n/useLocale';
import { FactList } from '../ui/FactList';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFormProblem } from '../ui/useFormProblem';
import { ORGANISATION_FIELDS, organisationEdit, organisationFormValues, type OrganisationField, type OrganisationFormValues } from './organisationForm';
import { ORGANISATION_EDITING_QUERIES, useOrganisationEditing } from './useOrganisationEditing';

const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      version
      name
      website
      phone
      email
      defaultLanguage
    }
  }
`);

const FIELD_LABELS: Record<OrganisationField, MessageKey> = {
  name: 'dashboard.organisation.name',
  website: 'common.website',
  phone: 'common.phone',
  email: 'common.email',
  defaultLanguage: 'dashboard.organisation.defaultLanguage',
};

const languageKey = (language: Language) => `language.${language.toLowerCase()}` as MessageKey;

/** For its admins: the organisation's name, contact details and default language, and "Edit details". */
export function OrganisationDetailsSection({ slug }: { readonly slug: string }) {
  const { t } = useLocale();
  const query = useOrganisationEditing(slug);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<{ readonly message: string; readonly count: number } | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const savedNotice = useRef<HTMLParagraphElement>(null);
  const wasEditing = useRef(editing);

  useEffect(() => {
    // Back from the form: the focus goes to what happened (saved), else to the button that opened it.
    if (wasEditing.current && !editing) (savedNotice.current ?? editButton.current)?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <Section title={t('dashboard.organisation.details.title')}>
      <QueryState query={query} errorMessage={t('dashboard.organisation.error')}>
        {({ organisation }) => {
          const stored = organisationFormValues(organisation);
          if (editing) {
            return (
              <OrganisationDetailsForm
                id={organisation.id}
                stored={stored}
                version={organisation.version}
                fetchTheirs={async () => {
                  const { data } = await query.refetch();
                  const current = data?.organisation;
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
            <>
              {saved ? (
                <p key={saved.count} ref={savedNotice} tabIndex={-1} className="notice section__status">
                  {saved.message}
                </p>
              ) : null}
              <FactList
                facts={[
                  { term: t(FIELD_LABELS.name), value: stored.name },
                  { term: t(FIELD_LABELS.website), value: stored.website || null },
                  { term: t(FIELD_LABELS.phone), value: stored.phone || null },
                  { term: t(FIELD_LABELS.email), value: stored.email || null },
                  { term: t(FIELD_LABELS.defaultLanguage), value: t(languageKey(stored.defaultLanguage)) },
                ]}
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
  readonly id: string;
  readonly stored: OrganisationFormValues;
  readonly version: number;
  readonly fetchTheirs: () => Promise<{ values: OrganisationFormValues; version: number } | null>;
  /** Back to the details, saying what happened (null: cancelled). */
  readonly onClose: (message: string | null) => void;
}

function OrganisationDetailsForm({ id, stored, version, fetchTheirs, onClose }: OrganisationDetailsFormProps) {
  const { t } = useLocale();
  const edited = useEditedRecord(stored, version, ORGANISATION_FIELDS);
  const [updateOrganisation, { loading }] = useMutation(UpdateOrganisationMutation, { refetchQueries: ORGANISATION_EDITING_QUERIES });
  const form = useFormProblem({
    fields: ORGANISATION_FIELDS,
    fieldsByCode: { NAME_INVALID: 'name', WEBSITE_INVALID: 'website', PHONE_INVALID: 'phone', EMAIL_INVALID: 'email' },
  });
  const nameInput = useRef<HTMLInputElement>(null);
  const { values } = edited;

  useEffect(() => nameInput.current?.focus(), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const edit = organisationEdit(edited.base, values);
    if (Object.keys(edit).length === 0) {
      onClose(t('dashboard.form.unchanged'));
      return;
    }
    const { result } = await form.send(() => updateOrganisation({ variables: { input: { id, version: edited.version, ...edit } } }));
    if (result?.data) onClose(t('dashboard.organisation.saved'));
  }

  const set = (field: Exclude<OrganisationField, 'defaultLanguage'>) => (value: string) => edited.setValues((current) => ({ ...current, [field]: value }));

  return (
    <form ref={form.formRef} className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
      <ProblemSummary form={form} hidden={form.problem?.code === 'CONFLICT' && !conflictPending(form.problem, edited.version)} />
      <ConflictResolution
        problem={form.problem}
        edited={edited}
        fetchTheirs={fetchTheirs}
        fieldLabel={(field) => t(FIELD_LABELS[field])}
        describe={(field, value) => (field === 'defaultLanguage' ? t(languageKey(value as Language)) : value || t('dashboard.value.empty'))}
      />
      <TextField
        ref={nameInput}
        label={t(FIELD_LABELS.name)}
        name="name"
        autoComplete="organization"
        required
        maxLength={LIMITS.nameMaxLength}
        value={values.name}
        onChange={set('name')}
        error={form.fieldError('name')}
      />
      <TextField
        label={t(FIELD_LABELS.website)}
        hint={t('dashboard.organisation.website.hint')}
        name="website"
        type="url"
        autoComplete="url"
        value={values.website}
        onChange={set('website')}
        error={form.fieldError('website')}
      />
      <TextField
        label={t(FIELD_LABELS.phone)}
        name="phone"
        type="tel"
        autoComplete="tel"
        value={values.phone}
        onChange={set('phone')}
        error={form.fieldError('phone')}
      />
      <TextField
        label={t(FIELD_LABELS.email)}
        name="email"
        type="email"
        autoComplete="email"
        maxLength={LIMITS.emailMaxLength}
        value={values.email}
        onChange={set('email')}
        error={form.fieldError('email')}
      />
      <SelectField
        label={t(FIELD_LABELS.defaultLanguage)}
        hint={t('dashboard.organisation.defaultLanguage.hint')}
        name="defaultLanguage"
        value={values.defaultLanguage}
        options={LANGUAGES.map((language) => ({ value: language.toUpperCase(), label: t(`language.${language}`) }))}
        onChange={(value) => edited.setValues((current) => ({ ...current, defaultLanguage: value as Language }))}
        error={form.fieldError('defaultLanguage')}
      />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={loading}>
          {loading ? t('dashboard.saving') : t('dashboard.organisation.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onClose(null)}>
          {t('dashboard.cancel')}
        </button>
      </div>
    </form>
  );
}
