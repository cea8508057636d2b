import { InvalidScheduleError, meetingsBetween, nextMeetings, upcomingPauses, type Meeting, type Schedule } from '../index';

/** The four countries' zones; in 2026 summer time starts on 29 March and ends on 25 October in all of them. */
const ZONES = ['Europe/Copenhagen', 'Europe/Oslo', 'Europe/Stockholm', 'Europe/Warsaw'];

function schedule(overrides: Partial<Schedule>): Schedule {
  return {
    timeZone: 'Europe/Copenhagen',
    start: '2026-03-03T19:00',
    durationMinutes: 120,
    rrule: null,
    exdates: [],
    rdates: [],
    moves: [],
    pauses: [],
    ...overrides,
  };
}

const starts = (meetings: Meeting[]) => meetings.map((meeting) => meeting.start);
const between = (value: Schedule, from: string, until: string) => meetingsBetween(value, new Date(from), new Date(until));

describe.each(ZONES)('daylight saving in %s', (timeZone) => {
  const every14Days = schedule({ timeZone, start: '2026-03-03T19:00', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' });

  it('keeps a Tuesday 19:00 every-14-days group at 19:00 local as the offset goes +01:00 → +02:00 in March', () => {
    expect(between(every14Days, '2026-03-01T00:00Z', '2026-04-20T00:00Z')).toEqual([
      { start: '2026-03-03T19:00:00+01:00', end: '2026-03-03T21:00:00+01:00', status: 'SCHEDULED' },
      { start: '2026-03-17T19:00:00+01:00', end: '2026-03-17T21:00:00+01:00', status: 'SCHEDULED' },
      { start: '2026-03-31T19:00:00+02:00', end: '2026-03-31T21:00:00+02:00', status: 'SCHEDULED' },
      { start: '2026-04-14T19:00:00+02:00', end: '2026-04-14T21:00:00+02:00', status: 'SCHEDULED' },
    ]);
  });

  it('keeps it at 19:00 local as the offset goes +02:00 → +01:00 in October, the phase unbroken all year', () => {
    expect(starts(between(every14Days, '2026-10-01T00:00Z', '2026-11-20T00:00Z'))).toEqual([
      '2026-10-13T19:00:00+02:00',
      '2026-10-27T19:00:00+01:00',
      '2026-11-10T19:00:00+01:00',
    ]);
  });

  it('gives the same meetings for "every 14 days" written as FREQ=DAILY;INTERVAL=14', () => {
    const daily = { ...every14Days, rrule: 'FREQ=DAILY;INTERVAL=14' };
    expect(between(daily, '2026-01-01T00:00Z', '2027-01-01T00:00Z')).toEqual(between(every14Days, '2026-01-01T00:00Z', '2027-01-01T00:00Z'));
  });

  it('keeps the first Tuesday of the month at 19:00 local across both changes', () => {
    const firstTuesday = schedule({ timeZone, start: '2026-01-06T19:00', rrule: 'FREQ=MONTHLY;BYDAY=1TU' });
    expect(starts(between(firstTuesday, '2026-03-01T00:00Z', '2026-05-01T00:00Z'))).toEqual(['2026-03-03T19:00:00+01:00', '2026-04-07T19:00:00+02:00']);
    expect(starts(between(firstTuesday, '2026-10-01T00:00Z', '2026-12-01T00:00Z'))).toEqual(['2026-10-06T19:00:00+02:00', '2026-11-03T19:00:00+01:00']);
  });

  it('holds a last-Sunday-of-the-month meeting on the very days the clocks change, after the change', () => {
    const lastSunday = schedule({ timeZone, start: '2026-01-25T10:00', durationMinutes: 90, rrule: 'FREQ=MONTHLY;BYDAY=-1SU' });
    expect(between(lastSunday, '2026-03-01T00:00Z', '2026-04-01T00:00Z')).toEqual([
      { start: '2026-03-29T10:00:00+02:00', end: '2026-03-29T11:30:00+02:00', status: 'SCHEDULED' },
    ]);
    expect(between(lastSunday, '2026-10-01T00:00Z', '2026-11-01T00:00Z')).toEqual([
      { start: '2026-10-25T10:00:00+01:00', end: '2026-10-25T11:30:00+01:00', status: 'SCHEDULED' },
    ]);
  });

  it('combines a pause, a cancellation and a moved meeting with both changes', () => {
    const busy: Schedule = {
      ...every14Days,
      exdates: ['2026-03-31T19:00'],
      moves: [{ from: '2026-10-27T19:00', to: '2026-10-29T18:00' }],
      pauses: [{ from: '2026-07-01', until: '2026-08-10', reason: { da: 'Sommerferie', en: 'Summer break' } }],
    };
    expect(between(busy, '2026-03-15T00:00Z', '2026-04-15T00:00Z')).toEqual([
      { start: '2026-03-17T19:00:00+01:00', end: '2026-03-17T21:00:00+01:00', status: 'SCHEDULED' },
      { start: '2026-03-31T19:00:00+02:00', end: '2026-03-31T21:00:00+02:00', status: 'CANCELLED' },
      { start: '2026-04-14T19:00:00+02:00', end: '2026-04-14T21:00:00+02:00', status: 'SCHEDULED' },
    ]);
    // 7 and 21 July and 4 August fall in the summer break; 18 August is the first meeting after it.
    expect(starts(between(busy, '2026-06-20T00:00Z', '2026-08-20T00:00Z'))).toEqual(['2026-06-23T19:00:00+02:00', '2026-08-18T19:00:00+02:00']);
    expect(between(busy, '2026-10-10T00:00Z', '2026-11-11T00:00Z')).toEqual([
      { start: '2026-10-13T19:00:00+02:00', end: '2026-10-13T21:00:00+02:00', status: 'SCHEDULED' },
      { start: '2026-10-29T18:00:00+01:00', end: '2026-10-29T20:00:00+01:00', status: 'MOVED', originalStart: '2026-10-27T19:00:00+01:00' },
      { start: '2026-11-10T19:00:00+01:00', end: '2026-11-10T21:00:00+01:00', status: 'SCHEDULED' },
    ]);
    expect(nextMeetings(busy, { from: new Date('2026-06-24T00:00Z'), count: 2 })).toEqual([
      { start: '2026-08-18T19:00:00+02:00', end: '2026-08-18T21:00:00+02:00', status: 'SCHEDULED' },
      { start: '2026-09-01T19:00:00+02:00', end: '2026-09-01T21:00:00+02:00', status: 'SCHEDULED' },
    ]);
  });

  it('ends a meeting that spans the change by its elapsed duration', () => {
    const overnight = schedule({ timeZone, start: '2026-03-28T23:00', durationMinutes: 240, rrule: 'FREQ=WEEKLY' });
    expect(between(overnight, '2026-03-28T00:00Z', '2026-03-29T00:00Z')).toEqual([
      { start: '2026-03-28T23:00:00+01:00', end: '2026-03-29T04:00:00+02:00', status: 'SCHEDULED' },
    ]);
    expect(between(overnight, '2026-10-24T00:00Z', '2026-10-25T00:00Z')).toEqual([
      { start: '2026-10-24T23:00:00+02:00', end: '2026-10-25T02:00:00+01:00', status: 'SCHEDULED' },
    ]);
  });
});

describe('local times that do not exist or exist twice', () => {
  it('skips a meeting of the rule in the spring-forward gap, without counting it (RFC 5545 §3.3.10)', () => {
    const night = schedule({ start: '2026-03-15T02:30', rrule: 'FREQ=WEEKLY;COUNT=4' });
    expect(starts(nextMeetings(night, { from: new Date('2026-03-01T00:00Z'), count: 10 }))).toEqual([
      '2026-03-15T02:30:00+01:00',
      '2026-03-22T02:30:00+01:00',
      '2026-04-05T02:30:00+02:00',
      '2026-04-12T02:30:00+02:00',
    ]);
  });

  it('reads an explicit time in the gap with the offset before it: one hour later (RFC 5545 §3.3.5)', () => {
    const extra = schedule({ start: '2026-03-01T19:00', rdates: ['2026-03-29T02:30'] });
    expect(between(extra, '2026-03-28T00:00Z', '2026-03-30T00:00Z')).toEqual([
      { start: '2026-03-29T03:30:00+02:00', end: '2026-03-29T05:30:00+02:00', status: 'SCHEDULED' },
    ]);
  });

  it('takes the first, summer-time instance of an ambiguous autumn time', () => {
    const night = schedule({ timeZone: 'Europe/Warsaw', start: '2026-10-18T02:30', durationMinutes: 60, rrule: 'FREQ=WEEKLY;COUNT=3' });
    expect(between(night, '2026-10-01T00:00Z', '2026-12-01T00:00Z')).toEqual([
      { start: '2026-10-18T02:30:00+02:00', end: '2026-10-18T03:30:00+02:00', status: 'SCHEDULED' },
      { start: '2026-10-25T02:30:00+02:00', end: '2026-10-25T02:30:00+01:00', status: 'SCHEDULED' },
      { start: '2026-11-01T02:30:00+01:00', end: '2026-11-01T03:30:00+01:00', status: 'SCHEDULED' },
    ]);
    const moved = schedule({ timeZone: 'Europe/Oslo', start: '2026-10-20T19:00', moves: [{ from: '2026-10-20T19:00', to: '2026-10-25T02:30' }] });
    expect(starts(between(moved, '2026-10-01T00:00Z', '2026-11-01T00:00Z'))).toEqual(['2026-10-25T02:30:00+02:00']);
  });
});

describe('ends: COUNT and UNTIL', () => {
  it('holds "10 sessions from 3 February" and then stops, a cancelled one still counting', () => {
    const course = schedule({ start: '2026-02-03T19:00', rrule: 'FREQ=WEEKLY;COUNT=10', exdates: ['2026-02-17T19:00'] });
    const meetings = nextMeetings(course, { from: new Date('2026-01-01T00:00Z'), count: 50 });
    expect(meetings).toHaveLength(10);
    expect(meetings[2]).toEqual({ start: '2026-02-17T19:00:00+01:00', end: '2026-02-17T21:00:00+01:00', status: 'CANCELLED' });
    expect(meetings.at(-1)?.start).toBe('2026-04-07T19:00:00+02:00');
    expect(nextMeetings(course, { from: new Date('2026-04-08T00:00Z'), count: 5 })).toEqual([]);
  });

  it('holds the meeting on an UNTIL date, which is inclusive and local', () => {
    const spring = schedule({ start: '2026-01-06T19:00', rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630' });
    expect(starts(nextMeetings(spring, { from: new Date('2026-06-15T00:00Z'), count: 5 }))).toEqual(['2026-06-16T19:00:00+02:00', '2026-06-23T19:00:00+02:00', '2026-06-30T19:00:00+02:00']);
  });

  it('reads an UNTIL in UTC as RFC 5545 writes it', () => {
    const spring = schedule({ start: '2026-01-06T19:00', rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T165959Z' });
    expect(starts(nextMeetings(spring, { from: new Date('2026-06-15T00:00Z'), count: 5 }))).toEqual(['2026-06-16T19:00:00+02:00', '2026-06-23T19:00:00+02:00']);
  });
});

describe('monthly rules', () => {
  it('finds the last Thursday of every month, in 4- and 5-week months', () => {
    const lastThursday = schedule({ start: '2026-01-29T19:00', rrule: 'FREQ=MONTHLY;BYDAY=-1TH' });
    expect(starts(between(lastThursday, '2026-01-01T00:00Z', '2026-07-01T00:00Z'))).toEqual([
      '2026-01-29T19:00:00+01:00',
      '2026-02-26T19:00:00+01:00',
      '2026-03-26T19:00:00+01:00',
      '2026-04-30T19:00:00+02:00',
      '2026-05-28T19:00:00+02:00',
      '2026-06-25T19:00:00+02:00',
    ]);
  });

  it('finds the first and third Tuesday', () => {
    const twice = schedule({ start: '2026-03-03T19:00', rrule: 'FREQ=MONTHLY;BYDAY=1TU,3TU' });
    expect(starts(nextMeetings(twice, { from: new Date('2026-03-01T00:00Z'), count: 4 }))).toEqual([
      '2026-03-03T19:00:00+01:00',
      '2026-03-17T19:00:00+01:00',
      '2026-04-07T19:00:00+02:00',
      '2026-04-21T19:00:00+02:00',
    ]);
  });

  it('meets on the 15th, and on the last day of short and long months with BYMONTHDAY=-1', () => {
    const fifteenth = schedule({ start: '2026-01-15T18:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' });
    expect(starts(nextMeetings(fifteenth, { from: new Date('2026-02-01T00:00Z'), count: 2 }))).toEqual(['2026-02-15T18:00:00+01:00', '2026-03-15T18:00:00+01:00']);
    const lastDay = schedule({ start: '2026-01-31T18:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' });
    expect(starts(nextMeetings(lastDay, { from: new Date('2026-01-01T00:00Z'), count: 4 }))).toEqual([
      '2026-01-31T18:00:00+01:00',
      '2026-02-28T18:00:00+01:00',
      '2026-03-31T18:00:00+02:00',
      '2026-04-30T18:00:00+02:00',
    ]);
  });

  it('refuses the 31st, which months without one would skip (RFC 5545), rather than leave people waiting', () => {
    const thirtyFirst = schedule({ start: '2026-01-31T18:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=31' });
    expect(() => nextMeetings(thirtyFirst, { from: new Date('2026-01-01T00:00Z'), count: 3 })).toThrow(InvalidScheduleError);
  });

  it('takes the day of the month from the start when the rule names none', () => {
    const monthly = schedule({ start: '2026-01-20T18:00', rrule: 'FREQ=MONTHLY;COUNT=3' });
    expect(starts(nextMeetings(monthly, { from: new Date('2026-01-01T00:00Z'), count: 5 }))).toEqual([
      '2026-01-20T18:00:00+01:00',
      '2026-02-20T18:00:00+01:00',
      '2026-03-20T18:00:00+01:00',
    ]);
  });
});

describe('single, extra, cancelled and moved meetings', () => {
  const once = schedule({ start: '2026-05-12T17:30', durationMinutes: 90 });

  it('holds a single meeting once', () => {
    expect(nextMeetings(once, { from: new Date('2026-01-01T00:00Z'), count: 3 })).toEqual([
      { start: '2026-05-12T17:30:00+02:00', end: '2026-05-12T19:00:00+02:00', status: 'SCHEDULED' },
    ]);
    expect(nextMeetings(once, { from: new Date('2026-05-13T00:00Z'), count: 3 })).toEqual([]);
  });

  it('cancels or moves a single meeting', () => {
    expect(nextMeetings({ ...once, exdates: ['2026-05-12T17:30'] }, { from: new Date('2026-01-01T00:00Z'), count: 3 })).toEqual([
      { start: '2026-05-12T17:30:00+02:00', end: '2026-05-12T19:00:00+02:00', status: 'CANCELLED' },
    ]);
    expect(nextMeetings({ ...once, moves: [{ from: '2026-05-12T17:30', to: '2026-05-19T18:00' }] }, { from: new Date('2026-01-01T00:00Z'), count: 3 })).toEqual([
      { start: '2026-05-19T18:00:00+02:00', end: '2026-05-19T19:30:00+02:00', status: 'MOVED', originalStart: '2026-05-12T17:30:00+02:00' },
    ]);
  });

  const weekly = schedule({ start: '2026-06-02T19:00', rrule: 'FREQ=WEEKLY;BYDAY=TU' });

  it('adds an extra meeting in order, even inside a pause', () => {
    const summer = {
      ...weekly,
      rdates: ['2026-07-15T17:00'],
      pauses: [{ from: '2026-07-01', until: '2026-07-31', reason: { en: 'Summer break' } }],
    };
    expect(between(summer, '2026-06-25T00:00Z', '2026-08-06T00:00Z')).toEqual([
      { start: '2026-06-30T19:00:00+02:00', end: '2026-06-30T21:00:00+02:00', status: 'SCHEDULED' },
      { start: '2026-07-15T17:00:00+02:00', end: '2026-07-15T19:00:00+02:00', status: 'SCHEDULED' },
      { start: '2026-08-04T19:00:00+02:00', end: '2026-08-04T21:00:00+02:00', status: 'SCHEDULED' },
    ]);
  });

  it('shows a moved meeting where it now is, whichever window its original time is in', () => {
    const moved = { ...weekly, moves: [{ from: '2026-06-09T19:00', to: '2026-06-03T19:00' }] };
    expect(between(moved, '2026-06-01T00:00Z', '2026-06-08T00:00Z')).toEqual([
      { start: '2026-06-02T19:00:00+02:00', end: '2026-06-02T21:00:00+02:00', status: 'SCHEDULED' },
      { start: '2026-06-03T19:00:00+02:00', end: '2026-06-03T21:00:00+02:00', status: 'MOVED', originalStart: '2026-06-09T19:00:00+02:00' },
    ]);
    expect(starts(between(moved, '2026-06-08T00:00Z', '2026-06-15T00:00Z'))).toEqual([]);
  });

  it('keeps a meeting that is both cancelled and moved cancelled, at its original time', () => {
    const both = { ...weekly, exdates: ['2026-06-09T19:00'], moves: [{ from: '2026-06-09T19:00', to: '2026-06-10T19:00' }] };
    expect(between(both, '2026-06-08T00:00Z', '2026-06-15T00:00Z')).toEqual([
      { start: '2026-06-09T19:00:00+02:00', end: '2026-06-09T21:00:00+02:00', status: 'CANCELLED' },
    ]);
  });

  it('shows a meeting moved onto a cancelled one in its place, not both at once', () => {
    const swapped = { ...weekly, exdates: ['2026-06-16T19:00'], moves: [{ from: '2026-06-09T19:00', to: '2026-06-16T19:00' }] };
    expect(between(swapped, '2026-06-08T00:00Z', '2026-06-22T00:00Z')).toEqual([
      { start: '2026-06-16T19:00:00+02:00', end: '2026-06-16T21:00:00+02:00', status: 'MOVED', originalStart: '2026-06-09T19:00:00+02:00' },
    ]);
  });

  it('ignores a move of a time that is not a meeting', () => {
    const stray = { ...weekly, moves: [{ from: '2026-06-10T19:00', to: '2026-06-11T19:00' }] };
    expect(starts(between(stray, '2026-06-08T00:00Z', '2026-06-15T00:00Z'))).toEqual(['2026-06-09T19:00:00+02:00']);
  });
});

describe('windows and look-ahead', () => {
  const weekly = schedule({ start: '2026-06-02T19:00', rrule: 'FREQ=WEEKLY;BYDAY=TU' });

  it('includes a meeting starting at `from` and leaves out one starting at `until`', () => {
    expect(starts(between(weekly, '2026-06-02T17:00Z', '2026-06-09T17:00Z'))).toEqual(['2026-06-02T19:00:00+02:00']);
    expect(starts(nextMeetings(weekly, { from: new Date('2026-06-09T17:00Z'), count: 1 }))).toEqual(['2026-06-09T19:00:00+02:00']);
  });

  it('has nothing before the first meeting', () => {
    expect(between(weekly, '2026-01-01T00:00Z', '2026-06-01T00:00Z')).toEqual([]);
  });

  it('finds meetings far ahead, gives at most 100 and none for a count of 0', () => {
    const yearly = schedule({ start: '2026-01-10T10:00', rrule: 'FREQ=MONTHLY;INTERVAL=12' });
    expect(starts(nextMeetings(yearly, { from: new Date('2026-02-01T00:00Z'), count: 3 }))).toEqual([
      '2027-01-10T10:00:00+01:00',
      '2028-01-10T10:00:00+01:00',
      '2029-01-10T10:00:00+01:00',
    ]);
    expect(nextMeetings(weekly, { from: new Date('2026-01-01T00:00Z'), count: 1000 })).toHaveLength(100);
    expect(nextMeetings(weekly, { from: new Date('2026-01-01T00:00Z'), count: 0 })).toEqual([]);
  });

  it('looks at most 10 years ahead', () => {
    const longBreak = { ...weekly, pauses: [{ from: '2026-06-01', until: '2040-12-31', reason: {} }] };
    expect(nextMeetings(longBreak, { from: new Date('2026-06-01T00:00Z'), count: 1 })).toEqual([]);
  });
});

describe('upcomingPauses', () => {
  const pauses = [
    { from: '2026-12-21', until: '2027-01-03', reason: { da: 'Juleferie' } },
    { from: '2026-02-09', until: '2026-02-15', reason: { da: 'Vinterferie' } },
    { from: '2026-07-01', until: '2026-08-10', reason: { da: 'Sommerferie', en: 'Summer break' } },
  ];
  const paused = schedule({ rrule: 'FREQ=WEEKLY', pauses });

  it('lists the current and coming pauses in order, not the past ones', () => {
    expect(upcomingPauses(paused, new Date('2026-07-20T12:00Z')).map((pause) => pause.from)).toEqual(['2026-07-01', '2026-12-21']);
    expect(upcomingPauses(paused, new Date('2026-01-01T12:00Z')).map((pause) => pause.from)).toEqual(['2026-02-09', '2026-07-01', '2026-12-21']);
  });

  it("counts a pause's last day in the group's time zone", () => {
    // 21:30 UTC on 10 August is 23:30 in Copenhagen, still the pause's last day; 22:30 UTC is 11 August.
    expect(upcomingPauses(paused, new Date('2026-08-10T21:30Z')).map((pause) => pause.from)).toEqual(['2026-07-01', '2026-12-21']);
    expect(upcomingPauses(paused, new Date('2026-08-10T22:30Z')).map((pause) => pause.from)).toEqual(['2026-12-21']);
  });
});

describe('unreadable schedules', () => {
  it('throws InvalidScheduleError with the problem', () => {
    expect(() => nextMeetings(schedule({ timeZone: 'Europe/Atlantis' }), { from: new Date(), count: 1 })).toThrow(
      expect.objectContaining({ problem: { code: 'TIME_ZONE_UNKNOWN', path: 'timeZone' } }),
    );
    expect(() => meetingsBetween(schedule({ rrule: 'FREQ=FORTNIGHTLY' }), new Date(), new Date())).toThrow(
      expect.objectContaining({ problem: { code: 'RRULE_UNPARSABLE', path: 'rrule' } }),
    );
    expect(() => meetingsBetween(schedule({ exdates: ['tomorrow'] }), new Date(), new Date())).toThrow(
      expect.objectContaining({ problem: { code: 'EXDATE_INVALID', path: 'exdates[0]' } }),
    );
  });
});
