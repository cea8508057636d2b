import {
  SCHEDULE_LIMITS,
  WEEKDAYS,
  localDateOf,
  nextMeetings,
  validateSchedule,
  type Language,
  type Meeting,
  type Schedule,
  type ScheduleProblem,
  type Weekday,
} from '@groupfinder/domain';
import { describeSchedule, type Locale } from '@groupfinder/translations';
import { useId, useMemo, useState } from 'react';
import { icalendarLines } from '../groups/icalendar';
import { useLocale } from '../i18n/useLocale';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { ScheduleBreaks } from './ScheduleBreaks';
import { ScheduleFieldset } from './ScheduleFieldset';
import { ScheduleMeetings } from './ScheduleMeetings';
import { PREVIEW_STEP, morePreviewCount } from './schedulePreview';
import {
  MONTH_DAY_MAX,
  MONTH_POSITIONS,
  PATTERN_KINDS,
  fromSchedule,
  newScheduleForm,
  replacementForm,
  toSchedule,
  untilMissing,
  withEnd,
  withFirstDate,
  withPattern,
  withStartTime,
  type MonthPosition,
  type PatternKind,
  type ScheduleForm,
} from './scheduleForm';
import { capitalise, problemText, type ChangeExceptions, type ProblemsAt } from './scheduleText';

/** A problem the API found with a schedule, already in the reader's language. */
export interface ScheduleProblemMessage {
  /** Where in the schedule: 'timeZone', 'start', 'rrule', 'exdates[0]', 'moves[1].to', 'pauses[1]'… */
  readonly path: string;
  readonly message: string;
}

export interface ScheduleEditorProps {
  /**
   * The schedule, or null for a group with no fixed time yet (a forming group). Pass back the very
   * object given to onChange: another object is read afresh, and what is half done (an end date
   * still empty, no weekday ticked) is then read as the schedule says it.
   */
  readonly value: Schedule | null;
  readonly onChange: (next: Schedule | null) => void;
  /** The languages the organisation writes in, its default first: a break's reason is asked for in each. */
  readonly languages: readonly Language[];
  /** The time zone of a new schedule. */
  readonly defaultTimeZone: string;
  /** Where the preview starts, and which year need not be written. */
  readonly now: Date;
  /** Problems the API found, shown at the control of their path. */
  readonly problems?: readonly ScheduleProblemMessage[] | undefined;
}

/** The time zones of the countries groups are in; a schedule's other zone is offered beside them. */
export const SCHEDULE_TIME_ZONES: readonly string[] = ['Europe/Copenhagen', 'Europe/Stockholm', 'Europe/Oslo', 'Europe/Warsaw'];

/** Where problems with the end of the rule are shown: the rule's problems are all at 'rrule'. */
const ENDS_PATH = 'rrule:end';
const END_CODES: ReadonlySet<string> = new Set(['RRULE_UNTIL_BEFORE_START', 'RRULE_COUNT_AND_UNTIL']);
const PATTERN_PATHS: ReadonlySet<string> = new Set(['timeZone', 'start', 'durationMinutes', 'rrule', ENDS_PATH]);
const EXCEPTION_PATH = /^((exdates|rdates|pauses)\[\d+\]|moves\[\d+\](\.(from|to))?)$/;
const INTERVAL_KEYS = {
  ONCE: 'dashboard.schedule.interval.DAILY',
  DAILY: 'dashboard.schedule.interval.DAILY',
  WEEKLY: 'dashboard.schedule.interval.WEEKLY',
  MONTHLY_BY_WEEKDAY: 'dashboard.schedule.interval.MONTHLY',
  MONTHLY_BY_DATE: 'dashboard.schedule.interval.MONTHLY',
} as const satisfies Record<PatternKind, string>;
const POSITION_CODES: Readonly<Record<MonthPosition, string>> = { 1: 'FIRST', 2: 'SECOND', 3: 'THIRD', 4: 'FOURTH', [-1]: 'LAST' };

interface EditorState {
  /** The value the form was read from or written to: another value from the caller is read again. */
  readonly source: Schedule | null;
  readonly form: ScheduleForm;
  /** False when the schedule is too unusual for the controls: it is shown in words instead. */
  readonly editable: boolean;
  /** The schedule before "No fixed time yet" was chosen, to come back to. */
  readonly kept: Schedule | null;
}

