import { WEEKDAYS, nextMeetings, validateSchedule, type Schedule, type Weekday } from '@groupfinder/domain';
import { describeSchedule } from '@groupfinder/translations';
import fc from 'fast-check';
import {
  DEFAULT_COUNT,
  MONTH_POSITIONS,
  firstMeetingDate,
  fromSchedule,
  minutesBetween,
  newScheduleForm,
  patternDefaults,
  replacementForm,
  toSchedule,
  untilMissing,
  withEnd,
  withFirstDate,
  withPattern,
  withStartTime,
  type ScheduleForm,
} from './scheduleForm';

const now = new Date('2026-01-15T09:00:00Z');
const timeZone = 'Europe/Copenhagen';
// Tuesday 3 February 2026.
const tuesday = newScheduleForm({ firstDate: '2026-02-03', timeZone });

function schedule(change: Partial<Schedule>): Schedule {
  return { timeZone, start: '2026-02-03T19:00', durationMinutes: 120, rrule: null, exdates: [], rdates: [], moves: [], pauses: [], ...change };
}

function readBack(form: ScheduleForm): ScheduleForm {
  const reading = fromSchedule(toSchedule(form));
  if (!reading.ok) throw new Error('The form could not read its own schedule');
  return reading.form;
}

/** The local dates of the next meetings, as a volunteer checks them in the preview. */
function meetingDates(form: ScheduleForm, count = 3): string[] {
  return nextMeetings(toSchedule(form), { from: now, count }).map((meeting) => meeting.start.slice(0, 10));
}

