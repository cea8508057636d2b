import { useMutation } from '@apollo/client/react';
import { createsGroupsIn } from '../../auth/access';
import { SignInFirst } from '../../auth/SignInFirst';
import { useViewer, type Viewer } from '../../auth/useViewer';
import { suggestSlug } from '../../editing/slug';
import { UnsavedChangesDialog } from '../../editing/UnsavedChangesDialog';
import { graphql } from '../../gql';
import { useLocale } from '../../i18n/useLocale';
import { navigate } from '../../routing/useRoute';
import { LoadingState } from '../../ui/LoadingState';
import { OrganisationContext } from '../../ui/OrganisationContext';
import { PageLayout } from '../../ui/PageLayout';
import { PageProblem } from '../../ui/PageProblem';
import { useFormProblem } from '../../ui/useFormProblem';
import { GroupForm } from './GroupForm';
import { newGroupForm } from './groupFields';
import { unitOptions } from './unitOptions';
import { useGroupForm } from './useGroupForm';
import { useGroupFormOptions, type GroupFormOptions } from './useGroupFormOptions';

const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      version
    }
  }
`);

/** A new group of an organisation, for its admins and the admins of its units. */
export function GroupCreatePage({ slug }: { readonly slug: string }) {
  const { t } = useLocale();
  const { viewer, loading: viewerLoading } = useViewer();
  const { options, loading, error, refetch } = useGroupFormOptions(viewer ? slug : null);
  const title = t('dashboard.groupEditor.create.title');

  let content;
  if (viewerLoading || (loading && !options)) content = <LoadingState label={t('common.loading')} />;
  else if (!viewer) content = <SignInFirst next={{ page: 'newGroup', slug }} />;
  else if (error || !options) content = <PageProblem error={error} message={t('dashboard.organisation.error')} onRetry={() => void refetch().catch(() => undefined)} />;
  else if (!createsGroupsIn(viewer.memberships, { id: options.organisation.id, unitIds: options.units.map(({ id }) => id) })) {
    content = <p className="note">{t('dashboard.groupEditor.create.notAllowed')}</p>;
  } else content = <GroupCreator viewer={viewer} options={options} />;

  return (
    <PageLayout title={title} busy={loading}>
      {options ? <OrganisationContext organisation={options.organisation} /> : null}
      {content}
    </PageLayout>
  );
}

function GroupCreator({ viewer, options }: { readonly viewer: Viewer; readonly options: GroupFormOptions }) {
  const { t } = useLocale();
  const organisationId = options.organisation.id;
  const [createGroup, { loading }] = useMutation(CreateGroupMutation);
  const problem = useFormProblem({ fields: [] });
  const units = unitOptions(t, viewer.memberships, organisationId, options.units, null);
  const form = useGroupForm({
    // The organisation's admins start with the organisation itself, a unit's admin with their unit.
    initial: () => newGroupForm(options.defaultLanguage, units[0]?.value ?? ''),
    defaultLanguage: options.defaultLanguage,
    problem,
    // From the name in the organisation's language, else any.
    suggestSlug: (name) => suggestSlug(name[options.defaultLanguage] || (Object.values(name).find((text) => text?.trim()) ?? '')),
  });

  async function create() {
    const fields = form.fieldsToSend();
    if (!fields) return;
    const { result } = await problem.send(() => createGroup({ variables: { input: { organisationId, fields } } }));
    const created = result?.data?.createGroup;
    if (!created) return;
    // Saved: the group's own page in place of this form, so that Back returns to the organisation.
    form.changes.allowNextMove();
    navigate({ page: 'group', id: created.id }, { replace: true });
  }

  return (
    <>
      <GroupForm
        form={form.binding}
        problem={problem}
        options={options}
        units={units}
        textLanguages={form.textLanguages}
        onAddTextLanguage={form.addTextLanguage}
        submitLabel={t('dashboard.groupEditor.create.submit')}
        saving={loading}
        onSubmit={() => void create()}
      />
      <UnsavedChangesDialog changes={form.changes} record="group" />
    </>
  );
}