function stateFor(value: Schedule | null, previous: EditorState | null, fallback: () => ScheduleForm): EditorState {
  const kept = previous?.kept ?? null;
  if (!value) return { source: value, form: previous?.form ?? fallback(), editable: true, kept };
  const reading = fromSchedule(value);
  return reading.ok
    ? { source: value, form: reading.form, editable: true, kept }
    : { source: value, form: previous?.form ?? fallback(), editable: false, kept };
}

/**
 * Edits when a group meets, in the shapes volunteers use ("every other Tuesday", "the last
 * Tuesday of the month"), never as RRULE text: the rule in words and the next meetings change as
 * they choose, single meetings are cancelled or moved from that list, and breaks get a reason in
 * each of the organisation's languages. A rule too unusual for the controls is shown in words and
 * kept until replaced; the iCalendar lines are there, read-only, for experts.
 */
export function ScheduleEditor({ value, onChange, languages, defaultTimeZone, now, problems = [] }: ScheduleEditorProps) {
  const { t, locale } = useLocale();
  const id = useId();
  const newForm = () => newScheduleForm({ firstDate: todayIn(now, defaultTimeZone), timeZone: defaultTimeZone });
  const [state, setState] = useState(() => stateFor(value, null, newForm));
  const [announcement, setAnnouncement] = useState('');
  const [previewCount, setPreviewCount] = useState(PREVIEW_STEP);
  let current = state;
  if (state.source !== value) {
    // A value from outside (a reset, a reload after saving): read it again.
    current = stateFor(value, state, newForm);
    setState(current);
  }

  const view = useMemo(() => (value ? inspect(value, locale, now, previewCount) : null), [value, locale, now, previewCount]);

  const commitSchedule = (next: Schedule, form: ScheduleForm, editable: boolean, said = '') => {
    setState({ source: next, form, editable, kept: current.kept });
    setAnnouncement(said);
    onChange(next);
  };
  const commit = (form: ScheduleForm, said = '') => commitSchedule(toSchedule(form), form, true, said);
  const changeExceptions: ChangeExceptions = (change, said) => {
    if (!value) return;
    if (current.editable) commit({ ...current.form, ...change(toSchedule(current.form)) }, said);
    else commitSchedule({ ...value, ...change(value) }, current.form, false, said);
  };

  const chooseFixed = (fixed: boolean) => {
    if (fixed === (value !== null)) return;
    if (fixed) {
      const back = current.kept ?? toSchedule(current.form);
      setState({ ...stateFor(back, current, newForm), kept: null });
      setAnnouncement('');
      onChange(back);
    } else {
      setState({ ...current, source: null, kept: value });
      onChange(null);
    }
  };

  // Every problem, the editor's own (validateSchedule) and the API's, at the place it is shown.
  const shown: ScheduleProblemMessage[] = [];
  const form = current.form;
  for (const problem of view?.problems ?? []) {
    // An end date still to be chosen makes the rule unreadable; the date field says so in plain words.
    if (problem.code === 'RRULE_UNPARSABLE' && current.editable && untilMissing(form)) continue;
    shown.push({ path: placeOf(problem), message: t(`scheduleProblem.${problem.code}`, { max: SCHEDULE_LIMITS.exceptionsMax }) });
  }
  shown.push(...problems);
  const problemsAt: ProblemsAt = (path) => unique(shown.filter((each) => each.path === path || each.path.startsWith(`${path}.`)).map((each) => each.message));
  // What no control shows: the schedule as a whole, pattern problems of a read-only schedule, items that are not there.
  const shownAtControl = (path: string) => (EXCEPTION_PATH.test(path) ? value !== null && itemExists(value, path) : current.editable && PATTERN_PATHS.has(path));
  const elsewhere = unique(shown.filter((each) => !shownAtControl(each.path)).map((each) => each.message));

  return (
    <div className="schedule-editor">
      <ScheduleFieldset legend={t('dashboard.schedule.title')}>
        <Choice type="radio" name={`${id}-fixed`} checked={value !== null} onChange={() => chooseFixed(true)} label={t('dashboard.schedule.fixed')} />
        <Choice
          type="radio"
          name={`${id}-fixed`}
          checked={value === null}
          onChange={() => chooseFixed(false)}
          label={t('dashboard.schedule.notFixed')}
          hint={t('dashboard.schedule.notFixed.hint')}
        />
      </ScheduleFieldset>

      {value && view ? (
        <>
          {elsewhere.length > 0 ? (
            <div className="form-alert" role="alert">
              {elsewhere.map((message) => (
                <p className="schedule-editor__problem" key={message}>
                  {message}
                </p>
              ))}
            </div>
          ) : null}

          {current.editable ? (
            <PatternControls form={form} onForm={commit} problemsAt={problemsAt} locale={locale} />
          ) : (
            <div className="notice notice--warning schedule-editor__unusual">
              <p>{t('dashboard.schedule.unusual')}</p>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => commit(replacementForm(value, todayIn(now, defaultTimeZone)))}
              >
                {t('dashboard.schedule.unusual.replace')}
              </button>
            </div>
          )}

          <div className="schedule-editor__words">
            <p className="schedule-editor__words-label">{t('dashboard.schedule.inWords')}</p>
            <p className="details__lead" aria-live="polite">
              {view.summary ?? t('dashboard.schedule.unreadable')}
            </p>
          </div>

          <ScheduleMeetings
            schedule={value}
            meetings={view.meetings}
            previewCount={previewCount}
            onShowMore={() => setPreviewCount(morePreviewCount(previewCount))}
            now={now}
            today={todayIn(now, value.timeZone)}
            problemsAt={problemsAt}
            announcement={announcement}
            onChange={changeExceptions}
          />
          <ScheduleBreaks pauses={value.pauses} languages={languages} today={todayIn(now, value.timeZone)} problemsAt={problemsAt} onChange={changeExceptions} />

          <details className="schedule-editor__raw">
            <summary>{t('dashboard.schedule.raw')}</summary>
            <p className="field__hint">{t('dashboard.schedule.raw.hint')}</p>
            <code className="icalendar">
              {icalendarLines(value).map((line, index) => (
                // The lines are fixed for a schedule: their place is their identity.
                <span className="line" key={index}>
                  {line}
                </span>
              ))}
            </code>
          </details>
        </>
      ) : null}
    </div>
  );
}

