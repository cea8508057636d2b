import { useId } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { EmptyState } from '../ui/EmptyState';
import { GroupRow } from './GroupRow';

const GroupsTableFragment = graphql(`
  fragment GroupsTable_groups on GroupConnection {
    totalCount
    totalCountCapped
    edges {
      node {
        id
        ...GroupRow_group
      }
    }
  }
`);

export interface GroupsTableProps {
  readonly groups: FragmentType<typeof GroupsTableFragment>;
  /** Names the table for screen readers and above it for everyone. */
  readonly caption: string;
}

/** Group, next meeting, when, where, status. */
const COLUMNS = 5;

/** A page of groups, one row each, with how many there are in all. */
export function GroupsTable(props: GroupsTableProps) {
  const { t } = useLocale();
  const captionId = useId();
  const { totalCount, totalCountCapped, edges } = getFragmentData(GroupsTableFragment, props.groups);
  // Past LIMITS.countMax the API stops counting: "More than 1,000 groups".
  const count = t(totalCountCapped ? 'groups.count.capped' : 'groups.count', { count: totalCount });
  if (edges.length === 0) return <EmptyState message={count} />;

  return (
    <>
      {/* On a narrow screen the table scrolls sideways instead of losing its table semantics;
          the region can take focus so that it can be scrolled with the keyboard. */}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="groups-table">
          <caption id={captionId}>
            <span className="groups-table__caption">{props.caption}</span>{' '}
            <span className="groups-table__count">{count}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.column.group')}</th>
              <th scope="col">{t('dashboard.column.next')}</th>
              <th scope="col">{t('dashboard.column.when')}</th>
              <th scope="col">{t('dashboard.column.where')}</th>
              <th scope="col">{t('dashboard.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {edges.map(({ node }) => (
              <GroupRow key={node.id} group={node} columns={COLUMNS} />
            ))}
          </tbody>
        </table>
      </div>
      {totalCountCapped || totalCount > edges.length ? (
        <p className="note">{t(totalCountCapped ? 'dashboard.groups.more.capped' : 'dashboard.groups.more', { shown: edges.length, count: totalCount })}</p>
      ) : null}
    </>
  );
}
