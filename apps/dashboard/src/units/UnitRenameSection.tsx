import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@groupfinder/domain';
import { useState, type FormEvent } from 'react';
import { ConflictResolution } from '../editing/ConflictResolution';
import { conflictPending } from '../editing/conflict';
import { ProblemSummary } from '../editing/ProblemSummary';
import { useEditedRecord } from '../editing/useEditedRecord';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { TextField } from '../ui/TextField';
import { useFormProblem } from '../ui/useFormProblem';
import { UNIT_EDITING_QUERIES, useUnitEditing } from './useUnitEditing';

const UpdateUnitMutation = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      id
      version
      name
    }
  }
`);

const FIELDS = ['name'] as const;

/** For its admins: renaming the unit from the version shown. */
export function UnitRenameSection({ id }: { readonly id: string }) {
  const { t } = useLocale();
  const query = useUnitEditing(id);
  return (
    <Section title={t('dashboard.unit.rename.title')}>
      <QueryState query={query} errorMessage={t('dashboard.unit.error')}>
        {({ unit }) => (
          <UnitRenameForm
            id={unit.id}
            name={unit.name}
            version={unit.version}
            fetchTheirs={async () => {
              const { data } = await query.refetch();
              return data ? { values: { name: data.unit.name }, version: data.unit.version } : null;
            }}
          />
        )}
      </QueryState>
    </Section>
  );
}

interface UnitRenameFormProps {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly fetchTheirs: () => Promise<{ values: { name: string }; version: number } | null>;
}

function UnitRenameForm({ id, name, version, fetchTheirs }: UnitRenameFormProps) {
  const { t } = useLocale();
  const edited = useEditedRecord({ name }, version, FIELDS);
  const [updateUnit, { loading }] = useMutation(UpdateUnitMutation, { refetchQueries: UNIT_EDITING_QUERIES });
  const form = useFormProblem({ fields: FIELDS, fieldsByCode: { NAME_INVALID: 'name' } });
  const [saved, setSaved] = useState(0);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSaved(0);
    const { result } = await form.send(() => updateUnit({ variables: { input: { id, version: edited.version, name: edited.values.name.trim() } } }));
    const unit = result?.data?.updateUnit;
    if (!unit) return;
    edited.saved({ name: unit.name }, unit.version);
    setSaved((count) => count + 1);
  }

  return (
    <form ref={form.formRef} className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
      <div role="status">{saved > 0 ? <p key={saved} className="notice">{t('dashboard.unit.renamed')}</p> : null}</div>
      <ProblemSummary form={form} hidden={form.problem?.code === 'CONFLICT' && !conflictPending(form.problem, edited.version)} />
      <ConflictResolution
        problem={form.problem}
        edited={edited}
        fetchTheirs={fetchTheirs}
        fieldLabel={() => t('dashboard.unit.name')}
        describe={(_, value) => value || t('dashboard.value.empty')}
      />
      <TextField
        label={t('dashboard.unit.name')}
        name="name"
        autoComplete="off"
        required
        maxLength={LIMITS.nameMaxLength}
        value={edited.values.name}
        onChange={(value) => edited.setValues(() => ({ name: value }))}
        error={form.fieldError('name')}
      />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={loading}>
          {loading ? t('dashboard.saving') : t('dashboard.unit.rename.submit')}
        </button>
      </div>
    </form>
  );
}
