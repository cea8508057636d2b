import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { Badge } from '../ui/Badge';
import { EnrolmentStatus } from './EnrolmentStatus';
import { placeLines } from './placeLines';

const GroupRowFragment = graphql(`
  fragment GroupRow_group on Group {
    name
    isDemo
    format
    venue {
      name
      town
    }
    municipality {
      name
    }
    schedule {
      summary
    }
    enrolment
    enrolmentLabel
  }
`);

export interface GroupRowProps {
  readonly group: FragmentType<typeof GroupRowFragment>;
}

/** One group in a table: name, when, where and whether newcomers can join. */
export function GroupRow(props: GroupRowProps) {
  const { t } = useLocale();
  const group = getFragmentData(GroupRowFragment, props.group);

  return (
    <tr>
      <th scope="row">
        <span className="groups-table__name">{group.name}</span>
        {group.isDemo ? <Badge tone="demo">{t('group.demo')}</Badge> : null}
      </th>
      <td>{group.schedule ? group.schedule.summary : <span className="muted">{t('dashboard.schedule.none')}</span>}</td>
      <td>
        {placeLines(group, t).map((line) => (
          <span className="line" key={line}>
            {line}
          </span>
        ))}
      </td>
      <td>
        <EnrolmentStatus state={group.enrolment} label={group.enrolmentLabel} />
      </td>
    </tr>
  );
}
