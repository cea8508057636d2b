import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { administersGroup, worksQueueOf } from '../../auth/access';
import type { Viewer } from '../../auth/useViewer';
import { ConflictView } from '../../editing/ConflictView';
import type { Choice } from '../../editing/mergeFields';
import { UnsavedChangesDialog } from '../../editing/UnsavedChangesDialog';
import { useConflict } from '../../editing/useConflict';
import { HistoryList } from '../../history/HistoryList';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLocale } from '../../i18n/useLocale';
import { routeHref } from '../../routing/routes';
import { Section } from '../../ui/Section';
import { useFormProblem } from '../../ui/useFormProblem';
import { ArchiveControl } from './ArchiveControl';
import { describeField } from './describeField';
import { fieldLabel } from './fieldLabels';
import { GroupEditorFragment, GroupEditorQuery } from './groupEditorQuery';
import { fieldsFromStored, formFromFields, type GroupField, type GroupFieldValues } from './groupFields';
import { GroupForm } from './GroupForm';
import { StoredGroupFieldsFragment } from './storedGroupFields';
import { unitOptions } from './unitOptions';
import { useGroupForm } from './useGroupForm';
import type { GroupFormOptions } from './useGroupFormOptions';

const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      id
      ...GroupEditor_group
    }
  }
`);

export interface GroupEditorProps {
  readonly group: FragmentType<typeof GroupEditorFragment>;
  readonly viewer: Viewer;
  readonly options: GroupFormOptions;
}

/**
 * Editing one group: the form saved from the version it started from; on a CONFLICT, the merge
 * with what is stored now; archiving; and the group's history. `version` moves only with this
 * editor's own saves, so that a change by someone else is never overwritten unseen.
 */
export function GroupEditor({ group: groupData, viewer, options }: GroupEditorProps) {
  const { t, locale } = useLocale();
  const group = getFragmentData(GroupEditorFragment, groupData);
  const client = useApolloClient();
  const stored = useMemo(() => fieldsFromStored(getFragmentData(StoredGroupFieldsFragment, group.fields)), [group.fields]);
  const [version, setVersion] = useState(group.version);
  // What is stored now, straight from the API.
  const { conflict, compare, resolve } = useConflict(async () => {
    const { data } = await client.query({ query: GroupEditorQuery, variables: { id: group.id }, fetchPolicy: 'network-only' });
    const theirs = data ? getFragmentData(GroupEditorFragment, data.editableGroup) : null;
    return theirs ? { values: fieldsFromStored(getFragmentData(StoredGroupFieldsFragment, theirs.fields)), version: theirs.version } : null;
  });
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

  /** Saves `fields`, edited from `base` (stored at `fromVersion`). */
  async function save(fields: GroupFieldValues, base: GroupFieldValues, fromVersion: number) {
    const { result, problem: refused } = await problem.send(() => updateGroup({ variables: { input: { id: group.id, version: fromVersion, fields } } }));
    if (refused?.code === 'CONFLICT') return compare(base, fields);
    const saved = result?.data ? getFragmentData(GroupEditorFragment, result.data.updateGroup) : null;
    if (!saved) return;
    form.saved(fieldsFromStored(getFragmentData(StoredGroupFieldsFragment, saved.fields)), fields);
    setVersion(saved.version);
    setSaves((count) => count + 1);
  }

  async function saveAgain(choices: Partial<Record<GroupField, Choice>>) {
    const resolved = resolve(choices);
    if (!resolved) return;
    form.reset(formFromFields(resolved.values), resolved.theirs);
    setVersion(resolved.version);
    await save(resolved.values, resolved.theirs, resolved.version);
  }

  const describeContext = { t, locale, units: options.units, venues: options.venues, municipalities: options.municipalities, now };
  const place = { organisationId: group.organisationId, unitId: stored.unitId ? String(stored.unitId) : null };
  const isAdmin = administersGroup(viewer.memberships, place);

  return (
    <>
      {/* Who asked to join is seen only by the admins of the group's organisation or unit (the API checks again). */}
      {worksQueueOf(viewer.memberships, place) ? (
        <nav className="page__links" aria-label={t('dashboard.queue.groupLinks')}>
          <a href={routeHref({ page: 'joinRequests', id: group.id })}>{t('dashboard.queue.title')}</a>
        </nav>
      ) : null}
      {group.archivedAt ? <p className="notice notice--warning">{t('dashboard.groupEditor.archivedNotice')}</p> : null}
      {conflict ? (
        <ConflictView
          record="group"
          conflict={conflict}
          fieldLabel={(field) => fieldLabel(t, field)}
          describe={(field, fields) => describeField(field, fields, describeContext)}
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
            if (fields) void save(fields, form.base, version);
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
          canRevert={isAdmin}
          refetchQueries={['GroupEditor']}
        />
      </Section>
      <UnsavedChangesDialog changes={form.changes} record="group" />
    </>
  );
}
