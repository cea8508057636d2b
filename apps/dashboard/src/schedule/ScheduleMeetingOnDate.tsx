import type { Schedule } from '@groupfinder/domain';
import { useMemo, useRef, useState } from 'react';
import { useLocale } from '../i18n/useLocale';
import { TextField } from '../ui/TextField';
import { ScheduleFieldset } from './ScheduleFieldset';
import { ScheduleMeetingRow, meetingRowKey } from './ScheduleMeetingRow';
import { lookUpDate, lookupMessage } from './schedulePreview';
import { describeLocalDate, type ChangeExceptions } from './scheduleText';

export interface ScheduleMeetingOnDateProps {
  readonly schedule: Schedule;
  readonly now: Date;
  /** Today in the group's time zone, 'YYYY-MM-DD': the first date that can be chosen. */
  readonly today: string;
  /** Which row's move form is open (one at a time in the editor), by row id. */
  readonly moving: string | null;
  readonly onMoving: (rowId: string | null) => void;
  readonly onChange: ChangeExceptions;
}

/**
 * A meeting on any date ahead, further than the preview (Christmas, planned in March): a volunteer
 * chooses the date, and its meetings come with the preview's buttons; a polite message says when
 * there is none.
 */
export function ScheduleMeetingOnDate({ schedule, now, today, moving, onMoving, onChange }: ScheduleMeetingOnDateProps) {
  const { t, locale } = useLocale();
  const [date, setDate] = useState('');
  const dateField = useRef<HTMLInputElement>(null);
  const lookup = useMemo(() => lookUpDate(schedule, date, now), [schedule, date, now]);
  const status = lookupMessage(lookup, describeLocalDate(date, locale, now), t);

  return (
    <ScheduleFieldset legend={t('dashboard.schedule.onDate')} nested>
      <TextField
        ref={dateField}
        label={t('dashboard.schedule.onDate.date')}
        name="meetingOnDate"
        type="date"
        min={today}
        value={date}
        onChange={setDate}
        hint={t('dashboard.schedule.onDate.hint')}
      />
      <p className="schedule-editor__status" role="status">
        {status}
      </p>
      {lookup.kind === 'FOUND' ? (
        <ul className="plain-list schedule-preview">
          {lookup.meetings.map((meeting) => {
            const key = meetingRowKey(meeting);
            return (
              <ScheduleMeetingRow
                key={key}
                meeting={meeting}
                durationMinutes={schedule.durationMinutes}
                now={now}
                moving={moving === dateRowId(key)}
                onMoving={(open) => onMoving(open ? dateRowId(key) : null)}
                onChange={onChange}
                // The meeting may leave the date: the date field is always there.
                onLeave={() => dateField.current?.focus()}
              />
            );
          })}
        </ul>
      ) : null}
    </ScheduleFieldset>
  );
}

/** The id of a row found on a date, for `moving`: unlike those of the preview's rows. */
function dateRowId(meetingKey: string): string {
  return `date:${meetingKey}`;
}
