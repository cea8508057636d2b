import { useQuery } from '@apollo/client/react';
import { EDITED_RECORD_FETCH_POLICY } from '../../editing/useEditedRecord';
import { pickText } from '@groupfinder/domain';
import { SignInFirst } from '../../auth/SignInFirst';
import { useViewer } from '../../auth/useViewer';
import { getFragmentData } from '../../gql';
import { useLocale } from '../../i18n/useLocale';
import { NotFoundPage } from '../../routing/NotFoundPage';
import { LoadingState } from '../../ui/LoadingState';
import { OrganisationContext } from '../../ui/OrganisationContext';
import { PageLayout } from '../../ui/PageLayout';
import { PageProblem } from '../../ui/PageProblem';
import { GroupEditor } from './GroupEditor';
import { GroupEditorFragment, GroupEditorQuery } from './groupEditorQuery';
import { parseText } from './groupFields';
import { StoredGroupFieldsFragment } from './storedGroupFields';
import { useGroupFormOptions } from './useGroupFormOptions';
import { errorCodes } from '../../ui/errorCodes';


/**
 * A group, for its editors: the form with every field, archiving, and its history. Anyone else
 * (an editor of another unit too) finds no page here, as the API says NOT_FOUND to them.
 */
export function GroupEditPage({ id }: { readonly id: string }) {
  const { t, locale } = useLocale();
  const { viewer, loading: viewerLoading } = useViewer();
  const query = useQuery(GroupEditorQuery, { variables: { id }, skip: !viewer, fetchPolicy: EDITED_RECORD_FETCH_POLICY });
  const group = query.data?.editableGroup;
  const organisation = query.data?.organisations.find((each) => each.id === group?.organisationId) ?? null;
  const { options, loading: optionsLoading, error: optionsError, refetch: refetchOptions } = useGroupFormOptions(organisation?.slug ?? null);

  if (errorCodes(query.error).includes('NOT_FOUND')) return <NotFoundPage />;

  const storedName = group ? parseText(getFragmentData(StoredGroupFieldsFragment, getFragmentData(GroupEditorFragment, group).fields).name) : {};
  const shownName = options ? pickText(storedName, locale, options.defaultLanguage)?.text : undefined;
  const title = shownName ?? t('dashboard.groupEditor.edit.title');

  let content;
  if (viewerLoading || (query.loading && !query.data) || (group && !options && optionsLoading)) content = <LoadingState label={t('common.loading')} />;
  else if (!viewer) content = <SignInFirst next={{ page: 'group', id }} />;
  else if (query.error || !group) content = <PageProblem error={query.error} message={t('dashboard.group.error')} onRetry={() => void query.refetch().catch(() => undefined)} />;
  else if (optionsError || !options) content = <PageProblem error={optionsError} message={t('dashboard.page.error')} onRetry={() => void refetchOptions().catch(() => undefined)} />;
  else content = <GroupEditor key={group.id} group={group} viewer={viewer} options={options} />;

  return (
    <PageLayout title={title} busy={query.loading || optionsLoading}>
      {options ? <OrganisationContext organisation={options.organisation} /> : null}
      {content}
    </PageLayout>
  );
}
