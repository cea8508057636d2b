import { icalendarLines } from './icalendar';

describe('icalendarLines', () => {
  it('writes an every-other-Tuesday schedule with a cancelled meeting as RFC 5545 lines', () => {
    expect(
      icalendarLines({
        timeZone: 'Europe/Copenhagen',
        start: '2026-08-18T16:30',
        durationMinutes: 90,
        rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
        exdates: ['2026-12-08T16:30'],
        rdates: [],
      }),
    ).toEqual([
      'DTSTART;TZID=Europe/Copenhagen:20260818T163000',
      'DURATION:PT1H30M',
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
      'EXDATE;TZID=Europe/Copenhagen:20261208T163000',
    ]);
  });

  it('lists several exceptions on one line and leaves out what a single meeting does not have', () => {
    expect(
      icalendarLines({
        timeZone: 'Europe/Warsaw',
        start: '2027-02-03T18:00',
        durationMinutes: 60,
        rrule: null,
        exdates: [],
        rdates: ['2027-02-10T18:00', '2027-02-17T18:30'],
      }),
    ).toEqual([
      'DTSTART;TZID=Europe/Warsaw:20270203T180000',
      'DURATION:PT1H',
      'RDATE;TZID=Europe/Warsaw:20270210T180000,20270217T183000',
    ]);
  });

  it('writes durations under an hour in minutes', () => {
    const lines = icalendarLines({ timeZone: 'Europe/Oslo', start: '2026-09-01T10:00', durationMinutes: 45, exdates: [], rdates: [] });
    expect(lines).toContain('DURATION:PT45M');
  });
});