describe('toSchedule and fromSchedule', () => {
  it('writes "every 14 days on Tuesday" as a weekly rule every 2 weeks, and reads it back', () => {
    const form = withPattern(tuesday, { interval: 2 });
    const written = toSchedule(form);
    expect(written).toMatchObject({ start: '2026-02-03T19:00', durationMinutes: 120, rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' });
    expect(validateSchedule(written)).toEqual([]);
    expect(describeSchedule(written, 'en', { now })).toBe('Every other Tuesday, 19:00–21:00, from 3 February');
    expect(meetingDates(form)).toEqual(['2026-02-03', '2026-02-17', '2026-03-03']);
    expect(readBack(form)).toEqual(form);
  });

  it('writes "the last Tuesday of the month"', () => {
    const form = withPattern(tuesday, { kind: 'MONTHLY_BY_WEEKDAY', weekday: 'TUESDAY', position: -1 });
    expect(toSchedule(form)).toMatchObject({ start: '2026-02-24T19:00', rrule: 'FREQ=MONTHLY;BYDAY=-1TU' });
    expect(validateSchedule(toSchedule(form))).toEqual([]);
    expect(meetingDates(form)).toEqual(['2026-02-24', '2026-03-31', '2026-04-28']);
    expect(readBack(form)).toEqual(form);
  });

  it('writes "the 15th of the month"', () => {
    const form = withPattern(tuesday, { kind: 'MONTHLY_BY_DATE', monthDay: 15 });
    expect(toSchedule(form)).toMatchObject({ start: '2026-02-15T19:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' });
    expect(describeSchedule(toSchedule(form), 'en', { now })).toBe('Monthly on the 15th, 19:00–21:00, from 15 February');
    expect(readBack(form)).toEqual(form);
  });

  it('writes "10 sessions" as a count', () => {
    const form = withEnd(tuesday, 'COUNT');
    expect(toSchedule(form).rrule).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=10');
    expect(nextMeetings(toSchedule(form), { from: now, count: 20 })).toHaveLength(10);
    expect(readBack(form)).toEqual(form);
  });

  it('writes "until 30 June 2027" as a date, that last day included', () => {
    const form = { ...withEnd(tuesday, 'UNTIL'), until: '2027-06-29' };
    expect(toSchedule(form).rrule).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629');
    expect(nextMeetings(toSchedule(form), { from: new Date('2027-06-20T00:00:00Z'), count: 5 }).map((meeting) => meeting.start)).toEqual([
      '2027-06-22T19:00:00+02:00',
      '2027-06-29T19:00:00+02:00',
    ]);
    const untilJune30 = { ...form, until: '2027-06-30' };
    expect(toSchedule(untilJune30).rrule).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630');
    expect(readBack(untilJune30)).toEqual(untilJune30);
  });

  it('writes daily and every-few-days schedules', () => {
    const daily = withPattern(tuesday, { kind: 'DAILY' });
    expect(toSchedule(daily).rrule).toBe('FREQ=DAILY');
    expect(meetingDates(daily)).toEqual(['2026-02-03', '2026-02-04', '2026-02-05']);
    expect(readBack(daily)).toEqual(daily);
    const everyThirdDay = withPattern(daily, { interval: 3 });
    expect(toSchedule(everyThirdDay).rrule).toBe('FREQ=DAILY;INTERVAL=3');
    expect(readBack(everyThirdDay)).toEqual(everyThirdDay);
  });

  it('writes a single meeting without a rule', () => {
    const once = withPattern(tuesday, { kind: 'ONCE' });
    expect(toSchedule(once)).toMatchObject({ start: '2026-02-03T19:00', rrule: null });
    expect(readBack(once)).toEqual(once);
  });

  it('writes several weekdays in week order', () => {
    const form = withPattern(tuesday, { weekdays: ['THURSDAY', 'MONDAY'] });
    expect(toSchedule(form).rrule).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
    expect(form.firstDate).toBe('2026-02-05');
    expect(readBack(form)).toEqual(form);
  });

  it('keeps the exceptions as they are', () => {
    const form: ScheduleForm = {
      ...tuesday,
      exdates: ['2026-02-10T19:00'],
      rdates: ['2026-02-12T19:00'],
      moves: [{ from: '2026-02-17T19:00', to: '2026-02-18T18:00' }],
      pauses: [{ from: '2026-07-01', until: '2026-08-10', reason: { da: 'Sommerferie', en: 'Summer break' } }],
    };
    expect(toSchedule(form)).toMatchObject({ exdates: form.exdates, rdates: form.rdates, moves: form.moves, pauses: form.pauses });
    expect(validateSchedule(toSchedule(form))).toEqual([]);
    expect(readBack(form)).toEqual(form);
  });

  it('reads a meeting that ends after midnight', () => {
    const late = { ...tuesday, startTime: '23:30', endTime: '01:00' };
    expect(toSchedule(late).durationMinutes).toBe(90);
    expect(readBack(late)).toEqual(late);
  });

  it('reads the rules a volunteer could not have chosen as too unusual, and unreadable ones with their problem', () => {
    const unusual = [
      'FREQ=MONTHLY;BYDAY=1TU,3TU',
      'FREQ=MONTHLY;BYDAY=5TU',
      'FREQ=MONTHLY;BYMONTHDAY=1,15',
      'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T225959Z',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU',
    ];
    for (const rrule of unusual) expect(fromSchedule(schedule({ rrule }))).toEqual({ ok: false, problem: null });
    expect(fromSchedule(schedule({ durationMinutes: 24 * 60 }))).toEqual({ ok: false, problem: null });
    expect(fromSchedule(schedule({ rrule: 'FREQ=YEARLY' }))).toEqual({ ok: false, problem: { code: 'RRULE_UNSUPPORTED', path: 'rrule' } });
    expect(fromSchedule(schedule({ start: 'soon' }))).toEqual({ ok: false, problem: { code: 'START_INVALID', path: 'start' } });
  });

  it('reads rules that say the same in other words', () => {
    const read = (rrule: string) => {
      const reading = fromSchedule(schedule({ rrule }));
      return reading.ok ? toSchedule(reading.form).rrule : null;
    };
    expect(read('FREQ=WEEKLY')).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(read('FREQ=DAILY;INTERVAL=14')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
    expect(read('FREQ=WEEKLY;BYDAY=TU;WKST=SU')).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(read('freq=monthly;bymonthday=-1')).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
  });

  it('round-trips every form the controls can make', () => {
    const weekday = fc.constantFrom<Weekday>(...WEEKDAYS);
    // The controls keep the days in week order, as the checkboxes show them.
    const weekdays = fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }).map((days) => WEEKDAYS.filter((day) => days.includes(day)));
    const pattern = fc.oneof(
      fc.constant({ kind: 'ONCE' as const, interval: 1 }),
      // Every 7 days is read back as every week: the same meetings, said as people say them.
      fc.record({ kind: fc.constant('DAILY' as const), interval: fc.integer({ min: 1, max: 99 }).filter((days) => days % 7 !== 0) }),
      fc.record({ kind: fc.constant('WEEKLY' as const), interval: fc.integer({ min: 1, max: 99 }), weekdays: weekdays }),
      fc.record({ kind: fc.constant('MONTHLY_BY_WEEKDAY' as const), interval: fc.integer({ min: 1, max: 99 }), weekday, position: fc.constantFrom(...MONTH_POSITIONS) }),
      fc.record({
        kind: fc.constant('MONTHLY_BY_DATE' as const),
        interval: fc.integer({ min: 1, max: 99 }),
        monthDay: fc.constantFrom(-1, ...Array.from({ length: 28 }, (_, day) => day + 1)),
      }),
    );
    const date = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10));
    const clock = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
    const end = fc.oneof(
      fc.constant({ end: 'NEVER' as const }),
      fc.record({ end: fc.constant('COUNT' as const), count: fc.integer({ min: 1, max: 1000 }) }),
      fc.record({ end: fc.constant('UNTIL' as const), until: date }),
    );

    fc.assert(
      fc.property(pattern, date, clock, clock, end, fc.constantFrom('Europe/Copenhagen', 'Europe/Warsaw', 'America/New_York'), (chosen, day, startTime, endTime, ending, zone) => {
        fc.pre(startTime !== endTime);
        // What the controls make: a form whose first date the pattern has moved onto its first meeting.
        const picked = withPattern({ ...newScheduleForm({ firstDate: day, timeZone: zone }), startTime, endTime }, chosen);
        const form: ScheduleForm = { ...picked, ...patternDefaults(picked.firstDate), ...chosen, ...(chosen.kind === 'ONCE' ? {} : ending) };
        expect(readBack(form)).toEqual(form);
      }),
    );
  });
});

