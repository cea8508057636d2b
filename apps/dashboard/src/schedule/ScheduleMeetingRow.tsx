import type { Meeting } from '@groupfinder/domain';
import { useRef, useState } from 'react';
import { formatMeeting, originalTimes } from '../groups/meetingTime';
import { useLocale } from '../i18n/useLocale';
import { TextField } from '../ui/TextField';
import { ScheduleFieldset } from './ScheduleFieldset';
import { describeLocalMeeting, localStart, type ChangeExceptions } from './scheduleText';

export interface ScheduleMeetingRowProps {
  readonly meeting: Meeting;
  /** The schedule's length of a meeting, to say where a moved meeting was. */
  readonly durationMinutes: number;
  readonly now: Date;
  /** The form to move this meeting is open beside it. */
  readonly moving: boolean;
  readonly onMoving: (open: boolean) => void;
  readonly onChange: ChangeExceptions;
  /** Takes the focus when the meeting leaves its place (moved, or its move undone). */
  readonly onLeave: () => void;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The key of a meeting's row: a moved meeting is named by where it was, so that it keeps its row while it moves. */
export function meetingRowKey(meeting: Meeting): string {
  return meeting.originalStart ? `moved:${localStart(meeting.originalStart)}` : localStart(meeting.start);
}

/**
 * One meeting as visitors will see it, with what can be done to it: cancel, restore, move, undo a
 * move. Used by the preview and by the search for a meeting on a date. Give it `meetingRowKey` as key.
 */
export function ScheduleMeetingRow({ meeting, durationMinutes, now, moving, onMoving, onChange, onLeave }: ScheduleMeetingRowProps) {
  const { t, locale } = useLocale();
  const moveButton = useRef<HTMLButtonElement>(null);
  const key = localStart(meeting.start);
  const when = formatMeeting(meeting, locale, { style: 'long', now });
  const original = meeting.originalStart ? localStart(meeting.originalStart) : null;
  const say = (local: string) => describeLocalMeeting(local, durationMinutes, locale, now);

  const closeMove = () => {
    onMoving(false);
    moveButton.current?.focus();
  };
  const move = (to: string) => {
    onMoving(false);
    if (to !== key) {
      onChange(({ moves }) => ({ moves: [...moves.filter((each) => each.from !== key), { from: key, to }] }), t('dashboard.schedule.announce.moved', { when, to: say(to) }));
    }
    onLeave();
  };

  return (
    // The row can take the focus, to be read from, when "Show more dates" shows it first.
    <li tabIndex={-1} className="schedule-preview__item">
      <span className={`meeting meeting--${meeting.status.toLowerCase()}`}>
        <time className="meeting__time" dateTime={meeting.start}>
          {when}
        </time>
        {meeting.status === 'SCHEDULED' ? null : (
          <>
            {' '}
            <span className="meeting__status">{t(`meeting.${meeting.status}`)}</span>
          </>
        )}
        {meeting.originalStart ? (
          <span className="meeting__original">
            {t('dashboard.meeting.originally', { when: formatMeeting(originalTimes(meeting, meeting.originalStart), locale, { style: 'long', now }) })}
          </span>
        ) : null}
      </span>
      <span className="schedule-preview__actions">
        {/* Cancel and Restore are the same button in the same place, so that it keeps the focus. */}
        {meeting.status === 'SCHEDULED' ? (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => onChange(({ exdates }) => ({ exdates: [...exdates, key].sort() }), t('dashboard.schedule.announce.cancelled', { when }))}
          >
            {t('dashboard.schedule.cancel')}
            <span className="visually-hidden"> {when}</span>
          </button>
        ) : meeting.status === 'CANCELLED' ? (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => onChange(({ exdates }) => ({ exdates: exdates.filter((each) => each !== key) }), t('dashboard.schedule.announce.restored', { when }))}
          >
            {t('dashboard.schedule.restore')}
            <span className="visually-hidden"> {when}</span>
          </button>
        ) : (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              onChange(
                ({ moves }) => ({ moves: moves.filter((each) => each.from !== original) }),
                t('dashboard.schedule.announce.moveUndone', { when: original ? say(original) : when }),
              );
              onLeave();
            }}
          >
            {t('dashboard.schedule.undoMove')}
            <span className="visually-hidden"> {when}</span>
          </button>
        )}
        {meeting.status === 'SCHEDULED' ? (
          <button
            ref={moveButton}
            type="button"
            className="button button--quiet button--small"
            aria-expanded={moving}
            onClick={() => (moving ? closeMove() : onMoving(true))}
          >
            {t('dashboard.schedule.move')}
            <span className="visually-hidden"> {when}</span>
          </button>
        ) : null}
      </span>
      {moving && meeting.status === 'SCHEDULED' ? <MoveForm when={when} from={key} onMove={move} onClose={closeMove} /> : null}
    </li>
  );
}

interface MoveFormProps {
  readonly when: string;
  /** The meeting's local start, where the new date and time start from. */
  readonly from: string;
  readonly onMove: (to: string) => void;
  readonly onClose: () => void;
}

/** A new date and time for one meeting, opened beside it; Escape closes it. */
function MoveForm({ when, from, onMove, onClose }: MoveFormProps) {
  const { t } = useLocale();
  const [date, setDate] = useState(from.slice(0, 10));
  const [time, setTime] = useState(from.slice(11, 16));
  const [incomplete, setIncomplete] = useState(false);
  return (
    <div
      className="schedule-preview__move"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <ScheduleFieldset legend={t('dashboard.schedule.move.legend', { when })} nested error={incomplete ? t('dashboard.schedule.dateAndTime.missing') : undefined}>
        <div className="schedule-editor__row">
          {/* Opened on purpose by its button: the first field takes the focus. */}
          <TextField label={t('dashboard.schedule.move.date')} name="moveDate" type="date" required autoFocus value={date} onChange={setDate} />
          <TextField label={t('dashboard.schedule.move.time')} name="moveTime" type="time" required value={time} onChange={setTime} />
        </div>
        <div className="form__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => (LOCAL_DATE.test(date) && CLOCK.test(time) ? onMove(`${date}T${time}`) : setIncomplete(true))}
          >
            {t('dashboard.schedule.move.save')}
          </button>
          <button type="button" className="button button--quiet button--small" onClick={onClose}>
            {t('dashboard.schedule.move.close')}
          </button>
        </div>
      </ScheduleFieldset>
    </div>
  );
}
