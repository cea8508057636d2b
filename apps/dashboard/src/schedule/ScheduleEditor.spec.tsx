import type { Schedule } from '@groupfinder/domain';
import { translator, type Locale } from '@groupfinder/translations';
import { renderToStaticMarkup } from 'react-dom/server';
import { LocaleContext } from '../i18n/LocaleContext';
import { ScheduleEditor, type ScheduleEditorProps } from './ScheduleEditor';

// The jest environment has no DOM: these tests read what the editor first shows, as a screen reader would.
const now = new Date('2026-01-15T09:00:00Z');

const everyOtherTuesday: Schedule = {
  timeZone: 'Europe/Copenhagen',
  start: '2026-02-03T19:00',
  durationMinutes: 120,
  rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
  exdates: ['2026-02-17T19:00'],
  rdates: [],
  moves: [{ from: '2026-03-03T19:00', to: '2026-03-04T18:00' }],
  pauses: [{ from: '2026-07-01', until: '2026-08-10', reason: { da: 'Sommerferie', en: 'Summer break' } }],
};

function render(props: Partial<ScheduleEditorProps> = {}, locale: Locale = 'en'): string {
  return renderToStaticMarkup(
    <LocaleContext.Provider value={{ locale, t: translator(locale) }}>
      <ScheduleEditor value={everyOtherTuesday} onChange={() => undefined} languages={['da', 'en']} defaultTimeZone="Europe/Copenhagen" now={now} {...props} />
    </LocaleContext.Provider>,
  );
}

/** The text a person reads, without the markup. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, '’')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The items of the list of next meetings, as read. */
function previewItems(html: string): string[] {
  const list = /<ol[^>]*class="plain-list schedule-preview"[^>]*>(.*?)<\/ol>/s.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li[^>]*>(.*?)<\/li>/gs)].map((item) => text(item[1] ?? '').trim());
}

