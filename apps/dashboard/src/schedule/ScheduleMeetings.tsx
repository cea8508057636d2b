import type { Meeting, Schedule } from '@groupfinder/domain';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocale } from '../i18n/useLocale';
import { TextField } from '../ui/TextField';
import { ScheduleFieldset } from './ScheduleFieldset';
import { ScheduleMeetingOnDate } from './ScheduleMeetingOnDate';
import { ScheduleMeetingRow, meetingRowKey } from './ScheduleMeetingRow';
import { canShowMore } from './schedulePreview';
import { describeLocalMeeting, problemText, type ChangeExceptions, type ProblemsAt } from './scheduleText';

export interface ScheduleMeetingsProps {
  readonly schedule: Schedule;
  /** The next meetings, or null while the schedule cannot be expanded. */
  readonly meetings: readonly Meeting[] | null;
  /** How many next meetings were asked for: fewer when the schedule ends. */
  readonly previewCount: number;
  /** Asks for more next meetings ("Show more dates"). */
  readonly onShowMore: () => void;
  readonly now: Date;
  /** Today in the group's time zone, 'YYYY-MM-DD'. */
  readonly today: string;
  readonly problemsAt: ProblemsAt;
  /** What the last change did, said first in the preview's live region. */
  readonly announcement: string;
  readonly onChange: ChangeExceptions;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The next meetings as visitors will see them, each with what can be done to it (cancel, restore,
 * move, undo a move), ten more on request, and the same for a meeting on any date chosen; then
 * every cancelled, moved and extra meeting of the schedule, however far ahead, with its problems,
 * and a way to add an extra meeting.
 */
export function ScheduleMeetings({ schedule, meetings, previewCount, onShowMore, now, today, problemsAt, announcement, onChange }: ScheduleMeetingsProps) {
  const { t, locale } = useLocale();
  // The row whose move form is open, one in the whole editor: 'preview:…' or the date search's own ids.
  const [moving, setMoving] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const say = (local: string) => describeLocalMeeting(local, schedule.durationMinutes, locale, now);

  const status =
    meetings === null
      ? t('dashboard.schedule.preview.unavailable')
      : meetings.length === 0
        ? t('dashboard.meetings.none')
        : t('dashboard.schedule.preview.count', { count: meetings.length });

  const showMore = () => {
    const shown = meetings?.length ?? 0;
    // Rendered at once, so that the first meeting shown now can take the focus and be read from;
    // the list does when there was no more to show.
    flushSync(onShowMore);
    const firstNew = listRef.current?.children.item(shown);
    if (firstNew instanceof HTMLElement) firstNew.focus();
    else listRef.current?.focus();
  };

  return (
    <>
      <ScheduleFieldset legend={t('dashboard.group.meetings')}>
        <p className="schedule-editor__status" role="status">
          {[announcement, status].filter(Boolean).join(' ')}
        </p>
        {meetings && meetings.length > 0 ? (
          <ol ref={listRef} tabIndex={-1} className="plain-list schedule-preview">
            {meetings.map((meeting) => {
              const key = meetingRowKey(meeting);
              return (
                <ScheduleMeetingRow
                  key={key}
                  meeting={meeting}
                  durationMinutes={schedule.durationMinutes}
                  now={now}
                  moving={moving === `preview:${key}`}
                  onMoving={(open) => setMoving(open ? `preview:${key}` : null)}
                  onChange={onChange}
                  // The meeting leaves its place in the list: the list keeps the focus.
                  onLeave={() => listRef.current?.focus()}
                />
              );
            })}
          </ol>
        ) : null}
        {meetings && meetings.length > 0 && canShowMore(meetings.length, previewCount) ? (
          <button type="button" className="button button--quiet button--small" onClick={showMore}>
            {t('dashboard.schedule.preview.more')}
          </button>
        ) : null}
        {meetings && meetings.length > 0 ? (
          <ScheduleMeetingOnDate schedule={schedule} now={now} today={today} moving={moving} onMoving={setMoving} onChange={onChange} />
        ) : null}
      </ScheduleFieldset>

      <ScheduleFieldset legend={t('dashboard.schedule.changes')}>
        <p className="field__hint">{t('dashboard.schedule.changes.hint')}</p>
        <ChangeList
          title={t('dashboard.schedule.cancelled')}
          items={schedule.exdates.map((local, index) => ({
            text: say(local),
            problems: problemsAt(`exdates[${index}]`),
            action: t('dashboard.schedule.restore'),
            onAction: () =>
              onChange(({ exdates }) => ({ exdates: exdates.filter((_, at) => at !== index) }), t('dashboard.schedule.announce.restored', { when: say(local) })),
          }))}
        />
        <ChangeList
          title={t('dashboard.schedule.moved')}
          items={schedule.moves.map((each, index) => ({
            text: t('dashboard.schedule.movedTo', { from: say(each.from), to: say(each.to) }),
            problems: problemsAt(`moves[${index}]`),
            action: t('dashboard.schedule.undoMove'),
            onAction: () =>
              onChange(({ moves }) => ({ moves: moves.filter((_, at) => at !== index) }), t('dashboard.schedule.announce.moveUndone', { when: say(each.from) })),
          }))}
        />
        <ChangeList
          title={t('dashboard.schedule.extras')}
          items={schedule.rdates.map((local, index) => ({
            text: say(local),
            problems: problemsAt(`rdates[${index}]`),
            action: t('dashboard.schedule.remove'),
            onAction: () =>
              onChange(({ rdates }) => ({ rdates: rdates.filter((_, at) => at !== index) }), t('dashboard.schedule.announce.extraRemoved', { when: say(local) })),
          }))}
        />
        <ExtraMeetingForm
          startTime={schedule.start.slice(11, 16)}
          onAdd={(local) =>
            onChange(({ rdates }) => ({ rdates: [...new Set([...rdates, local])].sort() }), t('dashboard.schedule.announce.extraAdded', { when: say(local) }))
          }
        />
      </ScheduleFieldset>
    </>
  );
}

interface ChangeItem {
  readonly text: string;
  readonly problems: readonly string[];
  readonly action: string;
  readonly onAction: () => void;
}

/** One kind of change (cancelled, moved, extra meetings) with a button to take each back; nothing when there are none. */
function ChangeList({ title, items }: { readonly title: string; readonly items: readonly ChangeItem[] }) {
  const id = useId();
  if (items.length === 0) return null;
  return (
    <div className="schedule-changes">
      <p className="schedule-changes__title" id={id}>
        {title}
      </p>
      <ul className="plain-list schedule-changes__list" aria-labelledby={id}>
        {items.map((item, index) => {
          const error = problemText(item.problems);
          return (
            // The lists follow the schedule's own order: an entry's place is its identity.
            <li key={index} className="schedule-changes__item">
              <span>{item.text}</span>
              <button type="button" className="button button--quiet button--small" onClick={item.onAction} aria-describedby={error ? `${id}-${index}` : undefined}>
                {item.action}
                <span className="visually-hidden"> {item.text}</span>
              </button>
              {error ? (
                <p className="field__error" id={`${id}-${index}`}>
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A date and a start time for one extra meeting, of the schedule's usual length. */
function ExtraMeetingForm({ startTime, onAdd }: { readonly startTime: string; readonly onAdd: (local: string) => void }) {
  const { t } = useLocale();
  const [date, setDate] = useState('');
  const [time, setTime] = useState(CLOCK.test(startTime) ? startTime : '');
  const [incomplete, setIncomplete] = useState(false);
  return (
    <ScheduleFieldset legend={t('dashboard.schedule.extra.add')} nested error={incomplete ? t('dashboard.schedule.dateAndTime.missing') : undefined}>
      <div className="schedule-editor__row">
        <TextField label={t('dashboard.schedule.extra.date')} name="extraDate" type="date" value={date} onChange={setDate} />
        <TextField label={t('dashboard.schedule.extra.time')} name="extraTime" type="time" value={time} onChange={setTime} />
      </div>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => {
          const complete = LOCAL_DATE.test(date) && CLOCK.test(time);
          setIncomplete(!complete);
          if (!complete) return;
          onAdd(`${date}T${time}`);
          setDate('');
        }}
      >
        {t('dashboard.schedule.extra.submit')}
      </button>
    </ScheduleFieldset>
  );
}
