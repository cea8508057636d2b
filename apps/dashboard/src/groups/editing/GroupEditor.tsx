import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { administersGroup } from '../../auth/access';
import { HistoryList } from '../../history/HistoryList';
import type { Viewer } from '../../auth/useViewer';
import { getFragmentData, graphql } from '../../gql';
import type { GroupEditorQuery as GroupEditorResult } from '../../gql/graphql';
import { useLocale } from '../../i18n/useLocale';
import { Section } from '../../ui/Section';
import { useFormProblem } from '../../ui/useFormProblem';
import { ArchiveControl } from './ArchiveControl';
import { ConflictView } from './ConflictView';
import { GroupEditorQuery } from './groupEditorQuery';
import { fieldsFromStored, formFromFields, type GroupField, type GroupFieldValues } from './groupFields';
import { GroupForm } from './GroupForm';
import { mergeFields, withChoices, type Choice, type Merge } from './mergeFields';
import { StoredGroupFieldsFragment } from './storedGroupFields';
import { unitOptions } from './unitOptions';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';
import { useGroupForm } from './useGroupForm';
import type { GroupFormOptions } from './useGroupFormOptions';

const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      id
      version
      archivedAt
      fields {
        ...StoredGroupFields
      }
      history {
        id
        ...HistoryList_change
      }
    }
  }
`);

/** Someone else saved since the editor started: their fields, the version they made, and the merge with mine. */
interface Conflict {
  readonly mine: GroupFieldValues;
  readonly theirs: GroupFieldValues;
  readonly version: number;
  readonly merge: Merge<GroupFieldValues>;
}

export interface GroupEditorProps {
  readonly group: GroupEditorResult['editableGroup'];
  readonly viewer: Viewer;
  readonly options: GroupFormOptions;
}

/**
 * Editing one group: the form saved from the version it started from; on a CONFLICT, the merge
 * with what is stored now; archiving; and the group's history. `version` moves only with this
 * editor's own saves, so that a change by someone else is never overwritten unseen.
 */
export function GroupEditor({ group, viewer, options }: GroupEditorProps) {
  const { t } = useLocale();
  const client = useApolloClient();
  const stored = useMemo(() => fieldsFromStored(getFragmentData(StoredGroupFieldsFragment, group.fields)), [group.fields]);
  const [version, setVersion] = useState(group.version);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saves, setSaves] = useState(0);
  const [updateGroup, { loading: saving }] = useMutation(UpdateGroupMutation);
  const problem = useFormProblem({ fields: [] });
  const form = useGroupForm({ initial: () => formFromFields(stored), defaultLanguage: options.defaultLanguage, problem });
  const [now] = useState(() => new Date());

  // A change that came in while nothing here was changed (a revert, an archive, a reload): shown as it is now.
  const { dirty, reset } = form;
  useEffect(() => {
    if (group.version === version || dirty || saving || conflict) return;
    reset(formFromFields(stored), stored);
    setVersion(group.version);
  }, [group.version, version, dirty, saving, conflict, stored, reset]);

  async function save(fields: GroupFieldValues, fromVersion: number) {
    const { result, problem: refused } = await problem.send(() => updateGroup({ variables: { input: { id: group.id, version: fromVersion, fields } } }));
    if (refused?.code === 'CONFLICT') return compareWithStored(fields);
    const saved = result?.data?.updateGroup;
    if (!saved) return;
    form.saved(fieldsFromStored(getFragmentData(StoredGroupFieldsFragment, saved.fields)), fields);
    setVersion(saved.version);
    setSaves((count) => count + 1);
  }

  /** What is stored now, straight from the API, merged with mine. */
  async function compareWithStored(mine: GroupFieldValues) {
    try {
      const { data } = await client.query({ query: GroupEditorQuery, variables: { id: group.id }, fetchPolicy: 'network-only' });
      if (!data) return;
      const theirs = fieldsFromStored(getFragmentData(StoredGroupFieldsFragment, data.editableGroup.fields));
      setConflict({ mine, theirs, version: data.editableGroup.version, merge: mergeFields(form.base, mine, theirs) });
    } catch {
      // The CONFLICT's own message stays at the top of the form.
    }
  }

  async function saveAgain(choices: Partial<Record<GroupField, Choice>>) {
    if (!conflict) return;
    const resolved = withChoices(conflict.merge, conflict.theirs, choices);
    form.reset(formFromFields(resolved), conflict.theirs);
    setVersion(conflict.version);
    setConflict(null);
    await save(resolved, conflict.version);
  }

  const describe = { units: options.units, venues: options.venues, municipalities: options.municipalities, now };

  return (
    <>
      {group.archivedAt ? <p className="notice notice--warning">{t('dashboard.groupEditor.archivedNotice')}</p> : null}
      {conflict ? (
        <ConflictView
          merge={conflict.merge}
          mine={conflict.mine}
          theirs={conflict.theirs}
          version={conflict.version}
          describe={describe}
          saving={saving}
          onSaveAgain={(choices) => void saveAgain(choices)}
        />
      ) : (
        <GroupForm
          form={form.binding}
          problem={problem}
          options={options}
          units={unitOptions(t, viewer.memberships, options.organisation.id, options.units, stored.unitId ? String(stored.unitId) : '')}
          textLanguages={form.textLanguages}
          onAddTextLanguage={form.addTextLanguage}
          submitLabel={t('dashboard.groupEditor.save')}
          saving={saving}
          onSubmit={() => {
            const fields = form.fieldsToSend();
            if (fields) void save(fields, version);
          }}
          status={saves > 0 && !form.dirty ? <p key={saves} className="notice">{t('dashboard.groupEditor.saved')}</p> : null}
        />
      )}
      <Section title={t('dashboard.groupEditor.archive.title')}>
        <ArchiveControl groupId={group.id} version={version} archived={!!group.archivedAt} onChanged={setVersion} />
      </Section>
      <Section title={t('dashboard.history.title')}>
        <HistoryList
          changes={group.history}
          canRevert={administersGroup(viewer.memberships, { organisationId: group.organisationId, unitId: stored.unitId ? String(stored.unitId) : null })}
          refetchQueries={['GroupEditor']}
        />
      </Section>
      <UnsavedChangesDialog changes={form.changes} />
    </>
  );
}
