import type { Schedule } from '@groupfinder/domain';
import { translator, type Locale } from '@groupfinder/translations';
import { PREVIEW_MAX, PREVIEW_STEP, canShowMore, lookUpDate, lookupMessage, morePreviewCount } from './schedulePreview';
import { describeLocalDate } from './scheduleText';

// Planning Christmas in March: Thursday 12 March 2026, 10:00 in Copenhagen.
const now = new Date('2026-03-12T09:00:00Z');

/** Every Thursday 19:00–21:00 in Copenhagen, with a summer break. */
const thursdays: Schedule = {
  timeZone: 'Europe/Copenhagen',
  start: '2026-01-08T19:00',
  durationMinutes: 120,
  rrule: 'FREQ=WEEKLY;BYDAY=TH',
  exdates: [],
  rdates: [],
  moves: [],
  pauses: [{ from: '2026-07-01', until: '2026-08-10', reason: { en: 'Summer break' } }],
};

describe('lookUpDate', () => {
  it('finds the meeting on a Thursday far ahead, at its local time with the winter offset', () => {
    expect(lookUpDate(thursdays, '2026-12-24', now)).toEqual({
      kind: 'FOUND',
      meetings: [{ start: '2026-12-24T19:00:00+01:00', end: '2026-12-24T21:00:00+01:00', status: 'SCHEDULED' }],
    });
  });

  it('finds none on a Friday', () => {
    expect(lookUpDate(thursdays, '2026-12-25', now)).toEqual({ kind: 'NONE', paused: false });
  });

  it('finds none on a Thursday in a break, and says it is a break', () => {
    expect(lookUpDate(thursdays, '2026-07-02', now)).toEqual({ kind: 'NONE', paused: true });
  });

  it('finds a cancelled meeting, marked cancelled', () => {
    const lookup = lookUpDate({ ...thursdays, exdates: ['2026-12-31T19:00'] }, '2026-12-31', now);
    expect(lookup).toEqual({ kind: 'FOUND', meetings: [expect.objectContaining({ start: '2026-12-31T19:00:00+01:00', status: 'CANCELLED' })] });
  });

  it('finds a meeting moved away from the date at its new time, and on the date it moved to', () => {
    const moved = { ...thursdays, moves: [{ from: '2026-12-24T19:00', to: '2026-12-22T18:00' }] };
    const meeting = { start: '2026-12-22T18:00:00+01:00', end: '2026-12-22T20:00:00+01:00', status: 'MOVED', originalStart: '2026-12-24T19:00:00+01:00' };
    expect(lookUpDate(moved, '2026-12-24', now)).toEqual({ kind: 'FOUND', meetings: [meeting] });
    expect(lookUpDate(moved, '2026-12-22', now)).toEqual({ kind: 'FOUND', meetings: [meeting] });
  });

  it('finds every meeting of a day with several, in order', () => {
    const lookup = lookUpDate({ ...thursdays, rdates: ['2026-12-24T11:00'] }, '2026-12-24', now);
    expect(lookup).toMatchObject({ kind: 'FOUND', meetings: [{ start: '2026-12-24T11:00:00+01:00' }, { start: '2026-12-24T19:00:00+01:00' }] });
  });

  it('counts the day in the group’s time zone, not in UTC', () => {
    const halfPastMidnight: Schedule = { ...thursdays, start: '2026-03-13T00:30', rrule: 'FREQ=DAILY', pauses: [] };
    const lookup = lookUpDate(halfPastMidnight, '2026-12-24', now);
    expect(lookup).toMatchObject({ kind: 'FOUND', meetings: [{ start: '2026-12-24T00:30:00+01:00' }] });
  });

  it('says that a date before today is past, and finds today’s meeting', () => {
    expect(lookUpDate(thursdays, '2026-03-05', now)).toEqual({ kind: 'PAST' });
    expect(lookUpDate(thursdays, '2026-03-12', now)).toMatchObject({ kind: 'FOUND', meetings: [{ start: '2026-03-12T19:00:00+01:00' }] });
  });

  it('has nothing to say about a date not chosen, half typed or not in the calendar, or a schedule it cannot expand', () => {
    for (const date of ['', '2026-12', '2027-02-30']) expect(lookUpDate(thursdays, date, now)).toEqual({ kind: 'EMPTY' });
    expect(lookUpDate({ ...thursdays, timeZone: 'Europe/Atlantis' }, '2026-12-24', now)).toEqual({ kind: 'EMPTY' });
  });
});

describe('lookupMessage', () => {
  /** What the live region says once a volunteer has chosen a date. */
  function said(schedule: Schedule, date: string, locale: Locale = 'en'): string {
    return lookupMessage(lookUpDate(schedule, date, now), describeLocalDate(date, locale, now), translator(locale));
  }

  it('names the date in words, with the year when it is not this year’s', () => {
    expect(said(thursdays, '2026-12-24')).toBe('The meeting on Thursday 24 December:');
    expect(said({ ...thursdays, rdates: ['2026-12-24T11:00'] }, '2026-12-24')).toBe('The 2 meetings on Thursday 24 December:');
    expect(said(thursdays, '2027-12-24')).toBe('There is no meeting on Friday, 24 December 2027.');
  });

  it('says why there is no meeting when the date is in a break, and when it has passed', () => {
    expect(said(thursdays, '2026-07-02')).toBe('There is no meeting on Thursday 2 July: the group has a break then.');
    expect(said(thursdays, '2026-03-05')).toBe('That date has passed. Choose today or a later date.');
    expect(said(thursdays, '')).toBe('');
  });

  it('speaks the dashboard’s language', () => {
    expect(said(thursdays, '2027-12-24', 'da')).toBe('Der er intet møde fredag den 24. december 2027.');
    expect(said(thursdays, '2026-12-24', 'pl')).toBe('Spotkanie w tym dniu (czwartek, 24 grudnia):');
  });
});

describe('the preview’s length', () => {
  it('grows ten at a time up to the limit', () => {
    expect(PREVIEW_STEP).toBe(10);
    expect(morePreviewCount(10)).toBe(20);
    expect(morePreviewCount(PREVIEW_MAX - 5)).toBe(PREVIEW_MAX);
  });

  it('offers more while the preview is full and below the limit', () => {
    expect(canShowMore(10, 10)).toBe(true);
    // The schedule ends before the preview is full: there is no more to show.
    expect(canShowMore(7, 10)).toBe(false);
    expect(canShowMore(PREVIEW_MAX, PREVIEW_MAX)).toBe(false);
  });
});