interface PatternControlsProps {
  readonly form: ScheduleForm;
  readonly onForm: (form: ScheduleForm) => void;
  readonly problemsAt: ProblemsAt;
  readonly locale: Locale;
}

/** How often, on which days, at what time, until when: everything that makes the rule. */
function PatternControls({ form, onForm, problemsAt, locale }: PatternControlsProps) {
  const { t } = useLocale();
  const id = useId();
  const dayName = (weekday: Weekday) => capitalise(t(`weekday.${weekday}`), locale);
  const zones = SCHEDULE_TIME_ZONES.includes(form.timeZone) ? SCHEDULE_TIME_ZONES : [...SCHEDULE_TIME_ZONES, form.timeZone];
  const endsNextDay = /^\d{2}:\d{2}$/.test(form.startTime) && /^\d{2}:\d{2}$/.test(form.endTime) && form.endTime < form.startTime;

  return (
    <>
      <ScheduleFieldset legend={t('dashboard.schedule.pattern')} error={problemText(problemsAt('rrule'))}>
        <SelectField
          label={t('dashboard.schedule.kind')}
          name="scheduleKind"
          value={form.kind}
          options={PATTERN_KINDS.map((kind) => ({ value: kind, label: t(`dashboard.schedule.kind.${kind}`) }))}
          onChange={(kind) => onForm(withPattern(form, { kind: PATTERN_KINDS.find((each) => each === kind) ?? form.kind }))}
        />
        {form.kind === 'ONCE' ? null : (
          <SelectField
            label={t('dashboard.schedule.interval')}
            name="scheduleInterval"
            value={String(form.interval)}
            options={intervalChoices(form.kind, form.interval).map((interval) => ({
              value: String(interval),
              label: t(INTERVAL_KEYS[form.kind], { interval }),
            }))}
            onChange={(interval) => onForm(withPattern(form, { interval: Number(interval) }))}
          />
        )}
        {form.kind === 'WEEKLY' ? (
          <ScheduleFieldset legend={t('dashboard.schedule.weekdays')} nested error={form.weekdays.length === 0 ? t('dashboard.schedule.weekdays.none') : undefined}>
            <div className="schedule-editor__days">
              {WEEKDAYS.map((weekday) => (
                <Choice
                  key={weekday}
                  type="checkbox"
                  name={`${id}-weekdays`}
                  checked={form.weekdays.includes(weekday)}
                  onChange={(checked) =>
                    onForm(withPattern(form, { weekdays: checked ? [...form.weekdays, weekday] : form.weekdays.filter((each) => each !== weekday) }))
                  }
                  label={dayName(weekday)}
                />
              ))}
            </div>
          </ScheduleFieldset>
        ) : null}
        {form.kind === 'MONTHLY_BY_WEEKDAY' ? (
          <div className="schedule-editor__row">
            <SelectField
              label={t('dashboard.schedule.weekday')}
              name="scheduleWeekday"
              value={form.weekday}
              options={WEEKDAYS.map((weekday) => ({ value: weekday, label: dayName(weekday) }))}
              onChange={(weekday) => onForm(withPattern(form, { weekday: WEEKDAYS.find((each) => each === weekday) ?? form.weekday }))}
            />
            <SelectField
              label={t('dashboard.schedule.position')}
              name="schedulePosition"
              value={String(form.position)}
              options={MONTH_POSITIONS.map((position) => ({
                value: String(position),
                label: t('dashboard.schedule.position.option', { position: POSITION_CODES[position], weekday: form.weekday, day: t(`weekday.${form.weekday}`) }),
              }))}
              onChange={(position) => onForm(withPattern(form, { position: MONTH_POSITIONS.find((each) => String(each) === position) ?? form.position }))}
            />
          </div>
        ) : null}
        {form.kind === 'MONTHLY_BY_DATE' ? (
          <SelectField
            label={t('dashboard.schedule.monthDay')}
            name="scheduleMonthDay"
            value={String(form.monthDay)}
            options={[
              ...Array.from({ length: MONTH_DAY_MAX }, (_, index) => ({ value: String(index + 1), label: t('schedule.monthDay', { day: index + 1 }) })),
              { value: '-1', label: t('dashboard.schedule.monthDay.last') },
            ]}
            onChange={(monthDay) => onForm(withPattern(form, { monthDay: Number(monthDay) }))}
          />
        ) : null}
      </ScheduleFieldset>

      <ScheduleFieldset legend={t('dashboard.schedule.time')}>
        <TextField
          label={form.kind === 'ONCE' ? t('dashboard.schedule.date') : t('dashboard.schedule.firstDate')}
          name="scheduleFirstDate"
          type="date"
          required
          value={form.firstDate}
          onChange={(firstDate) => onForm(withFirstDate(form, firstDate))}
          hint={form.kind === 'ONCE' ? undefined : t('dashboard.schedule.firstDate.hint')}
          error={problemText(problemsAt('start'))}
        />
        <div className="schedule-editor__row">
          <TextField
            label={t('dashboard.schedule.startTime')}
            name="scheduleStartTime"
            type="time"
            required
            value={form.startTime}
            onChange={(startTime) => onForm(withStartTime(form, startTime))}
          />
          <TextField
            label={t('dashboard.schedule.endTime')}
            name="scheduleEndTime"
            type="time"
            required
            value={form.endTime}
            onChange={(endTime) => onForm({ ...form, endTime })}
            hint={endsNextDay ? t('dashboard.schedule.endTime.nextDay') : undefined}
            error={problemText(problemsAt('durationMinutes'))}
          />
        </div>
        <SelectField
          label={t('dashboard.group.timeZone')}
          name="scheduleTimeZone"
          value={form.timeZone}
          options={zones.map((zone) => ({ value: zone, label: zone }))}
          onChange={(timeZone) => onForm({ ...form, timeZone })}
          hint={t('dashboard.schedule.timeZone.hint')}
          error={problemText(problemsAt('timeZone'))}
        />
      </ScheduleFieldset>

      {form.kind === 'ONCE' ? null : (
        <ScheduleFieldset legend={t('dashboard.schedule.ends')} error={problemText(problemsAt(ENDS_PATH))}>
          <Choice type="radio" name={`${id}-end`} checked={form.end === 'NEVER'} onChange={() => onForm(withEnd(form, 'NEVER'))} label={t('dashboard.schedule.ends.NEVER')} />
          <Choice type="radio" name={`${id}-end`} checked={form.end === 'COUNT'} onChange={() => onForm(withEnd(form, 'COUNT'))} label={t('dashboard.schedule.ends.COUNT')} />
          {form.end === 'COUNT' ? <CountField count={form.count} onCount={(count) => onForm({ ...form, count })} /> : null}
          <Choice type="radio" name={`${id}-end`} checked={form.end === 'UNTIL'} onChange={() => onForm(withEnd(form, 'UNTIL'))} label={t('dashboard.schedule.ends.UNTIL')} />
          {form.end === 'UNTIL' ? (
            <TextField
              label={t('dashboard.schedule.until')}
              name="scheduleUntil"
              type="date"
              required
              min={form.firstDate}
              value={form.until}
              onChange={(until) => onForm({ ...form, until })}
              hint={t('dashboard.schedule.until.hint')}
              error={untilMissing(form) ? t('dashboard.schedule.until.missing') : undefined}
            />
          ) : null}
        </ScheduleFieldset>
      )}
    </>
  );
}

