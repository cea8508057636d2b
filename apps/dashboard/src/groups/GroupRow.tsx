import { useId, useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { Badge } from '../ui/Badge';
import { EnrolmentStatus } from './EnrolmentStatus';
import { GroupDetails } from './GroupDetails';
import { MeetingTime } from './MeetingTime';
import { placeLines } from './placeLines';
import { TranslatedText } from './TranslatedText';

const GroupRowFragment = graphql(`
  fragment GroupRow_group on Group {
    slug
    name {
      ...TranslatedText_text
    }
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
    enrolment {
      state
      label
    }
    nextMeetings(first: 1) {
      ...MeetingTime_meeting
    }
  }
`);

export interface GroupRowProps {
  readonly group: FragmentType<typeof GroupRowFragment>;
  /** How many columns the table has, for the row of details under this one. */
  readonly columns: number;
}

/**
 * One group in a table: name, next meeting, when, where and whether newcomers can join. Its
 * name opens the group's details in a row underneath (a disclosure button).
 */
export function GroupRow(props: GroupRowProps) {
  const { t } = useLocale();
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const group = getFragmentData(GroupRowFragment, props.group);
  const [nextMeeting] = group.nextMeetings;

  return (
    <>
      <tr className={open ? 'groups-table__row groups-table__row--open' : 'groups-table__row'}>
        <th scope="row">
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            // Only while the details are there: aria-controls must name an element that exists.
            aria-controls={open ? detailsId : undefined}
            onClick={() => setOpen((wasOpen) => !wasOpen)}
          >
            <span className="disclosure__icon" aria-hidden="true" />
            <span className="groups-table__name">
              <TranslatedText text={group.name} showLanguage={false} />
            </span>
          </button>
          {group.isDemo ? <Badge tone="demo">{t('group.demo')}</Badge> : null}
        </th>
        <td>{nextMeeting ? <MeetingTime meeting={nextMeeting} /> : <span className="muted">{t('dashboard.meetings.none')}</span>}</td>
        <td>{group.schedule ? group.schedule.summary : <span className="muted">{t('dashboard.schedule.none')}</span>}</td>
        <td>
          {placeLines(group, t).map((line) => (
            <span className="line" key={line}>
              {line}
            </span>
          ))}
        </td>
        <td>
          <EnrolmentStatus state={group.enrolment.state} label={group.enrolment.label} />
        </td>
      </tr>
      {open ? (
        <tr className="groups-table__details">
          <td id={detailsId} colSpan={props.columns}>
            <GroupDetails slug={group.slug} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