describe('firstMeetingDate', () => {
  it('moves the first date to the first matching day on or after it', () => {
    expect(firstMeetingDate({ ...tuesday, weekdays: ['TUESDAY'] })).toBe('2026-02-03');
    expect(firstMeetingDate({ ...tuesday, weekdays: ['MONDAY'] })).toBe('2026-02-09');
    expect(firstMeetingDate({ ...tuesday, weekdays: ['SATURDAY', 'MONDAY'] })).toBe('2026-02-07');
    expect(firstMeetingDate({ ...tuesday, kind: 'MONTHLY_BY_WEEKDAY', weekday: 'TUESDAY', position: 1 })).toBe('2026-02-03');
    expect(firstMeetingDate({ ...tuesday, kind: 'MONTHLY_BY_WEEKDAY', weekday: 'MONDAY', position: 1 })).toBe('2026-03-02');
    expect(firstMeetingDate({ ...tuesday, kind: 'MONTHLY_BY_WEEKDAY', weekday: 'FRIDAY', position: -1 })).toBe('2026-02-27');
    expect(firstMeetingDate({ ...tuesday, kind: 'MONTHLY_BY_DATE', monthDay: 1 })).toBe('2026-03-01');
    expect(firstMeetingDate({ ...tuesday, kind: 'MONTHLY_BY_DATE', monthDay: -1 })).toBe('2026-02-28');
    expect(firstMeetingDate({ ...tuesday, kind: 'DAILY' })).toBe('2026-02-03');
    expect(firstMeetingDate({ ...tuesday, kind: 'ONCE' })).toBe('2026-02-03');
  });

  it('crosses the year and finds the last weekday of a month with five of them', () => {
    const december = { ...tuesday, firstDate: '2026-12-30' };
    expect(firstMeetingDate({ ...december, kind: 'MONTHLY_BY_WEEKDAY', weekday: 'MONDAY', position: 2 })).toBe('2027-01-11');
    expect(firstMeetingDate({ ...december, kind: 'MONTHLY_BY_WEEKDAY', weekday: 'THURSDAY', position: -1 })).toBe('2026-12-31');
    expect(firstMeetingDate({ ...december, kind: 'MONTHLY_BY_DATE', monthDay: 15 })).toBe('2027-01-15');
  });

  it('gives a first date that validateSchedule accepts, whatever the pattern', () => {
    const weekday = fc.constantFrom<Weekday>(...WEEKDAYS);
    const date = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10));
    const pattern = fc.oneof(
      fc.record({ kind: fc.constant('WEEKLY' as const), weekdays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }) }),
      fc.record({ kind: fc.constant('MONTHLY_BY_WEEKDAY' as const), weekday, position: fc.constantFrom(...MONTH_POSITIONS) }),
      fc.record({ kind: fc.constant('MONTHLY_BY_DATE' as const), monthDay: fc.constantFrom(-1, 1, 15, 28) }),
    );
    fc.assert(
      fc.property(date, pattern, (day, chosen) => {
        const form = withPattern(newScheduleForm({ firstDate: day, timeZone }), chosen);
        expect(form.firstDate >= day).toBe(true);
        expect(validateSchedule(toSchedule(form))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('editing', () => {
  it('starts a new kind of pattern from every one, not from the old interval', () => {
    const everyOtherWeek = withPattern(tuesday, { interval: 2 });
    expect(withPattern(everyOtherWeek, { kind: 'MONTHLY_BY_DATE' }).interval).toBe(1);
    expect(withPattern(everyOtherWeek, { weekdays: ['TUESDAY', 'FRIDAY'] }).interval).toBe(2);
  });

  it('lets a single weekday or a monthly pattern follow a new first date', () => {
    expect(withFirstDate(tuesday, '2026-02-11').weekdays).toEqual(['WEDNESDAY']);
    const twoDays = withPattern(tuesday, { weekdays: ['TUESDAY', 'THURSDAY'] });
    expect(withFirstDate(twoDays, '2026-02-11').weekdays).toEqual(['TUESDAY', 'THURSDAY']);
    const monthly = withPattern(tuesday, { kind: 'MONTHLY_BY_WEEKDAY' });
    expect(withFirstDate(monthly, '2026-02-19')).toMatchObject({ weekday: 'THURSDAY', position: 3 });
    // 26 February 2026 is both the 4th and the last Thursday: the choice already made decides.
    expect(withFirstDate(monthly, '2026-02-26')).toMatchObject({ weekday: 'THURSDAY', position: 4 });
    expect(withFirstDate({ ...monthly, position: -1 }, '2026-02-26')).toMatchObject({ weekday: 'THURSDAY', position: -1 });
    const byDate = withPattern(tuesday, { kind: 'MONTHLY_BY_DATE', monthDay: 15 });
    expect(withFirstDate(byDate, '2026-03-20').monthDay).toBe(20);
    expect(withFirstDate(byDate, '2026-03-31').monthDay).toBe(-1);
  });

  it('moves cancelled and moved meetings of the rule along with the start time', () => {
    const form: ScheduleForm = {
      ...tuesday,
      exdates: ['2026-02-10T19:00'],
      rdates: ['2026-02-12T19:00'],
      moves: [{ from: '2026-02-17T19:00', to: '2026-02-18T19:00' }],
    };
    const earlier = withStartTime(form, '18:30');
    expect(earlier).toMatchObject({
      startTime: '18:30',
      endTime: '21:00',
      exdates: ['2026-02-10T18:30'],
      rdates: ['2026-02-12T19:00'],
      moves: [{ from: '2026-02-17T18:30', to: '2026-02-18T19:00' }],
    });
    expect(validateSchedule(toSchedule(earlier))).toEqual([]);
  });

  it('offers an end date three months on, and keeps a count while another end is chosen', () => {
    expect(withEnd(tuesday, 'UNTIL').until).toBe('2026-05-03');
    expect(withEnd({ ...tuesday, firstDate: '2026-11-30' }, 'UNTIL').until).toBe('2027-02-28');
    expect(withEnd({ ...tuesday, until: '2026-12-01' }, 'UNTIL').until).toBe('2026-12-01');
    const ten = withEnd(withEnd(tuesday, 'COUNT'), 'NEVER');
    expect(ten).toMatchObject({ end: 'NEVER', count: DEFAULT_COUNT });
    expect(toSchedule(ten).rrule).toBe('FREQ=WEEKLY;BYDAY=TU');
  });

  it('says when the end date is missing, and does not make a schedule that could be saved', () => {
    const noDate = { ...withEnd(tuesday, 'UNTIL'), until: '' };
    expect(untilMissing(noDate)).toBe(true);
    expect(validateSchedule(toSchedule(noDate))).toEqual([{ code: 'RRULE_UNPARSABLE', path: 'rrule' }]);
    expect(untilMissing(withEnd(tuesday, 'UNTIL'))).toBe(false);
  });

  it('starts a schedule the form cannot show again as a weekly one at its first meeting, keeping its exceptions', () => {
    const unusual = schedule({ start: '2026-02-05T18:30', durationMinutes: 90, rrule: 'FREQ=MONTHLY;BYDAY=1TH,3TH', exdates: ['2026-02-19T18:30'] });
    expect(replacementForm(unusual, '2026-01-15')).toMatchObject({
      kind: 'WEEKLY',
      weekdays: ['THURSDAY'],
      firstDate: '2026-02-05',
      startTime: '18:30',
      endTime: '20:00',
      timeZone,
      exdates: ['2026-02-19T18:30'],
    });
    expect(replacementForm(schedule({ start: 'soon' }), '2026-01-15')).toMatchObject({ firstDate: '2026-01-15', startTime: '19:00', endTime: '21:00' });
  });

  it('counts minutes from start to end, past midnight too', () => {
    expect(minutesBetween('19:00', '21:00')).toBe(120);
    expect(minutesBetween('23:30', '00:15')).toBe(45);
    expect(minutesBetween('19:00', '19:00')).toBe(0);
    expect(minutesBetween('', '21:00')).toBe(0);
  });
});
