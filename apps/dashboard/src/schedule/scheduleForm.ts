import {
  InvalidScheduleError,
  WEEKDAYS,
  formatRule,
  parseRule,
  scheduleOutline,
  type Schedule,
  type ScheduleMove,
  type SchedulePause,
  type ScheduleProblem,
  type ScheduleRule,
  type Weekday,
} from '@groupfinder/domain';

/**
 * A schedule as the editor's controls hold it: the shapes volunteers choose from ("every other
 * Tuesday", "the last Tuesday of the month", "the 15th") instead of RRULE text. `toSchedule` writes
 * the rule; `fromSchedule` reads one back, or says that it is too unusual for these controls.
 */
export const PATTERN_KINDS = ['ONCE', 'DAILY', 'WEEKLY', 'MONTHLY_BY_WEEKDAY', 'MONTHLY_BY_DATE'] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];

/** Which weekday of the month: the 1st to 4th, or the last (-1). A 5th exists in some months only. */
export const MONTH_POSITIONS = [1, 2, 3, 4, -1] as const;
export type MonthPosition = (typeof MONTH_POSITIONS)[number];

/** The day of the month a monthly group meets on: 1 to 28 (in every month), or the last day. */
export const LAST_DAY_OF_MONTH = -1;
export const MONTH_DAY_MAX = 28;

export const END_KINDS = ['NEVER', 'COUNT', 'UNTIL'] as const;
export type EndKind = (typeof END_KINDS)[number];

/** The number of meetings offered when a volunteer first chooses "after a number of meetings". */
export const DEFAULT_COUNT = 10;

export interface ScheduleForm {
  readonly kind: PatternKind;
  /** Every `interval` days (DAILY), weeks (WEEKLY) or months (MONTHLY_*). */
  readonly interval: number;
  /** WEEKLY: the days of the week, in week order. */
  readonly weekdays: readonly Weekday[];
  /** MONTHLY_BY_WEEKDAY: which weekday, and which one of the month. */
  readonly weekday: Weekday;
  readonly position: MonthPosition;
  /** MONTHLY_BY_DATE: 1 to 28, or -1 for the last day. */
  readonly monthDay: number;
  /** The first meeting's local date, 'YYYY-MM-DD'. */
  readonly firstDate: string;
  /** Local wall-clock times 'HH:mm'; an end before the start is on the next day. */
  readonly startTime: string;
  readonly endTime: string;
  readonly end: EndKind;
  /** Kept while another end is chosen, so that switching back restores it. */
  readonly count: number;
  /** The last possible meeting date, 'YYYY-MM-DD' (empty until chosen). */
  readonly until: string;
  readonly timeZone: string;
  /** The schedule's exceptions, unchanged by the controls above. */
  readonly exdates: readonly string[];
  readonly rdates: readonly string[];
  readonly moves: readonly ScheduleMove[];
  readonly pauses: readonly SchedulePause[];
}

export type FormReading =
  | { readonly ok: true; readonly form: ScheduleForm }
  /** Too unusual for the form (or unreadable: then `problem` says why); shown in words, read-only. */
  | { readonly ok: false; readonly problem: ScheduleProblem | null };

const MINUTES_PER_DAY = 24 * 60;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The schedule the form describes. */
export function toSchedule(form: ScheduleForm): Schedule {
  return {
    timeZone: form.timeZone,
    start: `${form.firstDate}T${form.startTime}`,
    durationMinutes: minutesBetween(form.startTime, form.endTime),
    rrule: ruleOf(form),
    exdates: [...form.exdates],
    rdates: [...form.rdates],
    moves: form.moves.map((move) => ({ ...move })),
    pauses: form.pauses.map((pause) => ({ ...pause, reason: { ...pause.reason } })),
  };
}

function ruleOf(form: ScheduleForm): string | null {
  if (form.kind === 'ONCE') return null;
  const rule: ScheduleRule = {
    freq: form.kind === 'DAILY' ? 'DAILY' : form.kind === 'WEEKLY' ? 'WEEKLY' : 'MONTHLY',
    interval: form.interval,
    count: form.end === 'COUNT' ? form.count : null,
    // An empty date makes an unreadable rule on purpose: such a schedule cannot be saved.
    until: form.end === 'UNTIL' ? { kind: 'DATE', date: form.until } : null,
    byDay:
      form.kind === 'WEEKLY'
        ? inWeekOrder(form.weekdays).map((weekday) => ({ weekday, position: null }))
        : form.kind === 'MONTHLY_BY_WEEKDAY'
          ? [{ weekday: form.weekday, position: form.position }]
          : [],
    byMonthDay: form.kind === 'MONTHLY_BY_DATE' ? [form.monthDay] : [],
    weekStart: null,
  };
  return formatRule(rule);
}

