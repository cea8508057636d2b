import { translate, translator } from '@groupfinder/translations';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FragmentType } from './gql';
import type { GroupContact_GroupFragment, GroupDetails_GroupFragment } from './gql/graphql';
import { GroupDetailsFragment, GroupDetailsView } from './GroupDetails';
import type { WidgetTranslate } from './messages';

// The jest environment has no DOM: these tests read the "How to join" and "Contact" sections as a screen reader would.
/** The details' fields, with those of the contact they show (GroupContact). */
type Details = GroupDetails_GroupFragment & GroupContact_GroupFragment;

const GROUP: Details = {
  audienceLabel: 'For pårørende',
  methodLabel: null,
  promiseLabels: [],
  format: 'IN_PERSON',
  joinWay: 'WAITING_LIST',
  canBeWritten: false,
  description: null,
  practicalNotes: null,
  topics: [],
  facilitation: { details: [] },
  onlineJoin: null,
  schedule: null,
  meetings: [],
  enrolment: { callToAction: 'Skriv dig på ventelisten', details: ['Starter, når 6 har skrevet sig op'], intake: null },
  venue: null,
  municipality: { name: 'Gladsaxe' },
  organisation: { country: 'DK' },
  contact: { name: null, phone: null, email: null, url: null },
};

function details(group: Partial<Details>): string {
  return renderToStaticMarkup(
    <GroupDetailsView
      group={{ ...GROUP, ...group } as FragmentType<typeof GroupDetailsFragment>}
      slug="g"
      endpoint="http://api.test/graphql"
      locale="da"
      t={translator('da') as WidgetTranslate}
      headingLevel={4}
    />,
  );
}
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
/** The text of the section under this heading. */
const section = (html: string, heading: string) => text(new RegExp(`<h4 class="gf-details__heading">${heading}</h4>(.*?)</section>`).exec(html)?.[1] ?? '');

describe('how to join, in the group’s details', () => {
  it('gives a group with a waiting list a button to sign up, after what the group says about joining', () => {
    const html = details({});
    expect(section(html, 'Sådan kommer du med')).toBe('Starter, når 6 har skrevet sig op Skriv dig på ventelisten');
    expect(html).toContain('aria-controls="gf-join-g">Skriv dig på ventelisten</button>');
  });

  it('tells a visitor of a drop-in group to just come, with no form', () => {
    const html = details({ joinWay: 'JUST_COME', enrolment: { callToAction: 'Mød bare op – ingen tilmelding', details: [], intake: null } });
    expect(section(html, 'Sådan kommer du med')).toBe(translate('da', 'widget.join.justCome'));
    expect(html).not.toContain('<button');
  });

  it('offers to write to a group that can be written to, also when it publishes no contact of its own', () => {
    expect(section(details({ canBeWritten: true }), 'Kontakt')).toBe('Skriv til gruppen');
    expect(details({ canBeWritten: true })).toContain('<button class="gf-button gf-button--secondary" type="button" id="gf-write-g-open" aria-expanded="false" aria-controls="gf-write-g">');
    expect(details({})).not.toContain('Kontakt');
  });
});

describe('the group’s meetings in the visitor’s calendar', () => {
  it('offers the calendar file in the widget’s language and a subscription to the same address, for a group with times', () => {
    const html = details({ schedule: { timeZone: 'Europe/Copenhagen', pauses: [] } });
    expect(html).toContain('<a class="gf-calendar__link" href="http://api.test/calendar/groups/g.ics?lang=da" download="g.ics">Føj til kalender</a>');
    expect(html).toContain('<a class="gf-calendar__link" href="webcal://api.test/calendar/groups/g.ics?lang=da">Abonnér på møderne i din kalender</a>');
  });

  it('offers none for a group without times', () => {
    expect(details({ schedule: null })).not.toContain('calendar');
  });
});
