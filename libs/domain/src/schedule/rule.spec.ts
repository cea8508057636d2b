import { formatRule, parseRule, type ScheduleRule } from '../index';

const rule = (value: string): ScheduleRule => {
  const parsed = parseRule(value);
  if (!parsed.ok) throw new Error(`${value}: ${parsed.code}`);
  return parsed.rule;
};

describe('parseRule', () => {
  it('reads every 14 days on Tuesday', () => {
    expect(rule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).toEqual({
      freq: 'WEEKLY',
      interval: 2,
      count: null,
      until: null,
      byDay: [{ weekday: 'TUESDAY', position: null }],
      byMonthDay: [],
      weekStart: null,
    });
  });

  it('reads the first, the first and third, and the last weekday of the month', () => {
    expect(rule('FREQ=MONTHLY;BYDAY=1TU').byDay).toEqual([{ weekday: 'TUESDAY', position: 1 }]);
    expect(rule('FREQ=MONTHLY;BYDAY=3TU,+1TU').byDay).toEqual([
      { weekday: 'TUESDAY', position: 1 },
      { weekday: 'TUESDAY', position: 3 },
    ]);
    expect(rule('FREQ=MONTHLY;BYDAY=-1TH').byDay).toEqual([{ weekday: 'THURSDAY', position: -1 }]);
  });

  it('reads monthly dates, COUNT, a local UNTIL date and a UTC UNTIL, case-insensitively', () => {
    expect(rule('FREQ=MONTHLY;BYMONTHDAY=-1,15,1').byMonthDay).toEqual([1, 15, -1]);
    expect(rule('freq=weekly;count=10')).toMatchObject({ freq: 'WEEKLY', count: 10 });
    expect(rule('FREQ=WEEKLY;UNTIL=20261231').until).toEqual({ kind: 'DATE', date: '2026-12-31' });
    expect(rule('FREQ=WEEKLY;UNTIL=20261231T225959Z').until).toEqual({ kind: 'INSTANT', instant: '2026-12-31T22:59:59Z' });
    expect(rule('FREQ=WEEKLY;BYDAY=MO,TH;WKST=SU')).toMatchObject({ weekStart: 'SUNDAY' });
  });

  it.each([
    ['', 'RRULE_UNPARSABLE'],
    ['WEEKLY', 'RRULE_UNPARSABLE'],
    ['FREQ=FORTNIGHTLY', 'RRULE_UNPARSABLE'],
    ['INTERVAL=2', 'RRULE_UNPARSABLE'],
    ['FREQ=WEEKLY;FREQ=DAILY', 'RRULE_UNPARSABLE'],
    ['FREQ=WEEKLY;INTERVAL=0', 'RRULE_UNPARSABLE'],
    ['FREQ=WEEKLY;COUNT=-3', 'RRULE_UNPARSABLE'],
    ['FREQ=WEEKLY;BYDAY=TUE', 'RRULE_UNPARSABLE'],
    ['FREQ=WEEKLY;BYDAY=1TU', 'RRULE_UNPARSABLE'],
    ['FREQ=WEEKLY;BYMONTHDAY=3', 'RRULE_UNPARSABLE'],
    ['FREQ=WEEKLY;UNTIL=20260230', 'RRULE_UNPARSABLE'],
    ['FREQ=WEEKLY;UNTIL=20261231T235959', 'RRULE_UNPARSABLE'],
    ['FREQ=WEEKLY;COLOUR=BLUE', 'RRULE_UNPARSABLE'],
    ['FREQ=WEEKLY;COUNT=5;UNTIL=20261231', 'RRULE_COUNT_AND_UNTIL'],
    ['FREQ=WEEKLY;INTERVAL=100', 'RRULE_OUT_OF_RANGE'],
    ['FREQ=WEEKLY;COUNT=1001', 'RRULE_OUT_OF_RANGE'],
    ['FREQ=YEARLY', 'RRULE_UNSUPPORTED'],
    ['FREQ=HOURLY', 'RRULE_UNSUPPORTED'],
    ['FREQ=WEEKLY;BYHOUR=19', 'RRULE_UNSUPPORTED'],
    ['FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1', 'RRULE_UNSUPPORTED'],
    ['FREQ=MONTHLY;BYDAY=TU', 'RRULE_UNSUPPORTED'],
    ['FREQ=MONTHLY;BYDAY=1MO,3WE', 'RRULE_UNSUPPORTED'],
    ['FREQ=MONTHLY;BYDAY=-2TU', 'RRULE_UNSUPPORTED'],
    ['FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', 'RRULE_UNSUPPORTED'],
    ['FREQ=MONTHLY;BYMONTHDAY=-2', 'RRULE_UNSUPPORTED'],
    ['FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', 'RRULE_UNSUPPORTED'],
    ['FREQ=MONTHLY;BYMONTHDAY=31', 'RRULE_MONTH_DAY_NOT_IN_EVERY_MONTH'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,29', 'RRULE_MONTH_DAY_NOT_IN_EVERY_MONTH'],
  ])('refuses %j: %s', (value, code) => {
    expect(parseRule(value)).toEqual({ ok: false, code });
  });
});

describe('formatRule', () => {
  it.each([
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'],
    ['FREQ=MONTHLY;BYDAY=-1TH,1TH', 'FREQ=MONTHLY;BYDAY=1TH,-1TH'],
    ['freq=monthly;bymonthday=15;interval=1', 'FREQ=MONTHLY;BYMONTHDAY=15'],
    ['COUNT=10;FREQ=WEEKLY', 'FREQ=WEEKLY;COUNT=10'],
    ['FREQ=WEEKLY;UNTIL=20261231;BYDAY=TH,MO;WKST=SU', 'FREQ=WEEKLY;BYDAY=MO,TH;WKST=SU;UNTIL=20261231'],
    ['FREQ=DAILY;INTERVAL=14;UNTIL=20261231T225959Z', 'FREQ=DAILY;INTERVAL=14;UNTIL=20261231T225959Z'],
  ])('writes %j as %j, which reads back the same', (value, canonical) => {
    expect(formatRule(rule(value))).toBe(canonical);
    expect(rule(canonical)).toEqual(rule(value));
  });
});
