import { formatMeeting, originalTimes, wallClock } from './meetingTime';

const now = new Date('2026-11-23T09:00:00Z');
const meeting = { start: '2026-11-24T16:30:00+01:00', end: '2026-11-24T18:00:00+01:00' };

describe('wallClock', () => {
  it('reads the group’s local date and time, whatever the offset', () => {
    expect(wallClock('2026-11-24T16:30:00+01:00')).toEqual({ date: '2026-11-24', time: '16:30' });
    expect(wallClock('2026-03-29T19:00:00+02:00')).toEqual({ date: '2026-03-29', time: '19:00' });
  });

  it('refuses what is not a date and time', () => {
    expect(() => wallClock('tuesday')).toThrow(RangeError);
  });
});

describe('formatMeeting', () => {
  it('says a meeting as the schedule summaries do, in the dashboard’s language', () => {
    expect(formatMeeting(meeting, 'da', { now })).toMatch(/^tirs\. 24\. nov\.? kl\. 16:30–18:00$/);
    expect(formatMeeting(meeting, 'en', { now })).toBe('Tue 24 Nov, 16:30–18:00');
    expect(formatMeeting(meeting, 'en', { now, style: 'long' })).toBe('Tuesday 24 November, 16:30–18:00');
  });

  it('keeps the group’s wall-clock time across a daylight-saving change', () => {
    const summer = { start: '2026-10-20T19:00:00+02:00', end: '2026-10-20T21:00:00+02:00' };
    const winter = { start: '2026-10-27T19:00:00+01:00', end: '2026-10-27T21:00:00+01:00' };
    expect(formatMeeting(summer, 'en', { now })).toBe('Tue 20 Oct, 19:00–21:00');
    expect(formatMeeting(winter, 'en', { now })).toBe('Tue 27 Oct, 19:00–21:00');
  });

  it('writes the year only when it is not this year', () => {
    const january = { start: '2027-01-05T16:30:00+01:00', end: '2027-01-05T18:00:00+01:00' };
    expect(formatMeeting(january, 'en', { now })).toBe('Tue, 5 Jan 2027, 16:30–18:00');
    expect(formatMeeting(january, 'en', { now: new Date('2027-01-01T12:00:00Z') })).toBe('Tue 5 Jan, 16:30–18:00');
  });
});

describe('originalTimes', () => {
  it('gives a moved meeting’s original slot the length the meeting has now', () => {
    const moved = { start: '2026-12-22T18:00:00+01:00', end: '2026-12-22T19:30:00+01:00' };
    expect(originalTimes(moved, '2026-12-23T18:00:00+01:00')).toEqual({ start: '2026-12-23T18:00:00+01:00', end: '2026-12-23T19:30' });
    expect(formatMeeting(originalTimes(moved, '2026-12-23T18:00:00+01:00'), 'en', { now })).toBe('Wed 23 Dec, 18:00–19:30');
  });
});