describe('ScheduleEditor', () => {
  it('says the rule in words and lists the next ten meetings, cancelled and moved ones marked in words', () => {
    const html = render();
    expect(text(html)).toContain('Every other Tuesday, 19:00–21:00, from 3 February');
    const items = previewItems(html);
    expect(items).toHaveLength(10);
    expect(items[0]).toMatch(/^Tuesday 3 February, 19:00–21:00 Cancel Tuesday 3 February, 19:00–21:00 Move Tuesday 3 February/);
    expect(items[1]).toMatch(/^Tuesday 17 February, 19:00–21:00 Cancelled Restore/);
    expect(items[2]).toMatch(/^Wednesday 4 March, 18:00–20:00 Moved originally Tuesday 3 March, 19:00–21:00 Undo move/);
    expect(text(html)).toContain('The next 10 meetings:');
  });

  it('shows the controls a volunteer chose with, and no RRULE text outside the experts’ details', () => {
    const html = render();
    expect(html).toMatch(/<option value="WEEKLY" selected="">Every week or every few weeks<\/option>/);
    expect(html).toMatch(/<option value="2" selected="">Every other week<\/option>/);
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked=""[^>]*>\s*<label[^>]*>Tuesday<\/label>/);
    expect(html).toMatch(/<input[^>]*name="scheduleFirstDate"[^>]*value="2026-02-03"/);
    const outsideDetails = html.replace(/<details.*<\/details>/s, '');
    expect(outsideDetails).not.toContain('FREQ=');
    expect(html).toMatch(/<details class="schedule-editor__raw"><summary>The rule in iCalendar terms \(for experts\)<\/summary>/);
    expect(text(html)).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
  });

  it('labels every control, groups them under legends, and announces the preview politely', () => {
    const html = render();
    const ids = [...html.matchAll(/<(?:input|select)[^>]*\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(15);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
    expect(html).not.toMatch(/<(input|select)(?![^>]*\sid=)[^>]*>/);
    for (const legend of ['When the group meets', 'How often', 'Date and time', 'Ends', 'Next meetings', 'Breaks', 'Break 1', 'Reason (optional)']) {
      expect(html).toContain(`<legend class="schedule-editor__legend">${legend}</legend>`);
    }
    expect(html).toMatch(/<p class="schedule-editor__status" role="status">The next 10 meetings:<\/p>/);
    expect(html).toMatch(/<p class="details__lead" aria-live="polite">Every other Tuesday/);
  });

  it('asks for a break’s reason in each of the organisation’s languages, side by side', () => {
    const html = render();
    expect(html).toMatch(/<label class="field__label" for="[^"]+">Danish<\/label><input lang="da"[^>]*value="Sommerferie"/);
    expect(html).toMatch(/<label class="field__label" for="[^"]+">English<\/label><input lang="en"[^>]*value="Summer break"/);
  });

  it('shows the editor’s own problems and the API’s at the control they are about', () => {
    const html = render({
      value: { ...everyOtherTuesday, start: '2026-02-04T19:00', exdates: ['2026-02-18T19:00'] },
      problems: [{ path: 'pauses[0]', message: 'The break overlaps the summer camp.' }],
    });
    const firstDate = /<div class="field field--invalid">(?:(?!<\/div>).)*name="scheduleFirstDate"/s.exec(html)?.[0] ?? '';
    expect(text(firstDate)).toContain('The first meeting is not on a day the group meets by its repeat rule.');
    const cancelled = /Cancelled meetings<\/p>.*?<\/ul>/s.exec(html)?.[0] ?? '';
    expect(text(cancelled)).toContain('A cancelled meeting is not one of the group’s meetings.');
    const pause = /<legend class="schedule-editor__legend">Break 1<\/legend>.*?<\/fieldset>/s.exec(html)?.[0] ?? '';
    expect(text(pause)).toContain('The break overlaps the summer camp.');
  });

  it('shows the API’s problems about items that are no longer there above the controls', () => {
    const html = render({ problems: [{ path: 'rdates[3]', message: 'That extra meeting clashes with another group.' }] });
    expect(html).toMatch(/<div class="form-alert" role="alert"><p class="schedule-editor__problem">That extra meeting clashes with another group.<\/p><\/div>/);
  });

  it('keeps working on a schedule it cannot read, saying why instead of a preview', () => {
    const html = render({ value: { ...everyOtherTuesday, rrule: 'FREQ=YEARLY' } });
    expect(text(html)).toContain('This schedule was set up in a way these controls cannot show.');
    expect(text(html)).toContain('This kind of repeat rule is not supported');
    expect(text(html)).toContain('The schedule can be put in words once its problems are fixed.');
    expect(text(html)).toContain('The next meetings are shown once the problems are fixed.');
    expect(previewItems(html)).toEqual([]);
    expect(text(html)).toContain('RRULE:FREQ=YEARLY');
  });

  it('shows an unusual but valid rule in words, read-only, with a way to start again', () => {
    const html = render({ value: { ...everyOtherTuesday, rrule: 'FREQ=MONTHLY;BYDAY=1TU,3TU', start: '2026-02-03T19:00', exdates: [], moves: [] } });
    expect(text(html)).toContain('First and third Tuesday of the month, 19:00–21:00');
    expect(html).not.toContain('name="scheduleKind"');
    expect(text(html)).toContain('Start again with a simple schedule');
    expect(previewItems(html).slice(0, 2)).toEqual([expect.stringMatching(/^Tuesday 3 February/), expect.stringMatching(/^Tuesday 17 February/)]);
  });

  it('offers "No fixed time yet" for a forming group, with nothing else to fill in', () => {
    const html = render({ value: null });
    expect(html).toMatch(/<input[^>]*type="radio"[^>]*checked=""[^>]*>\s*<label[^>]*>No fixed time yet<\/label>/);
    expect(html).not.toContain('name="scheduleKind"');
    expect(previewItems(html)).toEqual([]);
  });

  it('offers ten more dates under the preview, and a date field to cancel or move a meeting further ahead', () => {
    const html = render();
    expect(html).toMatch(/<\/ol><button type="button" class="button button--quiet button--small">Show more dates<\/button>/);
    const onDate = /<legend class="schedule-editor__legend">Cancel or move a meeting on another date<\/legend>.*?<\/fieldset>/s.exec(html)?.[0] ?? '';
    expect(onDate).toMatch(/<label class="field__label" for="([^"]+)">Date of the meeting<\/label>.*<input[^>]*id="\1"[^>]*type="date"/s);
    // From today in the group's time zone; what the date finds is said in a polite live region, empty until then.
    expect(onDate).toMatch(/<input min="2026-01-15"/);
    expect(onDate).toContain('<p class="schedule-editor__status" role="status"></p>');
  });

  it('offers no more dates when the schedule ends before the preview is full', () => {
    const threeMeetings = render({ value: { ...everyOtherTuesday, rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3', exdates: [], moves: [] } });
    expect(previewItems(threeMeetings)).toHaveLength(3);
    expect(threeMeetings).not.toContain('Show more dates');
    expect(threeMeetings).toContain('Cancel or move a meeting on another date');
  });

  it('speaks the dashboard’s language', () => {
    const html = render({}, 'da');
    expect(text(html)).toContain('Hver 14. dag, tirsdag kl. 19:00–21:00');
    expect(text(html)).toContain('Aflyst');
    expect(html).toMatch(/<legend class="schedule-editor__legend">Hvor ofte<\/legend>/);
  });
});
