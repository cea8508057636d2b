import type { Language, SchedulePause } from '@groupfinder/domain';
import { useRef, useState } from 'react';
import { useLocale } from '../i18n/useLocale';
import { TextField } from '../ui/TextField';
import { ScheduleFieldset } from './ScheduleFieldset';
import { capitalise, problemText, type ChangeExceptions, type ProblemsAt } from './scheduleText';

export interface ScheduleBreaksProps {
  readonly pauses: readonly SchedulePause[];
  /** The organisation's languages, its default first: one reason field each. */
  readonly languages: readonly Language[];
  /** Today in the group's time zone, 'YYYY-MM-DD': where a new break starts. */
  readonly today: string;
  readonly problemsAt: ProblemsAt;
  readonly onChange: ChangeExceptions;
}

/** How long a new break lasts before anyone changes it: two weeks. */
const NEW_BREAK_DAYS = 14;

/** Breaks (a summer holiday): first and last day without meetings, and why, in each of the organisation's languages. */
export function ScheduleBreaks({ pauses, languages, today, problemsAt, onChange }: ScheduleBreaksProps) {
  const { t, locale } = useLocale();
  // The break just added takes the focus; after a removal, the add button does.
  const [added, setAdded] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const change = (index: number, pause: SchedulePause) => onChange(({ pauses: current }) => ({ pauses: current.map((each, at) => (at === index ? pause : each)) }), '');

  return (
    <ScheduleFieldset legend={t('dashboard.group.pauses')}>
      <p className="field__hint">{t('dashboard.schedule.breaks.hint')}</p>
      {pauses.map((pause, index) => {
        const number = index + 1;
        return (
          // A break has no identity of its own but its place in the list.
          <ScheduleFieldset key={index} legend={t('dashboard.schedule.break', { number })} nested error={problemText(problemsAt(`pauses[${index}]`))}>
            <div className="schedule-editor__row">
              <TextField
                label={t('dashboard.schedule.break.from')}
                name={`pauseFrom${index}`}
                type="date"
                required
                autoFocus={added === index}
                value={pause.from}
                onChange={(from) => change(index, { ...pause, from })}
              />
              <TextField
                label={t('dashboard.schedule.break.until')}
                name={`pauseUntil${index}`}
                type="date"
                required
                min={pause.from}
                value={pause.until}
                onChange={(until) => change(index, { ...pause, until })}
              />
            </div>
            {languages.length > 0 ? (
              <ScheduleFieldset legend={t('dashboard.schedule.break.reason')} nested>
                <div className="schedule-editor__languages">
                  {languages.map((language) => (
                    <TextField
                      key={language}
                      label={capitalise(t(`language.${language}`), locale)}
                      name={`pauseReason${index}${language}`}
                      lang={language}
                      value={pause.reason[language] ?? ''}
                      onChange={(text) => {
                        const reason = { ...pause.reason, [language]: text };
                        // An empty text is no text: the visitor sees the reason in another language, or none.
                        if (text.trim() === '') delete reason[language];
                        change(index, { ...pause, reason });
                      }}
                    />
                  ))}
                </div>
              </ScheduleFieldset>
            ) : null}
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                onChange(({ pauses: current }) => ({ pauses: current.filter((_, at) => at !== index) }), t('dashboard.schedule.announce.breakRemoved', { number }));
                setAdded(null);
                addButton.current?.focus();
              }}
            >
              {t('dashboard.schedule.break.remove')}
              <span className="visually-hidden"> {number}</span>
            </button>
          </ScheduleFieldset>
        );
      })}
      <button
        ref={addButton}
        type="button"
        className="button button--quiet button--small"
        onClick={() => {
          const until = addDays(today, NEW_BREAK_DAYS - 1);
          onChange(
            ({ pauses: current }) => ({ pauses: [...current, { from: today, until, reason: {} }] }),
            t('dashboard.schedule.announce.breakAdded', { number: pauses.length + 1 }),
          );
          setAdded(pauses.length);
        }}
      >
        {t('dashboard.schedule.break.add')}
      </button>
    </ScheduleFieldset>
  );
}

/** A calendar date some days later, 'YYYY-MM-DD'; the date as it is when it cannot be read. */
function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? date : new Date(time + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