/**
 * The form for a schedule, read through its outline. Rules the controls cannot show without
 * changing their meaning (several positions or days of the month, a 5th weekday, UNTIL as an
 * instant, a week start that matters, a meeting of 24 hours or more) are not read.
 */
export function fromSchedule(schedule: Schedule): FormReading {
  let outline;
  try {
    outline = scheduleOutline(schedule);
  } catch (error) {
    if (error instanceof InvalidScheduleError) return { ok: false, problem: error.problem };
    throw error;
  }
  const unusual: FormReading = { ok: false, problem: null };
  const { durationMinutes } = schedule;
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes >= MINUTES_PER_DAY) return unusual;
  if (outline.until?.kind === 'INSTANT') return unusual;
  const parsed = schedule.rrule === null ? null : parseRule(schedule.rrule);
  const weekStart = parsed?.ok ? parsed.rule.weekStart : null;
  const { pattern } = outline;
  // WKST changes which weeks count only for every-N-weeks rules on several days.
  if (weekStart && weekStart !== 'MONDAY' && pattern.kind === 'WEEKLY' && pattern.interval > 1 && pattern.weekdays.length > 1) return unusual;

  const base = {
    ...patternDefaults(outline.firstDate),
    kind: pattern.kind,
    interval: 'interval' in pattern ? pattern.interval : 1,
    firstDate: outline.firstDate,
    startTime: outline.startTime,
    endTime: outline.endTime,
    end: outline.count !== null ? 'COUNT' : outline.until ? 'UNTIL' : 'NEVER',
    count: outline.count ?? DEFAULT_COUNT,
    until: outline.until?.kind === 'DATE' ? outline.until.date : '',
    timeZone: schedule.timeZone,
    exdates: [...schedule.exdates],
    rdates: [...schedule.rdates],
    moves: schedule.moves.map((move) => ({ ...move })),
    pauses: schedule.pauses.map((pause) => ({ ...pause, reason: { ...pause.reason } })),
  } satisfies ScheduleForm;

  switch (pattern.kind) {
    case 'ONCE':
    case 'DAILY':
      return { ok: true, form: base };
    case 'WEEKLY':
      return { ok: true, form: { ...base, weekdays: inWeekOrder(pattern.weekdays) } };
    case 'MONTHLY_BY_WEEKDAY': {
      const [position, ...others] = pattern.positions;
      if (position === undefined || position === 5 || others.length > 0) return unusual;
      return { ok: true, form: { ...base, weekday: pattern.weekday, position } };
    }
    case 'MONTHLY_BY_DATE': {
      const [monthDay, ...others] = pattern.days;
      if (monthDay === undefined || others.length > 0) return unusual;
      return { ok: true, form: { ...base, monthDay } };
    }
  }
}

/** What the pattern controls show for a first date before anyone chooses: that date's weekday, its place in the month, its day. */
export function patternDefaults(firstDate: string): Pick<ScheduleForm, 'weekdays' | 'weekday' | 'position' | 'monthDay'> {
  const date = readDate(firstDate);
  if (!date) return { weekdays: ['MONDAY'], weekday: 'MONDAY', position: 1, monthDay: 1 };
  const weekday = weekdayOf(date);
  return {
    weekdays: [weekday],
    weekday,
    position: positionOf(date, 1),
    // The 29th to 31st are not in every month: the last day is what such a date most likely means.
    monthDay: date.day <= MONTH_DAY_MAX ? date.day : LAST_DAY_OF_MONTH,
  };
}

export interface NewFormOptions {
  readonly firstDate: string;
  readonly timeZone: string;
  readonly startTime?: string;
  readonly endTime?: string;
}

/** A weekly schedule on the first date's weekday, 19:00–21:00 unless told, with no exceptions: where a new schedule starts. */
export function newScheduleForm({ firstDate, timeZone, startTime = '19:00', endTime = '21:00' }: NewFormOptions): ScheduleForm {
  return {
    ...patternDefaults(firstDate),
    kind: 'WEEKLY',
    interval: 1,
    firstDate,
    startTime,
    endTime,
    end: 'NEVER',
    count: DEFAULT_COUNT,
    until: '',
    timeZone,
    exdates: [],
    rdates: [],
    moves: [],
    pauses: [],
  };
}

