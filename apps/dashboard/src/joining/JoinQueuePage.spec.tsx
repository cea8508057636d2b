import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { translator, type Locale } from '@groupfinder/translations';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createApolloClient } from '../apollo';
import { mergeFields } from '../editing/mergeFields';
import { LocaleContext } from '../i18n/LocaleContext';
import { formProblem } from '../ui/formProblem';
import { JoinQueuePage } from './JoinQueuePage';
import { entryChange, entryValues, exportFileName, placesLeftNow } from './queue';
import { ChangeJoinRequestMutation, ENTRY_PROBLEMS, QueueEntryView, type QueueEntry, type QueueEntryViewProps } from './QueueEntryRow';
import { StandInApi, text } from './standInApi.testing';

// The jest environment has no DOM: these tests read what the page first shows with the API's
// answer, as a screen reader would, what a save sends, and how a refused save is shown.
const api = new StandInApi();
beforeAll(() => api.start());
afterAll(() => api.stop());
beforeEach(() => api.reset());

const GROUP = '7f1c2d1e-0000-4000-8000-000000000002';
const ORGANISATION = '7f1c2d1e-0000-4000-8000-00000000000a';

function request(id: string, alias: string, fields: Partial<QueueEntry> = {}): QueueEntry & { __typename: string } {
  return {
    __typename: 'JoinRequest',
    id,
    version: 1,
    kind: 'WAITING_LIST',
    status: 'NEW',
    alias,
    contactKind: 'EMAIL',
    contact: `${alias.toLowerCase()}@example.org`,
    message: null,
    note: null,
    language: 'DA',
    askedAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    deleteAfter: '2027-04-30T10:00:00.000Z',
    ...fields,
  };
}

// In order of arrival: four signed up (one declined does not count), one accepted.
const requests = [
  request('r1', 'Birgit', { status: 'ACCEPTED', version: 4, note: 'Ringer tilbage mandag' }),
  request('r2', 'Jonas', { contactKind: 'PHONE', contact: '+45 20 30 40 50', status: 'CONTACTED', version: 3 }),
  request('r3', 'Aga', { kind: 'INTAKE', language: 'PL', message: 'Czy mogę przyjść z siostrą?' }),
  request('r4', 'Ole', { status: 'DECLINED' }),
  request('r5', 'Mette'),
];

const viewer = (role: string) => ({
  data: {
    me: {
      __typename: 'User',
      id: 'u1',
      name: 'Lone Admin',
      email: 'lone@example.org',
      secondFactorEnabled: true,
      secondFactorRequired: false,
      memberships: [{ __typename: 'Membership', id: 'm1', role, organisation: { __typename: 'Organisation', id: ORGANISATION }, unit: null }],
    },
  },
});

const queue = {
  data: {
    joinQueue: {
      __typename: 'JoinQueue',
      groupId: GROUP,
      groupName: 'Pårørendegruppen i Lyngby',
      joinWay: 'WAITING_LIST',
      formingMinimum: 6,
      accepted: 1,
      sizeMax: 8,
      placesLeft: null,
      requests,
    },
    editableGroup: { __typename: 'EditableGroup', id: GROUP, organisationId: ORGANISATION },
    organisations: [{ __typename: 'Organisation', id: ORGANISATION, slug: 'selvhjaelp-lyngby', name: 'Selvhjælp Lyngby' }],
  },
};

function inLocale(locale: Locale, tree: ReactNode) {
  return <LocaleContext.Provider value={{ locale, t: translator(locale) }}>{tree}</LocaleContext.Provider>;
}

async function renderPage(locale: Locale = 'en'): Promise<string> {
  const client = createApolloClient({ uri: api.uri, locale: () => locale });
  const { result } = await prerenderStatic({
    tree: <ApolloProvider client={client}>{inLocale(locale, <JoinQueuePage id={GROUP} />)}</ApolloProvider>,
    renderFunction: renderToStaticMarkup,
  });
  return result;
}

/** The rows of the queue's table, as read. */
function rows(html: string): string[] {
  const body = /<tbody>(.*?)<\/tbody>/s.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) => text(row[1] ?? ''));
}

