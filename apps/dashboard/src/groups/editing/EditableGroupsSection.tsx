import { useQuery } from '@apollo/client/react';
import { pickText } from '@groupfinder/domain';
import { useMemo, useState } from 'react';
import { createsGroupsIn, editsGroups } from '../../auth/access';
import { useViewer } from '../../auth/useViewer';
import { textLanguage } from '../../editing/languages';
import { graphql } from '../../gql';
import { useLocale } from '../../i18n/useLocale';
import { routeHref } from '../../routing/routes';
import { pageOf } from '../../ui/lists';
import { PageProblem } from '../../ui/PageProblem';
import { Section } from '../../ui/Section';
import { EditableGroupTable } from './EditableGroupTable';
import { GroupListFilters } from './GroupListFilters';
import { parseText } from './groupFields';
import { filterGroups, NO_FILTER, type GroupListFilter, type ListedGroup } from './groupList';

const EditableGroupsQuery = graphql(`
  query EditableGroups($slug: String!) {
    organisation(slug: $slug) {
      id
      defaultLanguage
      units {
        id
        name
      }
      editableGroups {
        id
        archivedAt
        fields {
          slug
          unitId
          name
          enrolment
        }
      }
    }
  }
`);

/**
 * The organisation's groups the viewer may edit, for its editors: found by name or address,
 * filtered by unit, joining state and archived or not, 20 a page; and adding a new one.
 */
export function EditableGroupsSection({ slug }: { readonly slug: string }) {
  const { t, locale } = useLocale();
  const { viewer } = useViewer();
  // Asked again on each visit: a group created or changed elsewhere shows up without a reload.
  const query = useQuery(EditableGroupsQuery, { variables: { slug }, skip: !viewer || !editsGroups(viewer.memberships), fetchPolicy: 'cache-and-network' });
  const [filter, setFilter] = useState<GroupListFilter>(NO_FILTER);
  const [page, setPage] = useState(0);
  const organisation = query.data?.organisation;

  const groups: ListedGroup[] = useMemo(
    () =>
      organisation?.editableGroups?.map(({ id, archivedAt, fields }) => ({
        id,
        archived: archivedAt != null,
        slug: fields.slug,
        unitId: fields.unitId ?? null,
        name: parseText(fields.name),
        enrolment: fields.enrolment,
      })) ?? [],
    [organisation],
  );
  const shown = pageOf(filterGroups(groups, filter), page);

  if (!viewer || !organisation) {
    return query.error ? <PageProblem error={query.error} message={t('dashboard.groupList.error')} onRetry={() => void query.refetch().catch(() => undefined)} /> : null;
  }
  const mayCreate = createsGroupsIn(viewer.memberships, { id: organisation.id, unitIds: organisation.units.map(({ id }) => id) });
  if (groups.length === 0 && !mayCreate) return null;

  const defaultLanguage = textLanguage(organisation.defaultLanguage);
  const changeFilter = (next: GroupListFilter) => {
    setFilter(next);
    setPage(0);
  };

  return (
    <Section title={t('dashboard.groupList.title')}>
      {mayCreate ? (
        <p>
          <a className="button" href={routeHref({ page: 'newGroup', slug })}>
            {t('dashboard.groupList.new')}
          </a>
        </p>
      ) : null}
      <GroupListFilters filter={filter} units={organisation.units} onChange={changeFilter} />
      <p role="status" className="group-list__count">
        {t('dashboard.groupList.found', { count: shown.total })}
      </p>
      {shown.total > 0 ? (
        <EditableGroupTable
          units={organisation.units}
          nameOf={(group) => pickText(group.name, locale, defaultLanguage)}
          page={shown}
          onPage={setPage}
        />
      ) : null}
    </Section>
  );
}
