import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { FactList } from '../ui/FactList';
import { icalendarLines } from './icalendar';
import { PauseSummary } from './PauseSummary';

const GroupScheduleFragment = graphql(`
  fragment GroupSchedule_group on Group {
    schedule {
      summary
      timeZone
      start
      durationMinutes
      rrule
      exdates
      rdates
      pauses {
        from
        until
        ...PauseSummary_pause
      }
    }
  }
`);

export interface GroupScheduleProps {
  readonly group: FragmentType<typeof GroupScheduleFragment>;
}

/**
 * When a group meets: in words, its breaks, and the RFC 5545 rule it is stored as, which is
 * what an administrator checks against a calendar.
 */
export function GroupSchedule(props: GroupScheduleProps) {
  const { t } = useLocale();
  const { schedule } = getFragmentData(GroupScheduleFragment, props.group);

  return (
    <section className="details__section">
      <h4 className="details__heading">{t('dashboard.group.schedule')}</h4>
      {schedule ? (
        <>
          <p className="details__lead">{schedule.summary}</p>
          <FactList
            facts={[
              {
                term: t('dashboard.group.pauses'),
                value: schedule.pauses.length ? (
                  <ul className="plain-list">
                    {schedule.pauses.map((pause) => (
                      <li key={`${pause.from}/${pause.until}`}>
                        <PauseSummary pause={pause} />
                      </li>
                    ))}
                  </ul>
                ) : null,
              },
              { term: t('dashboard.group.timeZone'), value: schedule.timeZone },
              {
                term: t('dashboard.group.rfc5545'),
                value: (
                  <code className="icalendar">
                    {icalendarLines(schedule).map((line) => (
                      <span className="line" key={line}>
                        {line}
                      </span>
                    ))}
                  </code>
                ),
              },
            ]}
          />
        </>
      ) : (
        <p className="muted">{t('dashboard.schedule.none')}</p>
      )}
    </section>
  );
}