interface ChoiceProps {
  readonly type: 'radio' | 'checkbox';
  readonly name: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly label: string;
  readonly hint?: string;
}

/** A radio button or checkbox with its label beside it, and a hint read with it. */
function Choice({ type, name, checked, onChange, label, hint }: ChoiceProps) {
  const id = useId();
  return (
    <div className="schedule-editor__choice">
      <input
        id={id}
        type={type}
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The number of meetings, typed. What is typed stays in the field while it is not a number the
 * rule can take (an empty field, "0"), with a message; the schedule keeps the last good number.
 */
function CountField({ count, onCount }: { readonly count: number; readonly onCount: (count: number) => void }) {
  const { t } = useLocale();
  const [draft, setDraft] = useState({ text: String(count), count });
  // A count changed from outside replaces what was typed.
  const text = draft.count === count ? draft.text : String(count);
  const typed = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  const valid = typed >= 1 && typed <= SCHEDULE_LIMITS.countMax;
  return (
    <TextField
      label={t('dashboard.schedule.count')}
      name="scheduleCount"
      type="number"
      inputMode="numeric"
      required
      min={1}
      max={SCHEDULE_LIMITS.countMax}
      value={text}
      onChange={(next) => {
        const number = /^\d+$/.test(next.trim()) ? Number(next) : NaN;
        const ok = number >= 1 && number <= SCHEDULE_LIMITS.countMax;
        setDraft({ text: next, count: ok ? number : count });
        if (ok && number !== count) onCount(number);
      }}
      hint={t('dashboard.schedule.count.hint')}
      error={valid ? undefined : t('dashboard.schedule.count.invalid', { max: SCHEDULE_LIMITS.countMax })}
    />
  );
}

interface ScheduleView {
  readonly problems: readonly ScheduleProblem[];
  /** Null when the schedule cannot be expanded (see validateSchedule). */
  readonly meetings: readonly Meeting[] | null;
  readonly summary: string | null;
}

/** What the editor shows of a schedule; never throws, whatever a volunteer has typed so far. */
function inspect(schedule: Schedule, locale: Locale, now: Date, previewCount: number): ScheduleView {
  let meetings: Meeting[] | null = null;
  let summary: string | null = null;
  try {
    meetings = nextMeetings(schedule, { from: now, count: previewCount });
  } catch {
    // InvalidScheduleError (or a date the calendar cannot hold): the problems say why.
  }
  try {
    summary = describeSchedule(schedule, locale, { now });
  } catch {
    // As above: no words for a schedule that cannot be read.
  }
  return { problems: validateSchedule(schedule), meetings, summary };
}

/** The item an exception path names ('pauses[1]', 'moves[0].to') is in the schedule. */
function itemExists(schedule: Schedule, path: string): boolean {
  const match = /^(exdates|rdates|moves|pauses)\[(\d+)\]/.exec(path);
  return !!match && Number(match[2]) < schedule[match[1] as 'exdates' | 'rdates' | 'moves' | 'pauses'].length;
}

function placeOf(problem: ScheduleProblem): string {
  return problem.path === 'rrule' && END_CODES.has(problem.code) ? ENDS_PATH : problem.path;
}

/** Every N: up to 6 days (a week is the weekly pattern), 12 weeks or months; an interval already chosen beyond them too. */
function intervalChoices(kind: PatternKind, interval: number): number[] {
  const choices = Array.from({ length: kind === 'DAILY' ? 6 : 12 }, (_, index) => index + 1);
  return choices.includes(interval) ? choices : [...choices, interval].sort((a, b) => a - b);
}

/** Today in a time zone; in UTC when the zone cannot be read. */
function todayIn(now: Date, timeZone: string): string {
  try {
    return localDateOf(now, timeZone);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

function unique(messages: readonly string[]): string[] {
  return [...new Set(messages)];
}
