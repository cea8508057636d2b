import { translator } from '@groupfinder/translations';
import { renderToStaticMarkup } from 'react-dom/server';
import { NO_FILTER } from './filter-values';
import type { FragmentType } from './gql';
import type { GroupContact_GroupFragment, PrintGroup_GroupFragment } from './gql/graphql';
import type { WidgetTranslate } from './messages';
import { PrintList, type PrintGroupFragment } from './PrintList';
import { describeSearch } from './PrintView';
import { topicOptions } from './useTopics';

// The jest environment has no DOM: the list is read from its markup, as a screen reader or a printer gets it.
const t = translator('da') as WidgetTranslate;
/** What the list prints of a group, with the contact it shows (GroupContact). */
type Printed = PrintGroup_GroupFragment & GroupContact_GroupFragment;

const GROUP: Printed = {
  name: { text: 'Sorggruppe for unge', language: 'DA' },
  format: 'IN_PERSON',
  schedule: { summary: 'Hver 14. dag, tirsdag kl. 16:30–18:00', timeZone: 'Europe/Copenhagen' },
  nextMeetings: [
    { start: '2027-03-16T16:30:00+01:00', end: '2027-03-16T18:00:00+01:00', status: 'SCHEDULED', statusLabel: 'Planlagt' },
    { start: '2027-03-30T16:30:00+02:00', end: '2027-03-30T18:00:00+02:00', status: 'CANCELLED', statusLabel: 'Aflyst' },
  ],
  venue: { name: 'Frivilligcenter', street: 'Lyngby Hovedgade 1', postalCode: '2800', town: 'Kgs. Lyngby' },
  municipality: { name: 'Lyngby-Taarbæk' },
  enrolment: { callToAction: 'Bed om en afklarende samtale' },
  organisation: { country: 'DK' },
  contact: { name: 'Anne', phone: '4498 3579', email: null, url: null },
};

function list(group: Partial<Printed>): string {
  return renderToStaticMarkup(
    <PrintList groups={[{ id: '1', group: { ...GROUP, ...group } as FragmentType<typeof PrintGroupFragment> }]} locale="da" t={t} headingLevel={4} />,
  );
}
// The day the e2e journeys happen on (e2e/clock.ts): a meeting this year is said without its year.
beforeAll(() => jest.useFakeTimers({ now: new Date('2027-03-10T09:00:00Z') }));
afterAll(() => jest.useRealTimers());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the list to print', () => {
  it('gives each group its schedule, next meetings (the cancelled one said so), place, how to join and contact', () => {
    expect(text(list({}))).toBe(
      [
        'Sorggruppe for unge',
        'Hvornår Hver 14. dag, tirsdag kl. 16:30–18:00',
        'De næste møder tirsdag 16. marts kl. 16:30–18:00 tirsdag 30. marts kl. 16:30–18:00 Aflyst',
        'Hvor Frivilligcenter, Lyngby Hovedgade 1, 2800 Kgs. Lyngby',
        'Sådan kommer du med Bed om en afklarende samtale',
        'Kontakt Anne Telefon: 4498 3579',
      ].join(' '),
    );
    expect(list({})).toContain('<h4 class="gf-print__name">Sorggruppe for unge</h4>');
    expect(list({})).toContain('<del>tirsdag 30. marts kl. 16:30–18:00</del>');
  });

  it('says an online group meets online, a group without a time that it has none, and leaves out what is not known', () => {
    const html = text(list({ format: 'ONLINE', venue: null, schedule: null, nextMeetings: [], contact: { name: null, phone: null, email: null, url: null } }));
    expect(html).toBe('Sorggruppe for unge Hvornår Tidspunktet er ikke fastlagt endnu Hvor Online Sådan kommer du med Bed om en afklarende samtale');
  });

  it('marks a name in another language than the page’s', () => {
    expect(list({ name: { text: 'Grupa wsparcia', language: 'PL' } })).toContain('<h4 class="gf-print__name" lang="pl">Grupa wsparcia</h4>');
  });
});

describe('what the printed list says was searched for', () => {
  it('names each filter chosen with its value, in the form’s order, and nothing for a fresh search', () => {
    const values = { ...NO_FILTER, text: ' sorg ', topic: 'GRIEF' as const, place: 'Lyngby', radiusKm: 25 as const, age: '15', weekdays: ['MONDAY' as const, 'FRIDAY' as const] };
    expect(describeSearch(values, topicOptions('da', undefined, undefined), 'da', t)).toEqual([
      'Søg: sorg',
      'Emne: Sorg',
      'Nær (by eller postnummer): Lyngby, 25 km',
      'Din alder: 15',
      'Ugedage: mandag og fredag',
    ]);
    expect(describeSearch(NO_FILTER, [], 'da', t)).toEqual([]);
  });
});
