import { SCHEDULE_LIMITS, meetingsBetween, nextMeetings, validateSchedule, type Meeting, type Schedule } from '../index';

const valid: Schedule = {
  timeZone: 'Europe/Copenhagen',
  start: '2026-03-03T19:00',
  durationMinutes: 120,
  rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
  exdates: ['2026-03-31T19:00'],
  rdates: ['2026-04-02T19:00'],
  moves: [{ from: '2026-10-27T19:00', to: '2026-10-29T18:00' }],
  pauses: [{ from: '2026-07-01', until: '2026-08-10', reason: { da: 'Sommerferie', en: 'Summer break' } }],
};

const problems = (overrides: Partial<Schedule>) => validateSchedule({ ...valid, ...overrides });

describe('validateSchedule', () => {
  it('accepts a schedule with a rule, a cancellation, an extra and a moved meeting and a pause', () => {
    expect(validateSchedule(valid)).toEqual([]);
  });

  it('accepts every supported pattern in the four time zones', () => {
    const rules = ['FREQ=WEEKLY', 'FREQ=DAILY;INTERVAL=14', 'FREQ=MONTHLY;BYDAY=1TU', 'FREQ=MONTHLY;BYDAY=1TU,3TU;COUNT=10', 'FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261231'];
    for (const timeZone of ['Europe/Copenhagen', 'Europe/Oslo', 'Europe/Stockholm', 'Europe/Warsaw']) {
      for (const rrule of rules) expect(validateSchedule({ ...valid, timeZone, rrule, exdates: [], rdates: [], moves: [] })).toEqual([]);
    }
    expect(problems({ start: '2026-01-29T19:00', rrule: 'FREQ=MONTHLY;BYDAY=-1TH', exdates: [], rdates: [], moves: [] })).toEqual([]);
    expect(problems({ start: '2026-01-31T19:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', exdates: [], rdates: [], moves: [] })).toEqual([]);
    expect(problems({ rrule: null, exdates: ['2026-03-03T19:00'], rdates: [], moves: [] })).toEqual([]);
  });

  it('refuses an unknown time zone and offsets', () => {
    expect(problems({ timeZone: 'Europe/Atlantis' })).toEqual([{ code: 'TIME_ZONE_UNKNOWN', path: 'timeZone' }]);
    expect(problems({ timeZone: '+01:00' })).toEqual([{ code: 'TIME_ZONE_UNKNOWN', path: 'timeZone' }]);
  });

  it('refuses a duration of 0 or more than 24 hours', () => {
    for (const durationMinutes of [0, -30, 1441, 90.5]) {
      expect(problems({ durationMinutes })).toEqual([{ code: 'DURATION_OUT_OF_RANGE', path: 'durationMinutes' }]);
    }
    expect(problems({ durationMinutes: 1440 })).toEqual([]);
  });

  it('refuses a start that is not a local date and time', () => {
    for (const start of ['2026-02-30T19:00', '2026-03-03 19:00', '2026-03-03T19:00:00', '2026-03-03T19:00+01:00', '2026-03-03T24:00']) {
      expect(problems({ start })).toEqual([{ code: 'START_INVALID', path: 'start' }]);
    }
  });

  it('refuses a first meeting outside the years 2000 to 2099, a slip of the keyboard', () => {
    const single = { rrule: null, exdates: [], rdates: [], moves: [] };
    for (const start of ['1900-01-03T19:00', '9999-12-31T19:00']) expect(problems({ start, ...single })).toEqual([{ code: 'START_OUT_OF_RANGE', path: 'start' }]);
    expect(problems({ start: '2099-12-31T19:00', ...single })).toEqual([]);
  });

  it('refuses a start in the spring-forward gap', () => {
    expect(problems({ start: '2026-03-29T02:30', rrule: null, exdates: [], rdates: [], moves: [] })).toEqual([
      { code: 'START_IN_DST_GAP', path: 'start' },
    ]);
  });

  it('refuses a start that is not on the rule', () => {
    expect(problems({ start: '2026-03-04T19:00' })).toContainEqual({ code: 'START_NOT_ON_PATTERN', path: 'start' });
    expect(problems({ start: '2026-03-10T19:00', rrule: 'FREQ=MONTHLY;BYDAY=1TU', exdates: [], rdates: [], moves: [] })).toEqual([
      { code: 'START_NOT_ON_PATTERN', path: 'start' },
    ]);
  });

  it('refuses rules it cannot read or does not support', () => {
    expect(problems({ rrule: 'FREQ=FORTNIGHTLY' })).toEqual([{ code: 'RRULE_UNPARSABLE', path: 'rrule' }]);
    expect(problems({ rrule: 'FREQ=YEARLY' })).toEqual([{ code: 'RRULE_UNSUPPORTED', path: 'rrule' }]);
    expect(problems({ rrule: 'FREQ=WEEKLY;INTERVAL=500' })).toEqual([{ code: 'RRULE_OUT_OF_RANGE', path: 'rrule' }]);
    expect(problems({ rrule: 'FREQ=WEEKLY;COUNT=3;UNTIL=20261231' })).toEqual([{ code: 'RRULE_COUNT_AND_UNTIL', path: 'rrule' }]);
    expect(problems({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=31', start: '2026-01-31T19:00' })).toContainEqual({
      code: 'RRULE_MONTH_DAY_NOT_IN_EVERY_MONTH',
      path: 'rrule',
    });
    expect(problems({ rrule: 'FREQ=WEEKLY;UNTIL=20260101' })).toEqual([{ code: 'RRULE_UNTIL_BEFORE_START', path: 'rrule' }]);
  });

  it('refuses cancelling a time that is not a meeting, and malformed cancellations', () => {
    expect(problems({ exdates: ['2026-03-24T19:00', '2026-03-31T18:00', '2026-03-31'] })).toEqual([
      { code: 'EXDATE_INVALID', path: 'exdates[2]' },
      { code: 'EXDATE_NOT_AN_OCCURRENCE', path: 'exdates[0]' },
      { code: 'EXDATE_NOT_AN_OCCURRENCE', path: 'exdates[1]' },
    ]);
  });

  it('accepts cancelling an extra meeting, refuses an extra meeting the rule already has or in the gap', () => {
    expect(problems({ exdates: ['2026-04-02T19:00'] })).toEqual([]);
    expect(problems({ rdates: ['2026-03-17T19:00', '2026-03-29T02:15', 'soon'] })).toEqual([
      { code: 'RDATE_IN_DST_GAP', path: 'rdates[1]' },
      { code: 'RDATE_INVALID', path: 'rdates[2]' },
      { code: 'RDATE_IS_AN_OCCURRENCE', path: 'rdates[0]' },
    ]);
  });

  it('refuses moves of times that are not meetings, of cancelled meetings, twice, into the gap or malformed', () => {
    expect(
      problems({
        moves: [
          { from: '2026-03-18T19:00', to: '2026-03-19T19:00' },
          { from: '2026-03-31T19:00', to: '2026-04-01T19:00' },
          { from: '2026-03-17T19:00', to: '2026-03-18T19:00' },
          { from: '2026-03-17T19:00', to: '2026-03-19T19:00' },
          { from: '2026-03-03T19:00', to: '2026-03-29T02:30' },
          { from: '2026-04-14T19:00', to: 'next week' },
          { from: '2026-04-02T19:00', to: '2026-04-03T19:00' },
        ],
      }),
    ).toEqual([
      { code: 'MOVE_IN_DST_GAP', path: 'moves[4].to' },
      { code: 'MOVE_INVALID', path: 'moves[5].to' },
      { code: 'MOVE_FROM_NOT_AN_OCCURRENCE', path: 'moves[0].from' },
      { code: 'MOVE_FROM_CANCELLED', path: 'moves[1].from' },
      { code: 'MOVE_DUPLICATE', path: 'moves[3].from' },
    ]);
  });

  it('refuses moving a meeting onto one of the regular meetings, the first included', () => {
    expect(
      problems({
        moves: [
          { from: '2026-10-27T19:00', to: '2026-10-29T18:00' },
          { from: '2026-03-17T19:00', to: '2026-04-14T19:00' },
          { from: '2026-04-28T19:00', to: '2026-03-03T19:00' },
        ],
      }),
    ).toEqual([
      { code: 'MOVE_ONTO_OCCURRENCE', path: 'moves[1].to' },
      { code: 'MOVE_ONTO_OCCURRENCE', path: 'moves[2].to' },
    ]);
  });

  it('refuses moving a meeting onto an extra meeting', () => {
    expect(problems({ moves: [{ from: '2026-03-17T19:00', to: '2026-04-02T19:00' }] })).toEqual([{ code: 'MOVE_ONTO_OCCURRENCE', path: 'moves[0].to' }]);
  });

  it('refuses moving two meetings to the same time', () => {
    expect(
      problems({
        moves: [
          { from: '2026-03-17T19:00', to: '2026-03-18T19:00' },
          { from: '2026-04-14T19:00', to: '2026-03-18T19:00' },
        ],
      }),
    ).toEqual([{ code: 'MOVE_ONTO_OCCURRENCE', path: 'moves[1].to' }]);
  });

  it('accepts moving a meeting onto one that is cancelled, moved away or paused', () => {
    // 31 March is cancelled; 7 July falls in the summer break.
    expect(problems({ moves: [{ from: '2026-03-17T19:00', to: '2026-03-31T19:00' }] })).toEqual([]);
    expect(problems({ moves: [{ from: '2026-03-17T19:00', to: '2026-07-07T19:00' }] })).toEqual([]);
    expect(problems({ exdates: ['2026-04-02T19:00'], moves: [{ from: '2026-03-17T19:00', to: '2026-04-02T19:00' }] })).toEqual([]);
    expect(
      problems({
        moves: [
          { from: '2026-04-14T19:00', to: '2026-04-15T19:00' },
          { from: '2026-03-17T19:00', to: '2026-04-14T19:00' },
          { from: '2026-04-02T19:00', to: '2026-04-16T19:00' },
          { from: '2026-04-28T19:00', to: '2026-04-02T19:00' },
        ],
      }),
    ).toEqual([]);
    // Two meetings swapping places.
    expect(
      problems({
        moves: [
          { from: '2026-03-17T19:00', to: '2026-04-14T19:00' },
          { from: '2026-04-14T19:00', to: '2026-03-17T19:00' },
        ],
      }),
    ).toEqual([]);
  });

  it('accepts only schedules whose meetings never start at the same time', () => {
    // Every combination drawn from a few times, on and off a weekly rule, with a fixed seed.
    const random = seeded(2026);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
    const some = <T>(values: readonly T[], most: number): T[] => Array.from({ length: Math.floor(random() * (most + 1)) }, () => pick(values));
    const onRule = ['2026-06-02T19:00', '2026-06-09T19:00', '2026-06-16T19:00', '2026-06-23T19:00', '2026-06-30T19:00'];
    const times = [...onRule, ...onRule, '2026-06-03T19:00', '2026-06-10T19:00', '2026-06-09T18:00'];
    const rules = ['FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;BYDAY=TU;COUNT=3', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', null];
    const pauses = [[], [{ from: '2026-06-15', until: '2026-06-24', reason: {} }]];
    const startsOf = (meetings: Meeting[]) => meetings.map((meeting) => new Date(meeting.start).getTime());
    let accepted = 0;
    for (let round = 0; round < 1500; round += 1) {
      const schedule: Schedule = {
        timeZone: 'Europe/Copenhagen',
        start: '2026-06-02T19:00',
        durationMinutes: 90,
        rrule: pick(rules),
        exdates: some(times, 2),
        rdates: some(times, 2),
        moves: some(times, 3).map((from) => ({ from, to: pick(times) })),
        pauses: pick(pauses),
      };
      if (validateSchedule(schedule).length > 0) continue;
      accepted += 1;
      const between = startsOf(meetingsBetween(schedule, new Date('2026-05-01T00:00Z'), new Date('2026-09-01T00:00Z')));
      const next = startsOf(nextMeetings(schedule, { from: new Date('2026-05-01T00:00Z'), count: 20 }));
      expect({ schedule, between: new Set(between).size, next: new Set(next).size }).toEqual({ schedule, between: between.length, next: next.length });
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('refuses pauses with bad dates or that end before they start; a one-day pause is fine', () => {
    expect(
      problems({
        pauses: [
          { from: '2026-08-10', until: '2026-07-01', reason: {} },
          { from: '2026-07-01', until: '2026-07-32', reason: {} },
          { from: '2026-12-24', until: '2026-12-24', reason: { da: 'Juleaften' } },
        ],
      }),
    ).toEqual([
      { code: 'PAUSE_ENDS_BEFORE_START', path: 'pauses[0]' },
      { code: 'PAUSE_INVALID', path: 'pauses[1]' },
    ]);
  });

  it('refuses more exceptions than a schedule may hold', () => {
    const exdates = Array.from({ length: SCHEDULE_LIMITS.exceptionsMax }, () => '2026-03-17T19:00');
    expect(problems({ exdates })).toEqual([{ code: 'TOO_MANY_EXCEPTIONS', path: '' }]);
  });

  it('reports every problem it can find at once', () => {
    expect(problems({ timeZone: 'Mars/Olympus', start: 'tomorrow', durationMinutes: 0, rrule: 'FREQ=SOMETIMES' }).map((problem) => problem.code)).toEqual([
      'TIME_ZONE_UNKNOWN',
      'DURATION_OUT_OF_RANGE',
      'START_INVALID',
      'RRULE_UNPARSABLE',
    ]);
  });
});

/** A small deterministic random number generator (mulberry32), so the drawn schedules are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