/**
 * A plain weekly form from a schedule the form cannot show, on its first meeting's date and at its
 * times where those can be read, with its exceptions: starting again without any RRULE text.
 */
export function replacementForm(schedule: Schedule, fallbackDate: string): ScheduleForm {
  const [date = '', time = ''] = schedule.start.split('T');
  const firstDate = readDate(date) ? date : fallbackDate;
  const start = clockMinutes(time);
  const { durationMinutes } = schedule;
  const duration = Number.isInteger(durationMinutes) && durationMinutes >= 1 && durationMinutes < MINUTES_PER_DAY ? durationMinutes : 120;
  const times = start === null ? {} : { startTime: time, endTime: clock((start + duration) % MINUTES_PER_DAY) };
  return {
    ...newScheduleForm({ firstDate, timeZone: schedule.timeZone, ...times }),
    exdates: [...schedule.exdates],
    rdates: [...schedule.rdates],
    moves: schedule.moves.map((move) => ({ ...move })),
    pauses: schedule.pauses.map((pause) => ({ ...pause, reason: { ...pause.reason } })),
  };
}

/**
 * The first date on or after the form's first date on which its pattern meets: validateSchedule
 * wants the first meeting to be one of the rule's, so the editor moves it there whenever the
 * pattern changes. A date that cannot be read is left as it is.
 */
export function firstMeetingDate(form: ScheduleForm): string {
  const from = readDate(form.firstDate);
  if (!from) return form.firstDate;
  switch (form.kind) {
    case 'ONCE':
    case 'DAILY':
      return form.firstDate;
    case 'WEEKLY': {
      if (form.weekdays.length === 0) return form.firstDate;
      for (let days = 0; days < 7; days++) {
        const date = addDays(from, days);
        if (form.weekdays.includes(weekdayOf(date))) return writeDate(date);
      }
      return form.firstDate;
    }
    case 'MONTHLY_BY_WEEKDAY':
    case 'MONTHLY_BY_DATE': {
      // This month's meeting day, or next month's when this month's has passed.
      for (let months = 0; months < 2; months++) {
        const { year, month } = addMonths(from, months);
        const date = form.kind === 'MONTHLY_BY_WEEKDAY' ? nthWeekday(year, month, form.weekday, form.position) : monthDayIn(year, month, form.monthDay);
        if (writeDate(date) >= form.firstDate) return writeDate(date);
      }
      return form.firstDate;
    }
  }
}

/** The settings of the pattern controls. */
export type PatternChange = Partial<Pick<ScheduleForm, 'kind' | 'interval' | 'weekdays' | 'weekday' | 'position' | 'monthDay'>>;

/** The form with other pattern settings, its first date moved to the first day they meet on. */
export function withPattern(form: ScheduleForm, change: PatternChange): ScheduleForm {
  // "Every 2 weeks" does not become "every 2 months": a new kind starts from every one.
  const newKind = change.kind !== undefined && change.kind !== form.kind;
  const changed: ScheduleForm = {
    ...form,
    ...change,
    weekdays: inWeekOrder(change.weekdays ?? form.weekdays),
    interval: change.interval ?? (newKind ? 1 : form.interval),
  };
  return withOtherDefaults({ ...changed, firstDate: firstMeetingDate(changed) });
}

/**
 * The form with another first date. A pattern with one choice follows the date, as calendars do
 * (a Wednesday start makes a weekly Tuesday group a Wednesday group); with several weekdays, or a
 * day of the month the date cannot be, the pattern stays and the editor says what does not fit.
 */
export function withFirstDate(form: ScheduleForm, firstDate: string): ScheduleForm {
  const date = readDate(firstDate);
  if (!date) return { ...form, firstDate };
  const weekday = weekdayOf(date);
  switch (form.kind) {
    case 'WEEKLY':
      return withOtherDefaults({ ...form, firstDate, weekdays: form.weekdays.length <= 1 ? [weekday] : form.weekdays });
    case 'MONTHLY_BY_WEEKDAY':
      return withOtherDefaults({ ...form, firstDate, weekday, position: positionOf(date, form.position) });
    case 'MONTHLY_BY_DATE': {
      const isLast = date.day === daysInMonth(date.year, date.month);
      let { monthDay } = form;
      if (isLast && (monthDay === LAST_DAY_OF_MONTH || date.day > MONTH_DAY_MAX)) monthDay = LAST_DAY_OF_MONTH;
      else if (date.day <= MONTH_DAY_MAX) monthDay = date.day;
      return withOtherDefaults({ ...form, firstDate, monthDay });
    }
    default:
      return withOtherDefaults({ ...form, firstDate });
  }
}

