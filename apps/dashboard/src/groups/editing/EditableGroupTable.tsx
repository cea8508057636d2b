import type { PickedText } from '@groupfinder/domain';
import { useLocale } from '../../i18n/useLocale';
import { routeHref } from '../../routing/routes';
import { DataTable } from '../../ui/DataTable';
import { Pager } from '../../ui/Pager';
import type { Page } from '../../ui/lists';
import type { ListedGroup } from './groupList';
import type { NamedOption } from './useGroupFormOptions';

export interface EditableGroupTableProps {
  readonly units: readonly NamedOption[];
  /** A group's name in the dashboard's language, else the organisation's, else any. */
  readonly nameOf: (group: ListedGroup) => PickedText | null;
  /** The groups on the page shown. */
  readonly page: Page<ListedGroup>;
  readonly onPage: (page: number) => void;
}

/** A page of the groups the viewer may edit, each name a link to its editing page; moving between pages under it. */
export function EditableGroupTable({ units, nameOf, page, onPage }: EditableGroupTableProps) {
  const { t, locale } = useLocale();
  const unitName = (unitId: string | null) => (unitId ? (units.find(({ id }) => id === unitId)?.name ?? '') : t('dashboard.groupEditor.unitId.none'));

  return (
    <>
      <DataTable
        caption={t('dashboard.groupList.caption')}
        columns={[
          t('dashboard.column.group'),
          t('dashboard.groupEditor.field.slug'),
          t('dashboard.groupEditor.field.unitId'),
          t('dashboard.groupEditor.field.enrolment'),
          t('dashboard.groupList.inFinder'),
        ]}
      >
        {page.items.map((group) => {
          const name = nameOf(group);
          return (
            <tr key={group.id}>
              <th scope="row">
                <a href={routeHref({ page: 'group', id: group.id })} lang={name && name.language !== locale ? name.language : undefined}>
                  {name?.text ?? group.slug}
                </a>
              </th>
              <td>{group.slug}</td>
              <td>{unitName(group.unitId)}</td>
              <td>{t(`enrolment.${group.enrolment}`)}</td>
              <td>{group.archived ? t('dashboard.groupList.archived') : t('dashboard.groupList.listed')}</td>
            </tr>
          );
        })}
      </DataTable>
      <Pager label={t('dashboard.groupList.pages')} page={page} onPage={onPage} />
    </>
  );
}
