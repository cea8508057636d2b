import type { Schedule } from '@groupfinder/domain';
import { summariseFieldChange } from './field-summary';

describe('a change of one field in words', () => {
  const madeAt = new Date('2026-11-25T12:00:00Z');
  const names = new Map<string, string>();
  const weekly: Schedule = { timeZone: 'Europe/Copenhagen', start: '2026-12-03T19:00', durationMinutes: 120, rrule: 'FREQ=WEEKLY;BYDAY=TH', exdates: [], rdates: [], moves: [], pauses: [] };

  it('says a schedule given where there was none is set, and one taken away emptied, not changed from “(empty)”', () => {
    expect(summariseFieldChange({ field: 'schedule', old: null, new: weekly }, 'da', names, madeAt)).toMatch(/^satte mødetider til “Hver torsdag kl\. 19:00–21:00.*”$/);
    expect(summariseFieldChange({ field: 'schedule', old: weekly, new: null }, 'en', names, madeAt)).toMatch(/^emptied the schedule \(was “Every Thursday.*”\)$/);
  });

  it('says a date in words, in the reader’s language', () => {
    expect(summariseFieldChange({ field: 'pausedUntil', old: null, new: '2027-01-16' }, 'da', names, madeAt)).toBe('satte pausens slutdato til “16. januar 2027”');
    expect(summariseFieldChange({ field: 'pausedUntil', old: '2027-01-16', new: '2027-02-06' }, 'en', names, madeAt)).toBe('changed the end of the pause from “16 January 2027” to “6 February 2027”');
  });
});
