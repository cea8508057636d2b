import { calendarSeries } from './calendar';
import type { Schedule } from './schedule';

const WEEKLY: Schedule = {
  timeZone: 'Europe/Copenhagen',
  start: '2026-11-03T19:00',
  durationMinutes: 90,
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  exdates: [],
  rdates: [],
  moves: [],
  pauses: [],
};

describe('a schedule as an iCalendar series', () => {
  it('takes the meetings of a break out as EXDATEs, since iCalendar has no breaks, but not one moved out of it', () => {
    const series = calendarSeries({
      ...WEEKLY,
      exdates: ['2027-02-09T19:00'],
      moves: [{ from: '2026-12-29T19:00', to: '2027-01-07T18:00' }],
      pauses: [{ from: '2026-12-21', until: '2027-01-03', reason: {} }],
    });
    expect(series.exdates).toEqual(['2026-12-22T19:00', '2027-02-09T19:00']);
    expect(series.moves).toEqual([{ from: '2026-12-29T19:00', to: '2027-01-07T18:00' }]);
  });

  it('leaves out moves of a cancelled meeting or of no meeting at all, which the finder ignores too', () => {
    const series = calendarSeries({
      ...WEEKLY,
      exdates: ['2026-11-10T19:00'],
      moves: [
        { from: '2026-11-10T19:00', to: '2026-11-11T19:00' },
        { from: '2026-11-12T19:00', to: '2026-11-13T19:00' },
      ],
    });
    expect(series.moves).toEqual([]);
    expect(series.exdates).toEqual(['2026-11-10T19:00']);
  });

  it('writes a local UNTIL date as the last second of that day in UTC, and keeps the rest of the rule', () => {
    expect(calendarSeries({ ...WEEKLY, timeZone: 'Europe/Oslo', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630' }).rrule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T215959Z');
    expect(calendarSeries({ ...WEEKLY, rrule: 'FREQ=MONTHLY;BYDAY=-1TH;COUNT=10' }).rrule).toBe('FREQ=MONTHLY;BYDAY=-1TH;COUNT=10');
  });

  it('pauses a single meeting on a date of a break, and lists extra meetings', () => {
    const single = calendarSeries({ ...WEEKLY, rrule: null, rdates: ['2026-12-01T18:00'], pauses: [{ from: '2026-11-01', until: '2026-11-05', reason: {} }] });
    expect(single).toEqual({ timeZone: 'Europe/Copenhagen', start: '2026-11-03T19:00', durationMinutes: 90, rrule: null, exdates: ['2026-11-03T19:00'], rdates: ['2026-12-01T18:00'], moves: [] });
  });
});
