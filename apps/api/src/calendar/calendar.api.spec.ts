import ICAL from 'ical.js';
import type { Schedule } from '@groupfinder/domain';
import { startTestApi, TEST_NOW, type TestApi } from '../testing/test-api';

/*
 * "Add to calendar" (issue 12, Deliver 5): a group's meetings as an iCalendar file, read back here
 * with a calendar parser (ical.js, as calendar web apps use it) and compared with what the finder
 * lists (`nextMeetings`): the same meetings at the same instants, across the change to summer
 * time on 28 March 2027, with cancelled ones left out, extra and moved ones in, and none in a break.
 */

interface Occurrence {
  start: number;
  end: number;
}

interface Meetings {
  group: { name: { text: string }; nextMeetings: { start: string; end: string; status: string }[] };
}

const MEETINGS = `query ($slug: String!, $first: Int!, $from: DateTimeISO) { group(slug: $slug) { name { text } nextMeetings(first: $first, from: $from) { start end status } } }`;

/** What a calendar program shows from `from` on: the file's occurrences, overrides applied, in the zones it writes out. */
function occurrences(text: string, from: Date, count: number): { summary: string; occurrences: Occurrence[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const [master, ...exceptions] = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  if (!master) return { summary: '', occurrences: [] };
  for (const exception of exceptions) master.relateException(exception);
  const found: Occurrence[] = [];
  const iterator = master.iterator();
  // A schedule's meetings are at most a few hundred before `from` (COUNT ≤ 1000): the loop is bounded.
  for (let next = iterator.next(), seen = 0; next && found.length < count && seen < 5000; next = iterator.next(), seen++) {
    const details = master.getOccurrenceDetails(next);
    const start = details.startDate.toJSDate().getTime();
    if (start >= from.getTime()) found.push({ start, end: details.endDate.toJSDate().getTime() });
  }
  // Moved meetings come in the order of the meeting they replace.
  return { summary: master.summary, occurrences: found.sort((a, b) => a.start - b.start) };
}

describe('a group’s meetings in a calendar program', () => {
  let api: TestApi;
  const base = () => api.url.replace(/\/graphql$/, '');
  const calendar = (slug: string, query = '') => fetch(`${base()}/calendar/groups/${slug}.ics${query}`);
  // As an edit saves it (versioned-update.ts): the version raised, the time of the edit kept.
  const setSchedule = (slug: string, schedule: Schedule) =>
    api.dataSource.query(`UPDATE groups SET schedule = $1, version = version + 1, updated_at = now() WHERE slug = $2`, [schedule, slug]);
  /** The event's SEQUENCE and LAST-MODIFIED: a calendar program replaces an imported event only by one with a higher SEQUENCE. */
  const revision = (text: string) => {
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    return { sequence: Number(event?.getFirstPropertyValue('sequence')), lastModified: String(event?.getFirstPropertyValue('last-modified') ?? '') };
  };

  /** The finder's meetings from `from`, less the cancelled ones (an EXDATE takes them out of a calendar). */
  async function finderMeetings(slug: string, from: Date, count: number): Promise<Occurrence[]> {
    const response = await api.query<Meetings>(MEETINGS, { slug, first: count, from: from.toISOString() });
    expect(response.errors).toBeUndefined();
    return (response.data?.group.nextMeetings ?? [])
      .filter((meeting) => meeting.status !== 'CANCELLED')
      .map((meeting) => ({ start: Date.parse(meeting.start), end: Date.parse(meeting.end) }));
  }

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.stop());

  it('gives every week’s meeting across summer time, with a Christmas break, a cancelled, an extra and a moved meeting, as the finder lists them', async () => {
    const slug = 'demo-sorggruppe-oslo';
    await setSchedule(slug, {
      timeZone: 'Europe/Copenhagen',
      start: '2026-11-03T19:00',
      durationMinutes: 90,
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
      exdates: ['2027-02-09T19:00'],
      rdates: ['2027-03-25T17:30'],
      moves: [{ from: '2027-03-30T19:00', to: '2027-03-31T18:00' }],
      pauses: [{ from: '2026-12-21', until: '2027-01-03', reason: { da: 'Juleferie' } }],
    });
    const response = await calendar(slug, '?lang=da');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${slug}.ics"`);
    const text = await response.text();
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen');

    // The finder's 20 (its most) hold the cancelled one: 19 in a calendar, into April.
    const listed = await finderMeetings(slug, TEST_NOW, 20);
    expect(listed).toHaveLength(19);
    const shown = occurrences(text, TEST_NOW, listed.length);
    expect(shown.occurrences).toEqual(listed);
    // What a reader checks in the calendar: no meeting in the break, the summer-time evening still at 19:00, the extra and the moved one.
    const local = (occurrence: Occurrence) => new Date(occurrence.start).toLocaleString('sv-SE', { timeZone: 'Europe/Copenhagen' }).slice(0, 16);
    const starts = shown.occurrences.map(local);
    expect(starts).toEqual(expect.arrayContaining(['2026-12-15 19:00', '2027-01-05 19:00', '2027-03-23 19:00', '2027-03-25 17:30', '2027-03-31 18:00', '2027-04-06 19:00', '2027-04-20 19:00']));
    expect(starts).not.toContain('2026-12-22 19:00');
    expect(starts).not.toContain('2026-12-29 19:00');
    expect(starts).not.toContain('2027-02-09 19:00');
    expect(starts).not.toContain('2027-03-30 19:00');
  });

  it('ends a rule on the last day it names, in the group’s own time zone', async () => {
    const slug = 'demo-sorggruppe-oslo';
    await setSchedule(slug, { timeZone: 'Europe/Oslo', start: '2026-12-03T23:30', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=TH;UNTIL=20270128', exdates: [], rdates: [], moves: [], pauses: [] });
    const text = await (await calendar(slug)).text();
    // 23:30 in Oslo is the next day in UTC: a local end date written as such would cut the last meeting off in some programs.
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270128T225959Z');
    const shown = occurrences(text, TEST_NOW, 20).occurrences;
    expect(shown).toEqual(await finderMeetings(slug, TEST_NOW, 20));
    expect(shown).toHaveLength(9);
  });

  it('shows every demo group’s coming meetings as the finder does', async () => {
    const rows: { slug: string }[] = await api.dataSource.query(`SELECT slug FROM groups WHERE schedule IS NOT NULL AND archived_at IS NULL ORDER BY slug`);
    expect(rows.length).toBeGreaterThan(10);
    for (const { slug } of rows) {
      const listed = await finderMeetings(slug, TEST_NOW, 15);
      const shown = occurrences(await (await calendar(slug)).text(), TEST_NOW, listed.length).occurrences;
      expect({ slug, shown }).toEqual({ slug, shown: listed });
    }
  });

  it('names the group in the language asked for, and follows an edit at once', async () => {
    const slug = 'demo-sorggruppe-oslo';
    await setSchedule(slug, { timeZone: 'Europe/Oslo', start: '2026-12-01T18:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: [], rdates: [], moves: [], pauses: [] });
    const name = async (lang: string) => (await api.query<Meetings>(MEETINGS, { slug, first: 1 }, { 'accept-language': lang })).data?.group.name.text;
    const [norwegian, english] = [await name('nb'), await name('en')];
    expect(occurrences(await (await calendar(slug, '?lang=nb')).text(), TEST_NOW, 1).summary).toBe(norwegian);
    expect(occurrences(await (await calendar(slug, '?lang=en')).text(), TEST_NOW, 1).summary).toBe(english);

    const before = revision(await (await calendar(slug)).text());
    await setSchedule(slug, { timeZone: 'Europe/Oslo', start: '2026-12-02T17:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=WE', exdates: [], rdates: [], moves: [], pauses: [] });
    const edited = await (await calendar(slug)).text();
    const [first] = occurrences(edited, TEST_NOW, 1).occurrences;
    expect(first?.start).toBe(Date.parse('2026-12-02T17:00:00+01:00'));
    // Imported before the edit, the event is replaced when the file is imported again.
    expect(before.sequence).toBeGreaterThanOrEqual(1);
    expect(revision(edited).sequence).toBe(before.sequence + 1);
    expect(revision(edited).lastModified).not.toBe('');
  });

  it('writes a name with commas and semicolons as iCalendar text, in the calendar’s name as in its events', async () => {
    const slug = 'demo-sorggruppe-oslo';
    const [before] = (await api.dataSource.query(`SELECT name FROM groups WHERE slug = $1`, [slug])) as { name: Record<string, string> }[];
    await api.dataSource.query(`UPDATE groups SET name = $1 WHERE slug = $2`, [{ nb: 'Sorg, unge; voksne' }, slug]);
    try {
      const text = await (await calendar(slug, '?lang=nb')).text();
      const lines = text.split('\r\n');
      // RFC 5545 3.3.11: a comma or semicolon in TEXT is escaped, or a reader splits the value there.
      expect(lines).toEqual(expect.arrayContaining(['NAME:Sorg\\, unge\\; voksne', 'X-WR-CALNAME:Sorg\\, unge\\; voksne', 'SUMMARY:Sorg\\, unge\\; voksne']));
      expect(occurrences(text, TEST_NOW, 1).summary).toBe('Sorg, unge; voksne');
    } finally {
      await api.dataSource.query(`UPDATE groups SET name = $1 WHERE slug = $2`, [before?.name, slug]);
    }
  });

  it('says in the reader’s language that there is no such group, and gives a group without times an empty calendar', async () => {
    const missing = await calendar('no-such-group', '?lang=da');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ errors: [{ message: expect.stringMatching(/gruppe/i), extensions: { code: 'GROUP_NOT_FOUND' } }] });
    const odd = await fetch(`${base()}/calendar/groups/..%2Fetc%2Fpasswd`);
    expect(odd.status).toBe(404);

    const slug = 'demo-sorggruppe-oslo';
    await api.dataSource.query(`UPDATE groups SET schedule = NULL WHERE slug = $1`, [slug]);
    const text = await (await calendar(slug)).text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).not.toContain('BEGIN:VEVENT');
    // Still a valid calendar (RFC 5545: one component at least): the time zone of Oslo's meetings.
    expect(text).toMatch(/BEGIN:VTIMEZONE\r?\nTZID:Europe\/Oslo/);
  });
});