function renderRow(props: Partial<QueueEntryViewProps> = {}, locale: Locale = 'en'): string {
  const entry = requests[1] as QueueEntry;
  return renderToStaticMarkup(
    inLocale(
      locale,
      <table>
        <tbody>
          <QueueEntryView
            entry={entry}
            position={2}
            values={entryValues(entry)}
            dirty={false}
            saving={false}
            saved={0}
            attempt={1}
            conflict={null}
            confirmingDelete={false}
            deleting={false}
            onChange={() => undefined}
            onSave={() => undefined}
            onSaveAgain={() => undefined}
            onAskDelete={() => undefined}
            onCancelDelete={() => undefined}
            onDelete={() => undefined}
            {...props}
          />
        </tbody>
      </table>,
    ),
  );
}

describe('a group’s queue of requests to join', () => {
  it('says how far the group is against its threshold and its size: 4 of 6 signed up', async () => {
    api.answers = { Viewer: viewer('ORGANISATION_ADMIN'), JoinQueuePage: queue };

    const html = await renderPage();

    expect(html).toMatch(/<h1[^>]*>Requests to join Pårørendegruppen i Lyngby<\/h1>/);
    expect(text(html)).toContain('Requests 4 of 6 signed up Places 1 of 8 places taken Visitors can now Ask for a place on the waiting list');
    expect(text(renderToStaticMarkup(<p>{translator('da')('dashboard.queue.signedUpOf', { count: 4, minimum: 6 })}</p>))).toBe('4 af 6 skrevet op');
    expect(api.received).toMatchObject([
      { method: 'POST', operationName: 'Viewer' },
      { method: 'POST', operationName: 'JoinQueuePage', variables: { groupId: GROUP } },
    ]);
  });

  it('lists the requests in order of arrival, each way to reach the person as a link, with its status and note to change', async () => {
    api.answers = { Viewer: viewer('ORGANISATION_ADMIN'), JoinQueuePage: queue };

    const html = await renderPage();

    expect(rows(html).map((row) => row.split(' ').slice(0, 2).join(' '))).toEqual(['1 Birgit', '2 Jonas', '3 Aga', '4 Ole', '5 Mette']);
    expect(html).toContain('<a href="mailto:birgit@example.org">birgit@example.org</a>');
    expect(html).toContain('<a href="tel:+4520304050">+45 20 30 40 50</a>');
    expect(rows(html)[2]).toContain('Aga aga@example.org Language: Polish Intake conversation');
    expect(rows(html)[2]).toContain('Czy mogę przyjść z siostrą?');
    // A screen reader reads the person's message in their language.
    expect(html).toContain('<span lang="pl">Czy mogę przyjść z siostrą?</span>');
    expect(html).toMatch(/<label class="visually-hidden" for="([^"]+)">Status of the request from Jonas<\/label><select id="\1" name="status" form="[^"]+"[^>]*>/);
    expect(html).toMatch(/<option value="CONTACTED" selected="">Contacted<\/option>/);
    expect(html).toMatch(/<textarea id="[^"]+" name="note" form="[^"]+" rows="2" maxLength="1000"[^>]*>Ringer tilbage mandag<\/textarea>/);
    expect(text(html)).toContain('Export (CSV)');
  });

  it('says that every view is recorded, linking the access log for the organisation’s admins only', async () => {
    api.answers = { Viewer: viewer('ORGANISATION_ADMIN'), JoinQueuePage: queue };
    const forAdmin = await renderPage();
    expect(text(forAdmin)).toContain('Every time this list is opened or exported, it is recorded in the organisation’s access log: who and when, never what the requests say. Personal data');
    expect(forAdmin).toContain('<a href="#/organisations/selvhjaelp-lyngby/personal-data">Personal data</a>');

    api.reset();
    api.answers = { Viewer: viewer('UNIT_ADMIN'), JoinQueuePage: queue };
    const forUnitAdmin = await renderPage();
    expect(text(forUnitAdmin)).toContain('it is recorded in the organisation’s access log');
    expect(forUnitAdmin).not.toContain('personal-data');
  });

  it('finds no page for anyone the API refuses, as for a group that does not exist', async () => {
    api.answers = { Viewer: viewer('EDITOR'), JoinQueuePage: { code: 'NOT_FOUND', message: 'There is nothing here, or you do not have access to it.' } };

    const html = await renderPage();

    expect(html).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    expect(html).not.toContain('<table');
  });
});

