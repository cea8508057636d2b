import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { MeetingTime } from './MeetingTime';

const GroupMeetingsFragment = graphql(`
  fragment GroupMeetings_group on Group {
    nextMeetings(first: 6) {
      start
      ...MeetingTime_meeting
    }
  }
`);

export interface GroupMeetingsProps {
  readonly group: FragmentType<typeof GroupMeetingsFragment>;
}

/** The next six meetings as the API computes them: cancelled and moved ones marked, none in a break. */
export function GroupMeetings(props: GroupMeetingsProps) {
  const { t } = useLocale();
  const { nextMeetings } = getFragmentData(GroupMeetingsFragment, props.group);

  return (
    <section className="details__section">
      <h4 className="details__heading">{t('dashboard.group.meetings')}</h4>
      {nextMeetings.length ? (
        <ol className="plain-list meeting-list">
          {nextMeetings.map((meeting) => (
            <li key={meeting.start}>
              <MeetingTime meeting={meeting} style="long" />
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('dashboard.meetings.none')}</p>
      )}
    </section>
  );
}
