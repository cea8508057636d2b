import { createHash } from 'node:crypto';
import { seedTenants, tenantEmail } from '../testing/tenants';
import { startTestApi, TEST_NOW, type TestApi } from '../testing/test-api';
import { persistedDocuments } from './public-cache';

/** The widget's own search, by the hash codegen gave it. */
function widgetOperation(name: string): { hash: string; text: string } {
  const found = persistedDocuments().find(({ app, text }) => app === 'widget' && text.includes(`query ${name}(`));
  if (!found) throw new Error(`no persisted ${name}`);
  return found;
}

function getUrl(api: TestApi, hash: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }), variables: JSON.stringify(variables) });
  return `${api.url}?${params}`;
}

const SEARCH_VARIABLES = { filter: { country: 'DK' }, first: 3, withFacets: true };

describe('public searches as cacheable GET requests', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ publicMaxAgeSeconds: 60 });
  });

  afterAll(async () => {
    await api.stop();
  });

  it('answers the widget’s search named by its hash, cacheable by a CDN per language for a minute', async () => {
    const { hash } = widgetOperation('WidgetGroups');
    const danish = await fetch(getUrl(api, hash, SEARCH_VARIABLES), { headers: { 'accept-language': 'da' } });
    expect(danish.status).toBe(200);
    expect(danish.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60');
    expect(danish.headers.get('vary')).toMatch(/Accept-Language/i);
    const body = (await danish.json()) as { data: { groups: { totalCount: number; edges: { node: { topicLabels?: string[] } }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.groups.totalCount).toBeGreaterThan(3);
    expect(body.data.groups.edges).toHaveLength(3);
    // The same search by POST, as before, gives the same groups and is kept by no one.
    const posted = await api.post(JSON.stringify({ query: widgetOperation('WidgetGroups').text, variables: SEARCH_VARIABLES }), { 'accept-language': 'da' });
    expect(posted.headers.get('cache-control')).toBe('no-store');
    expect(((await posted.json()) as { data: unknown }).data).toEqual(body.data);
  });

  it('does not cache errors, and names an unknown hash with a code', async () => {
    const unknown = await fetch(getUrl(api, 'f'.repeat(64), {}), { headers: { 'accept-language': 'sv' } });
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    expect(await unknown.json()).toMatchObject({ errors: [{ message: 'Servern känner inte till den här sparade frågan: skicka dess text.', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    const invalid = await fetch(getUrl(api, widgetOperation('WidgetGroups').hash, { ...SEARCH_VARIABLES, first: 0 }));
    expect(invalid.headers.get('cache-control')).toBe('no-store');
    expect(((await invalid.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PAGE_SIZE_OUT_OF_RANGE');
  });

  it('lets nobody add an operation to the list', async () => {
    const query = '{ topics { code } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const registered = await api.post(JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));
    expect(((await registered.json()) as { data: unknown }).data).toBeTruthy();
    const byHash = await fetch(getUrl(api, hash, {}));
    expect(((await byHash.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('keeps from caches a GET whose query text is not one of ours, and a join form, whose token says when it was opened', async () => {
    // Any text answers by GET, but a CDN would keep every variant anyone makes up.
    const text = await fetch(`${api.url}?query=${encodeURIComponent('{ topics { code } }')}`);
    expect(text.status).toBe(200);
    expect(text.headers.get('cache-control')).toBe('no-store');
    const [group] = (await api.dataSource.query(`SELECT slug FROM groups WHERE archived_at IS NULL AND enrolment = 'OPEN' ORDER BY slug LIMIT 1`)) as { slug: string }[];
    const form = await fetch(getUrl(api, widgetOperation('WidgetJoinForm').hash, { groupSlug: group?.slug }));
    expect(((await form.json()) as { data: { joinForm: { formToken: string } } }).data.joinForm.formToken).toBeTruthy();
    expect(form.headers.get('cache-control')).toBe('no-store');
    // The widget's topics, by their hash, are public as its searches are.
    const topics = await fetch(getUrl(api, widgetOperation('WidgetTopics').hash, { locale: 'DA' }));
    expect(topics.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60');
  });

  it('runs a GET as no one, whatever cookie comes with it, and runs no mutation', async () => {
    const { cookies } = await seedTenants(api.dataSource.manager, TEST_NOW);
    const cookie = cookies.adminA;
    const signedIn = await api.query<{ me: { email: string } | null }>('{ me { email } }', undefined, { cookie });
    expect(signedIn.data?.me?.email).toBe(tenantEmail('adminA'));
    const asGet = await fetch(`${api.url}?query=${encodeURIComponent('{ me { email } }')}`, { headers: { cookie } });
    expect(((await asGet.json()) as { data: { me: unknown } }).data.me).toBeNull();
    const mutation = await fetch(`${api.url}?query=${encodeURIComponent('mutation { signOut }')}`, { headers: { cookie } });
    expect(mutation.status).toBe(405);
    const still = await api.query<{ me: { email: string } | null }>('{ me { email } }', undefined, { cookie });
    expect(still.data?.me?.email).toBe(tenantEmail('adminA'));
  });
});

describe('the same public search asked again within seconds', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ publicMaxAgeSeconds: 60, responseCacheSeconds: 60 });
  });

  afterAll(async () => {
    await api.stop();
  });

  const firstName = async (language: string) => {
    const response = await fetch(getUrl(api, widgetOperation('WidgetGroups').hash, { filter: { country: 'DK', text: 'Søborg' }, first: 1, withFacets: false }), { headers: { 'accept-language': language } });
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60');
    const body = (await response.json()) as { data: { groups: { edges: { node: { name: { text: string } } }[] } } };
    return body.data.groups.edges[0]?.node.name.text;
  };

  it('runs a search asked by many at the same moment once, and answers them all with it', async () => {
    const started: string[] = [];
    const logger = { logQuery: (query: string) => void (query.startsWith('START TRANSACTION') && started.push(query)), logQueryError() {}, logQuerySlow() {}, logSchemaBuild() {}, logMigration() {}, log() {} };
    api.dataSource.setOptions({ logger });
    try {
      const url = getUrl(api, widgetOperation('WidgetGroups').hash, { filter: { country: 'DK', text: 'gruppe' }, first: 3, withFacets: true });
      const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(url, { headers: { 'accept-language': 'da' } }).then((response) => response.text())));
      expect(new Set(answers).size).toBe(1);
      expect(JSON.parse(answers[0] as string)).toMatchObject({ data: { groups: { edges: expect.any(Array) } } });
      expect(started).toHaveLength(1);
    } finally {
      api.dataSource.setOptions({ logger: undefined });
    }
  });

  it('is answered from memory, per language, until a change is made through the API', async () => {
    const before = await firstName('da');
    expect(before).toBeTruthy();
    // Changed behind the API's back: the kept answer does not know yet.
    await api.dataSource.query(`UPDATE groups SET name = jsonb_set(name, '{da}', to_jsonb('Omdøbt gruppe'::text)) WHERE name->>'da' = $1`, [before]);
    expect(await firstName('da')).toBe(before);
    // Another language is another answer, made now (the group has no Polish name: the Danish one shows).
    expect(await firstName('pl')).toBe('Omdøbt gruppe');
    // Any change through the API empties what this process keeps.
    const change = await api.query('mutation { requestPasswordReset(input: { email: "nobody@example.org" }) }');
    expect(change.errors).toBeUndefined();
    expect(await firstName('da')).toBe('Omdøbt gruppe');
  });
});
