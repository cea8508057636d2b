import { translator } from '@groupfinder/translations';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FragmentType } from './gql';
import type { GroupCard_GroupFragment } from './gql/graphql';
import type { GroupCardFragment } from './GroupCard';
import { GroupList } from './GroupList';
import type { WidgetTranslate } from './messages';
import { ShareButton } from './ShareButton';

// The jest environment has no DOM: the list and the share button are read from their markup, as a browser gets it.
const t = translator('da') as WidgetTranslate;
const GROUP: GroupCard_GroupFragment = {
  id: 'g1',
  slug: 'sorggruppe-for-unge',
  name: { text: 'Sorggruppe for unge', language: 'DA' },
  isDemo: false,
  format: 'IN_PERSON',
  ageLabel: '13–18 år',
  languages: ['DA'],
  enrolment: { state: 'OPEN_AFTER_INTAKE', callToAction: 'Bed om en afklarende samtale' },
  schedule: null,
  nextMeetings: [],
  municipality: { name: 'Lyngby-Taarbæk' },
  venue: null,
};

describe('the list of groups', () => {
  it('links each group to its own view, by an address that opens it in a new tab too', () => {
    const html = renderToStaticMarkup(
      <GroupList
        groups={[{ node: { ...GROUP } as FragmentType<typeof GroupCardFragment> & { id: string }, distanceKm: null }]}
        busy={false}
        locale="da"
        t={t}
        headingLevel={3}
        listRef={null}
        groupHref={(slug) => `https://www.gladsaxe.dk/selvhjaelp#tab=2&gf=topic:grief;group:${slug}`}
        onOpen={() => undefined}
      />,
    );
    expect(html).toContain('<h3 class="gf-group__name" id="gf-group-g1" tabindex="-1">Sorggruppe for unge</h3>');
    expect(html).toContain(
      '<a class="gf-group__open" href="https://www.gladsaxe.dk/selvhjaelp#tab=2&amp;gf=topic:grief;group:sorggruppe-for-unge"><span class="gf-group__open-icon" aria-hidden="true"></span>Mere om gruppen</a>',
    );
  });
});

describe('the share button', () => {
  it('keeps its live region in the page, empty, before anything is shared, and no field to copy from', () => {
    const html = renderToStaticMarkup(<ShareButton id="gf-share-group" label="Del gruppen" title="Sorggruppe for unge" url={() => ''} t={t} />);
    expect(html).toBe(
      '<div class="gf-share"><button class="gf-button gf-button--secondary" type="button">Del gruppen</button><p class="gf-share__status" role="status"></p></div>',
    );
  });
});
