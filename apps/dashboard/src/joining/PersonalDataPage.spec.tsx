import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { translator, type Locale } from '@groupfinder/translations';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createApolloClient } from '../apollo';
import { LocaleContext } from '../i18n/LocaleContext';
import { PersonalDataPage, StoredData, type StoredMessage, type StoredRequest } from './PersonalDataPage';
import { StandInApi, text } from './standInApi.testing';

// The jest environment has no DOM: these tests read what the page first shows with the API's answer, as a screen reader would.
const api = new StandInApi();
beforeAll(() => api.start());
afterAll(() => api.stop());
beforeEach(() => api.reset());

const ORGANISATION = '7f1c2d1e-0000-4000-8000-00000000000a';

const viewer = (role: string, organisationId: string | null = ORGANISATION) => ({
  data: {
    me: {
      __typename: 'User',
      id: 'u1',
      name: 'Lone Admin',
      email: 'lone@example.org',
      secondFactorEnabled: true,
      secondFactorRequired: false,
      memberships: [{ __typename: 'Membership', id: 'm1', role, organisation: organisationId ? { __typename: 'Organisation', id: organisationId } : null, unit: null }],
    },
  },
});

const entry = (at: string, action: string, by: string | null, groupName: string | null) => ({
  __typename: 'PersonalDataAccessEntry',
  at,
  action,
  joinRequestId: '3b9d7c1e-5a4f-4d2b-9c8e-1f2a3b4c5d6e',
  by,
  groupName,
});

const accessLog = {
  data: {
    organisation: { __typename: 'Organisation', id: ORGANISATION, slug: 'selvhjaelp-lyngby', name: 'Selvhjælp Lyngby' },
    personalDataAccess: [
      entry('2026-11-26T09:15:00.000Z', 'CHANGED', 'Lone Admin', 'Pårørendegruppen i Lyngby'),
      entry('2026-11-26T09:14:00.000Z', 'VIEWED', 'Lone Admin', 'Pårørendegruppen i Lyngby'),
      entry('2026-11-25T03:00:00.000Z', 'DELETED', null, null),
    ],
  },
};

function inLocale(locale: Locale, tree: ReactNode) {
  return <LocaleContext.Provider value={{ locale, t: translator(locale) }}>{tree}</LocaleContext.Provider>;
}

async function renderPage(locale: Locale = 'en'): Promise<string> {
  const client = createApolloClient({ uri: api.uri, locale: () => locale });
  const { result } = await prerenderStatic({
    tree: <ApolloProvider client={client}>{inLocale(locale, <PersonalDataPage slug="selvhjaelp-lyngby" />)}</ApolloProvider>,
    renderFunction: renderToStaticMarkup,
  });
  return result;
}

const rows = (html: string) => [...(/<tbody>(.*?)<\/tbody>/s.exec(html)?.[1] ?? '').matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) => text(row[1] ?? ''));

describe('an organisation’s personal data', () => {
  it('lists who did what with which request, and when, newest first; never what the request said', async () => {
    api.answers = { Viewer: viewer('ORGANISATION_ADMIN'), PersonalDataAccessPage: accessLog };

    const html = await renderPage();

    expect(html).toMatch(/<h1[^>]*>Personal data at Selvhjælp Lyngby<\/h1>/);
    expect(rows(html)).toEqual([
      expect.stringMatching(/^26 Nov 2026, .* Lone Admin Changed 3b9d7c1e Pårørendegruppen i Lyngby$/),
      expect.stringMatching(/^26 Nov 2026, .* Lone Admin Viewed 3b9d7c1e Pårørendegruppen i Lyngby$/),
      expect.stringMatching(/ The system, or the person themselves Deleted 3b9d7c1e A group that no longer exists$/),
    ]);
    expect(text(html)).toContain('What is stored about a person');
    expect(html).toMatch(/<input[^>]*name="contact"/);
    expect(api.received).toMatchObject([
      { method: 'POST', operationName: 'Viewer' },
      { method: 'POST', operationName: 'PersonalDataAccessPage', variables: { slug: 'selvhjaelp-lyngby', first: 50 } },
    ]);
  });

  it('says who may see it to a unit’s admin the API refuses', async () => {
    api.answers = {
      Viewer: viewer('UNIT_ADMIN', null),
      PersonalDataAccessPage: { code: 'FORBIDDEN', message: 'You do not have access to this.' },
    };

    const html = await renderPage();

    expect(text(html)).toContain('Only the organisation’s administrators see its access log and answer requests about personal data.');
    expect(html).not.toContain('<table');
  });

  it('shows everything stored about a person, requests and messages, with the way to erase it', () => {
    const request: StoredRequest = {
      id: 'r1',
      groupName: 'Skilsmissegruppe',
      kind: 'INTAKE',
      status: 'NEW',
      alias: 'Aga',
      contactKind: 'EMAIL',
      contact: 'aga@example.org',
      message: 'Czy mogę przyjść z siostrą?',
      note: null,
      language: 'PL',
      askedAt: '2026-11-20T18:30:00.000Z',
      deleteAfter: '2027-05-19T18:30:00.000Z',
    };
    const message: StoredMessage = {
      id: 'm1',
      groupName: 'Sorggruppen',
      alias: 'Aga',
      contactKind: 'EMAIL',
      contact: 'aga@example.org',
      message: 'Kiedy jest następne spotkanie?',
      language: 'PL',
      sentAt: '2026-11-21T08:00:00.000Z',
      deliveredAt: null,
      deleteAfter: '2026-12-05T08:00:00.000Z',
    };

    const html = renderToStaticMarkup(inLocale('en', <StoredData contact="aga@example.org" requests={[request]} messages={[message]} erase={<button type="button">Erase</button>} />));

    expect(text(html)).toContain('1 request from aga@example.org');
    expect(text(html)).toContain('Aga aga@example.org Language: Polish Skilsmissegruppe Intake conversation New');
    expect(text(html)).toContain('1 message to a group from aga@example.org');
    expect(text(html)).toContain('Sorggruppen');
    expect(text(html)).toContain('Not passed on yet Kiedy jest następne spotkanie?');
    expect(text(renderToStaticMarkup(inLocale('da', <StoredData contact="x@example.org" requests={[]} messages={[]} erase={null} />)))).toBe('Der er intet gemt om x@example.org.');
    expect(translator('en')('dashboard.personalData.erased', { count: 2 })).toBe('2 entries are erased.');
  });
});