/**
 * The settings of the other kinds of pattern as the first date suggests them, as fromSchedule
 * reads them: switching to another kind starts from the first meeting's own weekday and day.
 */
function withOtherDefaults(form: ScheduleForm): ScheduleForm {
  const defaults = patternDefaults(form.firstDate);
  return {
    ...form,
    weekdays: form.kind === 'WEEKLY' ? form.weekdays : defaults.weekdays,
    weekday: form.kind === 'MONTHLY_BY_WEEKDAY' ? form.weekday : defaults.weekday,
    position: form.kind === 'MONTHLY_BY_WEEKDAY' ? form.position : defaults.position,
    monthDay: form.kind === 'MONTHLY_BY_DATE' ? form.monthDay : defaults.monthDay,
  };
}

/**
 * The form with another start time. Cancelled and moved meetings of the rule are named by their
 * start, so those at the old time follow to the new one; extra meetings keep their own times.
 */
export function withStartTime(form: ScheduleForm, startTime: string): ScheduleForm {
  if (!CLOCK.test(startTime) || startTime === form.startTime) return { ...form, startTime };
  const follow = (local: string) => (local.slice(11) === form.startTime ? `${local.slice(0, 11)}${startTime}` : local);
  return {
    ...form,
    startTime,
    exdates: form.exdates.map(follow),
    moves: form.moves.map((move) => ({ ...move, from: follow(move.from) })),
  };
}

/** The form with another end; choosing an end date for the first time offers one three months after the first meeting. */
export function withEnd(form: ScheduleForm, end: EndKind): ScheduleForm {
  if (end !== 'UNTIL' || readDate(form.until)) return { ...form, end };
  const first = readDate(form.firstDate);
  if (!first) return { ...form, end };
  const { year, month } = addMonths(first, 3);
  return { ...form, end, until: writeDate({ year, month, day: Math.min(first.day, daysInMonth(year, month)) }) };
}

/** Minutes from a start to an end time, past midnight when the end is earlier; 0 when either cannot be read or they are equal. */
export function minutesBetween(startTime: string, endTime: string): number {
  const start = clockMinutes(startTime);
  const end = clockMinutes(endTime);
  if (start === null || end === null) return 0;
  return (end - start + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** The form's end date is chosen but empty or not a date. */
export function untilMissing(form: ScheduleForm): boolean {
  return form.kind !== 'ONCE' && form.end === 'UNTIL' && !readDate(form.until);
}

function clockMinutes(time: string): number | null {
  const match = CLOCK.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function inWeekOrder(weekdays: readonly Weekday[]): Weekday[] {
  return WEEKDAYS.filter((weekday) => weekdays.includes(weekday));
}

// Calendar dates without a zone: the arithmetic of the Gregorian calendar through Date.UTC.
interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function readDate(value: string): CalendarDate | null {
  const match = LOCAL_DATE.exec(value);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month) ? date : null;
}

function writeDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function utc({ year, month, day }: CalendarDate): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = utc(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return fromUtc(moved);
}

function addMonths({ year, month }: CalendarDate, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekdayOf(date: CalendarDate): Weekday {
  // getUTCDay counts from Sunday; WEEKDAYS from Monday.
  return WEEKDAYS[(utc(date).getUTCDay() + 6) % 7] as Weekday;
}

/** Which one of its weekday in the month a date is: 1 to 4, or the last; `preferred` decides for a 4th that is also the last. */
function positionOf(date: CalendarDate, preferred: MonthPosition): MonthPosition {
  const ordinal = Math.ceil(date.day / 7);
  if (ordinal >= 5) return -1;
  const isLast = date.day + 7 > daysInMonth(date.year, date.month);
  return isLast && preferred === -1 ? -1 : (ordinal as MonthPosition);
}

function nthWeekday(year: number, month: number, weekday: Weekday, position: MonthPosition): CalendarDate {
  const wanted = WEEKDAYS.indexOf(weekday);
  if (position === -1) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((WEEKDAYS.indexOf(weekdayOf(last)) - wanted + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, (wanted - WEEKDAYS.indexOf(weekdayOf(first)) + 7) % 7 + (position - 1) * 7);
}

function monthDayIn(year: number, month: number, monthDay: number): CalendarDate {
  return { year, month, day: monthDay === LAST_DAY_OF_MONTH ? daysInMonth(year, month) : monthDay };
}