describe('changing a request in the queue', () => {
  const base = entryValues(requests[1] as QueueEntry);

  it('sends the status with the version the change started from, and only what changed', async () => {
    api.answers = { ChangeJoinRequest: { data: { changeJoinRequest: { __typename: 'JoinRequest', id: 'r2', version: 4, status: 'ACCEPTED', note: null, updatedAt: '2026-11-26T09:00:00.000Z', deleteAfter: '2027-05-25T09:00:00.000Z' } } } };
    const client = createApolloClient({ uri: api.uri, locale: () => 'en' });

    await client.mutate({ mutation: ChangeJoinRequestMutation, variables: { input: entryChange('r2', 3, base, { ...base, status: 'ACCEPTED' }) } });

    expect(api.received).toMatchObject([{ method: 'POST', operationName: 'ChangeJoinRequest', variables: { input: { id: 'r2', version: 3, status: 'ACCEPTED' } } }]);
    expect(entryChange('r1', 4, { status: 'ACCEPTED', note: 'Ringer tilbage mandag' }, { status: 'ACCEPTED', note: '  ' })).toEqual({ id: 'r1', version: 4, note: '' });
  });

  it('shows GROUP_FULL at the status, in the words the API gave', async () => {
    api.answers = { ChangeJoinRequest: { code: 'GROUP_FULL', message: 'Gruppen er fuld: Der er ikke flere pladser.' } };
    const client = createApolloClient({ uri: api.uri, locale: () => 'da' });
    const error = await client.mutate({ mutation: ChangeJoinRequestMutation, variables: { input: entryChange('r2', 3, base, { ...base, status: 'ACCEPTED' }) } }).then(
      () => null,
      (failure: unknown) => failure,
    );
    const problem = formProblem(error, { ...ENTRY_PROBLEMS, fields: [...ENTRY_PROBLEMS.fields], fallback: 'Det virkede ikke.' });
    expect(problem).toMatchObject({ code: 'GROUP_FULL', field: 'status' });

    const html = renderRow({ values: { ...base, status: 'ACCEPTED' }, dirty: true, statusError: problem.message }, 'da');

    expect(html).toMatch(/<div class="field field--invalid">.*<p class="field__error" id="([^"]+)">Gruppen er fuld: Der er ikke flere pladser.<\/p><select[^>]*aria-invalid="true" aria-describedby="\1"/s);
    expect(html).toMatch(/<option value="ACCEPTED" selected="">Optaget<\/option>/);
  });

  it('shows someone else’s change beside mine after a CONFLICT, to choose and save again from their version', () => {
    const mine = { ...base, status: 'ACCEPTED' as const };
    const theirs = { status: 'DECLINED' as const, note: 'Har fundet en anden gruppe' };

    const html = renderRow({ values: mine, dirty: true, conflict: { mine, theirs, version: 5, merge: mergeFields(base, mine, theirs) } });

    expect(text(html)).toContain('Someone else saved changes while you were making yours');
    expect(text(html)).toContain('What is saved is now at version 5.');
    expect(text(html)).toContain('Their changes, taken in together with yours Note: “Har fundet en anden gruppe”');
    expect(text(html)).toContain('Keep mine: Accepted');
    expect(text(html)).toContain('Take theirs: Declined');
    expect(html).toMatch(/<td colSpan="9"><form class="card section conflict"/);
  });

  it('asks before deleting, in place, naming whose request it is', () => {
    const html = renderRow({ confirmingDelete: true });

    expect(text(html)).toContain('Delete the request from Jonas? It is deleted at once and for good. Yes, delete it Cancel');
    expect(html).toMatch(/<div class="role-removal" role="group" aria-labelledby="([^"]+)"><p id="\1" tabindex="-1"/);
  });
});

describe('the queue’s numbers and its export', () => {
  it('counts the places left as accepting takes them and declining gives them back', () => {
    expect(placesLeftNow({ placesLeft: 3, accepted: 1, sizeMax: 8 }, 2)).toBe(2);
    expect(placesLeftNow({ placesLeft: 0, accepted: 3, sizeMax: 8 }, 1)).toBe(2);
    expect(placesLeftNow({ placesLeft: 8, accepted: 1, sizeMax: 8 }, 0)).toBe(8);
    expect(placesLeftNow({ placesLeft: null, accepted: 1, sizeMax: 8 }, 2)).toBeNull();
  });

  it('names the file after the group and the day, safe for any file system', () => {
    expect(exportFileName('Pårørende: "Lyngby/Taarbæk"', new Date(2026, 10, 26, 9, 30))).toBe('Pårørende Lyngby Taarbæk 2026-11-26.csv');
    expect(exportFileName('///', new Date(2026, 0, 5))).toBe('group 2026-01-05.csv');
  });
});
