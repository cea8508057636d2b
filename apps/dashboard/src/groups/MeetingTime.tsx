import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { formatMeeting, originalTimes } from './meetingTime';

const MeetingTimeFragment = graphql(`
  fragment MeetingTime_meeting on Meeting {
    start
    end
    status
    statusLabel
    originalStart
  }
`);

export interface MeetingTimeProps {
  readonly meeting: FragmentType<typeof MeetingTimeFragment>;
  /** `short` in a table cell, `long` in a list of meetings. */
  readonly style?: 'short' | 'long';
}

/**
 * When a meeting takes place, in the group's own time; a cancelled one struck through and said
 * to be cancelled in words, a moved one with where it was to take place.
 */
export function MeetingTime({ meeting, style = 'short' }: MeetingTimeProps) {
  const { locale, t } = useLocale();
  const { start, end, status, statusLabel, originalStart } = getFragmentData(MeetingTimeFragment, meeting);

  return (
    <span className={`meeting meeting--${status.toLowerCase()}`}>
      <time className="meeting__time" dateTime={start}>
        {formatMeeting({ start, end }, locale, { style })}
      </time>
      {status === 'SCHEDULED' ? null : (
        <>
          {' '}
          <span className="meeting__status">{statusLabel}</span>
        </>
      )}
      {status === 'MOVED' && originalStart ? (
        <>
          {' '}
          <span className="meeting__original">
            {t('dashboard.meeting.originally', { when: formatMeeting(originalTimes({ start, end }, originalStart), locale, { style }) })}
          </span>
        </>
      ) : null}
    </span>
  );
}
