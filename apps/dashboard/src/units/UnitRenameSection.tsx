import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ConflictView } from '../editing/ConflictView';
import { describeLine } from '../editing/describeValue';
import { ProblemSummary } from '../editing/ProblemSummary';
import { UnsavedChangesDialog } from '../editing/UnsavedChangesDialog';
import type { FetchTheirs } from '../editing/useConflict';
import { useEditedRecord } from '../editing/useEditedRecord';
import { graphql } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { QueryState } from '../ui/QueryState';
import { SaveButton } from '../ui/SaveButton';
import { Section } from '../ui/Section';
import { useFormProblem } from '../ui/useFormProblem';
import { UnitNameField } from './UnitNameField';
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

/** A unit's one field an admin changes. */
interface UnitValues {
  readonly name: string;
}

/** For its admins: renaming the unit from the version shown. */
export function UnitRenameSection({ id }: { readonly id: string }) {
  const { t } = useLocale();
  const query = useUnitEditing(id);
  const title = t('dashboard.unit.rename.title');
  const unit = query.data?.unit;

  if (!unit) {
    return (
      <Section title={title}>
        <QueryState query={query} errorMessage={t('dashboard.unit.error')}>
          {() => null}
        </QueryState>
      </Section>
    );
  }
  return (
    <UnitRenameForm
      title={title}
      id={unit.id}
      name={unit.name}
      version={unit.version}
      fetchTheirs={async () => {
        const { data } = await query.refetch();
        return data ? { values: { name: data.unit.name }, version: data.unit.version } : null;
      }}
    />
  );
}

interface UnitRenameFormProps {
  readonly title: string;
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly fetchTheirs: FetchTheirs<UnitValues>;
}

/** The name to change, saved from the version shown; on a CONFLICT, merged with theirs in place of the form. */
function UnitRenameForm({ title, id, name, version, fetchTheirs }: UnitRenameFormProps) {
  const { t } = useLocale();
  const [updateUnit, { loading }] = useMutation(UpdateUnitMutation, { refetchQueries: UNIT_EDITING_QUERIES });
  const problem = useFormProblem({ fields: ['name'], fieldsByCode: { NAME_INVALID: 'name' } });
  const [saved, setSaved] = useState(0);
  const edited = useEditedRecord<UnitValues>({ name }, version, {
    fetchTheirs,
    async save(values, _, fromVersion) {
      setSaved(0);
      const { result, problem: refused } = await problem.send(() => updateUnit({ variables: { input: { id, version: fromVersion, name: values.name.trim() } } }));
      const unit = result?.data?.updateUnit;
      if (unit) {
        edited.saved({ name: unit.name }, unit.version);
        setSaved((count) => count + 1);
      }
      return refused;
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!loading) void edited.submit();
  }

  return (
    <>
      {edited.conflict ? (
        <ConflictView
          record="unit"
          conflict={edited.conflict}
          fieldLabel={() => t('dashboard.unit.name')}
          describe={(_, values) => describeLine(t, values.name)}
          saving={loading}
          onSaveAgain={(choices) => void edited.saveAgain(choices)}
        />
      ) : (
        <Section title={title}>
          <form ref={problem.formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
            <div role="status">{saved > 0 ? <p key={saved} className="notice">{t('dashboard.unit.renamed')}</p> : null}</div>
            <ProblemSummary form={problem} />
            <UnitNameField value={edited.values.name} onChange={(value) => edited.setValues(() => ({ name: value }))} error={problem.fieldError('name')} />
            <div className="form__actions">
              <SaveButton label={t('dashboard.unit.rename.submit')} saving={loading} />
            </div>
          </form>
        </Section>
      )}
      <UnsavedChangesDialog changes={edited.changes} record="unit" />
    </>
  );
}
