import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLRequestError, request } from './request';
import { TopicsQuery } from './useTopics';

/** A stand-in GraphQL endpoint over real HTTP: records what arrives, answers what it is told. */
let server: Server;
let endpoint: string;
let received: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string } | undefined;
let requests: { method?: string; url?: string }[] = [];
let answer: { status: number; body: string; headers?: Record<string, string> };
/** Answers for the first requests, in order, before `answer`. */
let answers: { status: number; body: string; headers?: Record<string, string> }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received = { method: req.method, url: req.url, headers: req.headers, body };
      requests.push({ method: req.method, url: req.url });
      const next = answers.shift() ?? answer;
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers }).end(next.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received = undefined;
  requests = [];
  answers = [];
});

describe('request', () => {
  it('asks with a GET naming the query by its hash, in the widget language, without cookies or a preflight', async () => {
    answer = { status: 200, body: JSON.stringify({ data: { topics: [{ code: 'GRIEF', label: 'Sorg', parent: null }] } }) };

    const data = await request(endpoint, TopicsQuery, { locale: 'DA' }, { locale: 'da' });

    expect(data.topics).toEqual([{ code: 'GRIEF', label: 'Sorg', parent: null }]);
    expect(received?.method).toBe('GET');
    const url = new URL(received?.url ?? '', endpoint);
    expect(JSON.parse(url.searchParams.get('variables') ?? '')).toEqual({ locale: 'DA' });
    expect(JSON.parse(url.searchParams.get('extensions') ?? '')).toEqual({ persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(url.searchParams.has('query')).toBe(false);
    expect(received?.headers['accept-language']).toBe('da');
    // Only headers a browser sends without asking first (CORS-safelisted): no content type, nothing custom.
    expect(received?.headers['content-type']).toBeUndefined();
    expect(received?.headers.cookie).toBeUndefined();
  });

  it('posts the whole operation when the server does not know its hash', async () => {
    answers = [{ status: 200, body: JSON.stringify({ errors: [{ message: 'unknown', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }) }];
    answer = { status: 200, body: JSON.stringify({ data: { topics: [] } }) };

    const data = await request(endpoint, TopicsQuery, { locale: 'SV' }, { locale: 'sv' });

    expect(data.topics).toEqual([]);
    expect(requests.map((sent) => sent.method)).toEqual(['GET', 'POST']);
    expect(received?.headers['content-type']).toBe('application/json');
    const body = JSON.parse(received?.body ?? '{}') as { query: string; variables: unknown };
    expect(body.query).toContain('query WidgetTopics($locale: Language)');
    expect(body.variables).toEqual({ locale: 'SV' });
  });

  it('asks once more when a busy API says to come back within seconds, and not when it says later', async () => {
    const overloaded = (seconds: string) => ({ status: 503, headers: { 'retry-after': seconds }, body: JSON.stringify({ errors: [{ message: 'Travlt', extensions: { code: 'OVERLOADED' } }] }) });
    answers = [overloaded('1')];
    answer = { status: 200, body: JSON.stringify({ data: { topics: [] } }) };
    const started = Date.now();
    await expect(request(endpoint, TopicsQuery, {}, { locale: 'da' })).resolves.toEqual({ topics: [] });
    expect(requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);

    requests = [];
    answers = [overloaded('60')];
    await expect(request(endpoint, TopicsQuery, {}, { locale: 'da' })).rejects.toMatchObject({ code: 'OVERLOADED', message: 'Travlt' });
    expect(requests).toHaveLength(1);
  });

  it("rejects with the first GraphQL error's code and message", async () => {
    answer = {
      status: 200,
      body: JSON.stringify({
        data: null,
        errors: [{ message: 'Søgeteksten må højst være 100 tegn lang.', extensions: { code: 'SEARCH_TEXT_TOO_LONG' } }],
      }),
    };

    await expect(request(endpoint, TopicsQuery, {}, { locale: 'da' })).rejects.toMatchObject({
      name: 'GraphQLRequestError',
      code: 'SEARCH_TEXT_TOO_LONG',
      message: 'Søgeteksten må højst være 100 tegn lang.',
    });
  });

  it('rejects when the server answers without GraphQL', async () => {
    answer = { status: 502, body: '<html>Bad gateway</html>' };
    await expect(request(endpoint, TopicsQuery, {}, { locale: 'en' })).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('rejects as a network error when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const failure = request(`http://127.0.0.1:${port}/graphql`, TopicsQuery, {}, { locale: 'en' });
    await expect(failure).rejects.toBeInstanceOf(GraphQLRequestError);
    await expect(failure).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
