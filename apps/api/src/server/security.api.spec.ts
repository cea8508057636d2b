import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@groupfinder/domain';
import { SESSION_COOKIE } from './http-exchange';
import { serverUrl } from './address';
import { startTestApi, TEST_DASHBOARD_URL, type TestApi } from '../testing/test-api';

const ME = `{ me { email } }`;

async function getAsBrowser(api: TestApi, headers: Record<string, string>) {
  const response = await fetch(api.url, { headers: { accept: 'text/html,application/xhtml+xml', ...headers } });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('in development', () => {
  let api: TestApi;
  let token: string;
  const [account] = DEMO_ACCOUNTS;

  beforeAll(async () => {
    api = await startTestApi({ demoAccounts: true });
    const browser = api.browser();
    const signedIn = await browser.query(`mutation ($input: SignInInput!) { signIn(input: $input) { email } }`, { input: { email: account?.email, password: DEMO_PASSWORD } });
    expect(signedIn.errors).toBeUndefined();
    token = browser.sessionToken ?? '';
  });

  afterAll(async () => {
    await api?.stop();
  });

  /** `me` with the session cookie, from a page at `origin` (none: not from a browser page). */
  async function meFrom(origin: string | null, language = 'en') {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': language, cookie: `${SESSION_COOKIE}=${token}` };
    if (origin) headers['origin'] = origin;
    const response = await fetch(api.url, { method: 'POST', headers, body: JSON.stringify({ query: ME }) });
    return { status: response.status, ...((await response.json()) as { data?: { me: { email: string } | null }; errors?: { message: string; extensions: { code: string } }[] }) };
  }

  it('sends the headers of an API that nothing may load, run or frame, without HSTS on plain http', async () => {
    for (const url of [api.url, api.url.replace('/graphql', '/health')]) {
      const response = await fetch(url, { method: url.endsWith('/graphql') ? 'POST' : 'GET', headers: { 'content-type': 'application/json' }, body: url.endsWith('/graphql') ? JSON.stringify({ query: '{ topics { code } }' }) : null });
      expect({ url, status: response.status, headers: Object.fromEntries(['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'strict-transport-security', 'x-powered-by'].map((name) => [name, response.headers.get(name)])) }).toEqual({
        url,
        status: 200,
        headers: {
          'content-security-policy': "default-src 'none';frame-ancestors 'none'",
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          'x-frame-options': 'DENY',
          'strict-transport-security': null,
          'x-powered-by': null,
        },
      });
    }
  });

  it('shows no landing page to a browser on GET /graphql (Apollo’s would load Apollo’s scripts)', async () => {
    for (const headers of [{}, { 'apollo-require-preflight': 'true' }] as Record<string, string>[]) {
      const page = await getAsBrowser(api, headers);
      // A refusal in GraphQL's words (400 without a query, 406 for a browser that takes only HTML), never a page.
      expect([400, 406]).toContain(page.status);
      expect(page.body).not.toMatch(/<html|cdn\.apollographql\.com|sandbox/i);
    }
  });

  it('lets any page read public answers with GET and POST and the widget’s headers, never with credentials', async () => {
    const preflight = await fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.gladsaxe.dk', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,accept,accept-language' },
    });
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries(['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-allow-credentials'].map((name) => [name, preflight.headers.get(name)]))).toEqual({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET,POST',
      'access-control-allow-headers': 'content-type,accept,accept-language,apollo-require-preflight,x-apollo-operation-name',
      'access-control-allow-credentials': null,
    });
    const answer = await fetch(api.url, { method: 'POST', headers: { origin: 'https://www.gladsaxe.dk', 'content-type': 'application/json', 'accept-language': 'da' }, body: JSON.stringify({ query: '{ topics { code } }' }) });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await answer.json()) as { data: { topics: unknown[] } }).data.topics.length).toBeGreaterThan(0);
  });

  it('takes the session cookie from the dashboard’s origin, the API’s own, or no page at all', async () => {
    expect(await meFrom(TEST_DASHBOARD_URL)).toEqual({ status: 200, data: { me: { email: account?.email } } });
    expect(await meFrom(new URL(api.url).origin)).toEqual({ status: 200, data: { me: { email: account?.email } } });
    expect(await meFrom(null)).toEqual({ status: 200, data: { me: { email: account?.email } } });
  });

  it('refuses the session cookie from any other page, with a code, and the session lives on', async () => {
    for (const origin of ['https://evil.example', 'http://dashboard.test.evil.example', 'null']) {
      expect(await meFrom(origin, 'da')).toEqual({
        status: 403,
        errors: [{ message: 'Denne side må ikke bruge dit login. Åbn administrationen på dens egen adresse.', extensions: { code: 'ORIGIN_NOT_ALLOWED' } }],
      });
    }
    expect((await meFrom(TEST_DASHBOARD_URL)).data?.me?.email).toBe(account?.email);
  });

  it('answers another page’s requests without the cookie as anyone’s (the widget)', async () => {
    const response = await fetch(api.url, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ me { email } topics { code } }` }) });
    const body = (await response.json()) as { data: { me: unknown; topics: unknown[] } };
    expect(response.status).toBe(200);
    expect(body.data.me).toBeNull();
    expect(body.data.topics.length).toBeGreaterThan(0);
  });

  it('prints an address that reaches the server from this machine, whatever HOST it listens on', () => {
    expect(api.url).toMatch(/^http:\/\/localhost:\d+\/graphql$/);
    expect(serverUrl('0.0.0.0', 4000, '/graphql')).toBe('http://localhost:4000/graphql');
    expect(serverUrl('::', 4000, '/graphql')).toBe('http://localhost:4000/graphql');
    expect(serverUrl('::1', 4000, '/graphql')).toBe('http://[::1]:4000/graphql');
    expect(serverUrl('10.0.0.5', 9464, '/metrics')).toBe('http://10.0.0.5:9464/metrics');
  });
});

describe('in production', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ production: true });
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('adds HSTS for a year, and still shows no landing page and no schema', async () => {
    const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) });
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const introspection = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await getAsBrowser(api, {});
    expect(page.type).toMatch(/^application\/json/);
    expect(page.body).not.toMatch(/<html|cdn\.apollographql\.com/i);
  });
});
