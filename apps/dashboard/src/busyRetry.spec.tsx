import { gql } from '@apollo/client';
import { translator } from '@groupfinder/translations';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderToStaticMarkup } from 'react-dom/server';
import { createApolloClient } from './apollo';
import { LocaleContext } from './i18n/LocaleContext';
import { PageProblem } from './ui/PageProblem';

/** A stand-in API over real HTTP: counts what arrives, answers what it is told, in order. */
let server: Server;
let uri: string;
let received: { operationName?: string; acceptLanguage?: string | string[] }[] = [];
interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}
let answers: Answer[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ operationName: (JSON.parse(body) as { operationName?: string }).operationName, acceptLanguage: request.headers['accept-language'] });
      const answer = answers.shift() ?? { status: 500, body: { errors: [{ message: 'no answer was set' }] } };
      // A string is sent as it is, as a proxy's page; anything else as JSON.
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      response.writeHead(answer.status, { 'content-type': typeof answer.body === 'string' ? 'text/html' : 'application/json', ...answer.headers }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received = [];
  answers = [];
  // The clock is the test's: only the retry's wait (RetryLink's setTimeout) runs on it; the HTTP does not.
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'Date', 'hrtime', 'performance', 'setInterval', 'clearInterval'] });
});

afterEach(() => jest.useRealTimers());

const ORGANISATIONS = gql`
  query BusyOrganisations {
    organisations {
      id
      name
    }
  }
`;
const RENAME = gql`
  mutation BusyRename {
    renameOrganisation(id: "1", name: "Selvhjælp Nord") {
      id
      name
    }
  }
`;
const organisations = { status: 200, body: { data: { organisations: [{ __typename: 'Organisation', id: '1', name: 'Selvhjælp Lyngby' }] } } };
/** The API's own refusal under load (load-shedding.ts): plain JSON, not a GraphQL result. */
const overloaded = (retryAfter: string): Answer => ({
  status: 503,
  headers: { 'retry-after': retryAfter },
  body: { errors: [{ message: 'Tjenesten har meget travlt lige nu. Prøv igen om et øjeblik.', extensions: { code: 'OVERLOADED' } }] },
});

const client = () => createApolloClient({ uri, locale: () => 'da' });

/** Lets real I/O run (the fake clock does not move) until `done`. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setImmediate(resolve));
}

/** What the error state says about `error`, as a screen reader reads it. */
function shown(error: unknown): string {
  const html = renderToStaticMarkup(
    <LocaleContext.Provider value={{ locale: 'da', t: translator('da') }}>
      <PageProblem error={error} message="Organisationerne kunne ikke hentes." onRetry={() => undefined} />
    </LocaleContext.Provider>,
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

describe('the dashboard meeting a busy API', () => {
  it('asks for a query once more after the Retry-After it is given, and shows the answer', async () => {
    answers = [overloaded('1'), organisations];
    const query = client().query({ query: ORGANISATIONS });

    await until(() => received.length === 1 && jest.getTimerCount() === 1);
    await jest.advanceTimersByTimeAsync(999);
    expect(received).toHaveLength(1);
    expect(jest.getTimerCount()).toBe(1);
    // Within the half second of jitter after the second it was asked to wait.
    await jest.advanceTimersByTimeAsync(501);

    await expect(query).resolves.toMatchObject({ data: { organisations: [{ id: '1', name: 'Selvhjælp Lyngby' }] } });
    expect(received).toEqual([
      { operationName: 'BusyOrganisations', acceptLanguage: 'da' },
      { operationName: 'BusyOrganisations', acceptLanguage: 'da' },
    ]);
  });

  it('asks again after a rate limit, and after a GraphQL answer of 503 (SERVICE_UNAVAILABLE)', async () => {
    answers = [
      { status: 429, headers: { 'retry-after': '2' }, body: { errors: [{ message: 'For mange forespørgsler.', extensions: { code: 'RATE_LIMITED' } }] } },
      organisations,
    ];
    const limited = client().query({ query: ORGANISATIONS });
    await until(() => jest.getTimerCount() === 1);
    await jest.advanceTimersByTimeAsync(2500);
    await expect(limited).resolves.toMatchObject({ data: { organisations: [{ name: 'Selvhjælp Lyngby' }] } });
    expect(received).toHaveLength(2);

    received = [];
    // Apollo Server's own answer, to a client that accepts application/graphql-response+json: HttpLink reads it as a result.
    answers = [
      {
        status: 503,
        headers: { 'content-type': 'application/graphql-response+json', 'retry-after': '5' },
        body: { errors: [{ message: 'Tjenesten er utilgængelig et øjeblik. Prøv igen om lidt.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
      },
      organisations,
    ];
    const unavailable = client().query({ query: ORGANISATIONS });
    await until(() => jest.getTimerCount() === 1);
    await jest.advanceTimersByTimeAsync(5500);
    await expect(unavailable).resolves.toMatchObject({ data: { organisations: [{ name: 'Selvhjælp Lyngby' }] } });
    expect(received).toHaveLength(2);
  });

  it('asks only once more, and says why it could not load in the reader’s language', async () => {
    answers = [overloaded('1'), overloaded('1')];
    const query = client().query({ query: ORGANISATIONS });
    await until(() => jest.getTimerCount() === 1);
    await jest.advanceTimersByTimeAsync(1500);

    const error: unknown = await query.then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(received).toHaveLength(2);
    expect(shown(error)).toBe('Organisationerne kunne ikke hentes. Tjenesten har meget travlt lige nu. Prøv igen om et øjeblik. Prøv igen');
  });

  it('does not wait for a Retry-After longer than ten seconds: the error state says when to try again', async () => {
    answers = [{ status: 429, headers: { 'retry-after': '42' }, body: { errors: [{ message: 'Too many requests.', extensions: { code: 'RATE_LIMITED' } }] } }];

    const error: unknown = await client()
      .query({ query: ORGANISATIONS })
      .then(
        () => null,
        (failure: unknown) => failure,
      );

    expect(received).toHaveLength(1);
    expect(shown(error)).toBe('Organisationerne kunne ikke hentes. For mange forespørgsler. Prøv igen om 42 sekunder. Prøv igen');
  });

  it('says the service is unavailable when a proxy before the API answers 503 without GraphQL', async () => {
    answers = [{ status: 503, headers: { 'retry-after': '30' }, body: '<html>503 Service Temporarily Unavailable</html>' }];

    const error: unknown = await client()
      .query({ query: ORGANISATIONS })
      .then(
        () => null,
        (failure: unknown) => failure,
      );

    expect(received).toHaveLength(1);
    expect(shown(error)).toBe('Organisationerne kunne ikke hentes. Tjenesten er utilgængelig et øjeblik. Prøv igen om lidt. Prøv igen');
  });

  it('never sends a mutation again: it may have run, so its error is shown as it came', async () => {
    answers = [overloaded('1'), { status: 200, body: { data: { renameOrganisation: { __typename: 'Organisation', id: '1', name: 'Selvhjælp Nord' } } } }];

    await expect(client().mutate({ mutation: RENAME })).rejects.toMatchObject({ statusCode: 503 });

    expect(received).toEqual([{ operationName: 'BusyRename', acceptLanguage: 'da' }]);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('does not ask again after another failure', async () => {
    answers = [{ status: 500, headers: { 'retry-after': '1' }, body: { errors: [{ message: 'Intern fejl.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } }];

    await expect(client().query({ query: ORGANISATIONS })).rejects.toMatchObject({ statusCode: 500 });

    expect(received).toHaveLength(1);
    expect(jest.getTimerCount()).toBe(0);
  });
});
