import { LIMITS } from '@groupfinder/domain';
import { captureOutput } from '../testing/capture-output';
import { startTestApi, type TestApi } from '../testing/test-api';

describe('the HTTP and GraphQL limits', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.stop();
  });

  it(`refuses a query nested deeper than ${LIMITS.queryDepthMax} levels, before running it`, async () => {
    const deep = `{ organisations { groups { edges { node { organisation { groups { edges { node { organisation { name } } } } } } } } } }`;
    const response = await api.query(deep, undefined, { 'accept-language': 'da' });
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]).toMatchObject({
      message: `Forespørgslen er for dybt indlejret (højst ${LIMITS.queryDepthMax} niveauer).`,
      extensions: { code: 'QUERY_TOO_DEEP' },
    });
    const shallow = await api.query(`{ organisations { groups(first: 1) { edges { node { organisation { name } } } } } }`);
    expect(shallow.errors).toBeUndefined();
    // Colocated fragments (a page, a card, a row) do not count as levels of their own.
    const fragments = await api.query(`
      query { organisations { ...Card } }
      fragment Card on Organisation { name groups(first: 1) { ...Table } }
      fragment Table on GroupConnection { edges { node { ...Row } } }
      fragment Row on Group { name { text } venue { town } }
    `);
    expect(fragments.errors).toBeUndefined();
  });

  it('refuses batched operations', async () => {
    const response = await api.post(JSON.stringify([{ query: '{ topics { code } }' }, { query: '{ topics { code } }' }]), { 'accept-language': 'en' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: 'The request could not be understood.' });
  });

  it(`refuses a body over ${LIMITS.requestBodyMaxBytes} bytes with a translated error`, async () => {
    const response = await api.post(JSON.stringify({ query: `{ topics { code } }`, variables: { padding: 'x'.repeat(LIMITS.requestBodyMaxBytes) } }), {
      'accept-language': 'pl',
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: 'Żądanie jest zbyt duże.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers broken JSON with BAD_REQUEST in GraphQL’s shape', async () => {
    const response = await api.post('{"query": ', { 'accept-language': 'sv' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'Begäran kunde inte tolkas.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('explains a query that does not fit the schema, translated, with graphql’s detail', async () => {
    const response = await api.query(`{ groups { nosuchfield } }`, undefined, { 'accept-language': 'nb' });
    expect(response.errors?.[0]).toMatchObject({
      message: 'Spørringen passer ikke med skjemaet.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', detail: expect.stringContaining('nosuchfield') },
    });
    const unreadable = await api.query(`{ groups { `, undefined, { 'accept-language': 'en' });
    expect(unreadable.errors?.[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers requests it cannot run as client errors with a code, never as unexpected failures', async () => {
    const logged = captureOutput();
    try {
      const unknownMutation = await api.query(`mutation { x }`, undefined, { 'accept-language': 'da' });
      expect(unknownMutation.status).toBe(400);
      expect(unknownMutation.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const subscription = await api.query(`subscription { x }`);
      expect(subscription.errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
      const unknownOperation = await api.post(JSON.stringify({ query: 'query A { topics { code } }', operationName: 'B' }), { 'accept-language': 'sv' });
      expect(await unknownOperation.json()).toMatchObject({
        errors: [{ message: 'Det finns ingen operation med det namnet i begäran.', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }],
      });
      const getMutation = await fetch(`${api.url}?query=${encodeURIComponent('mutation { revokeRole(input: { membershipId: "x" }) }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(getMutation.status).toBe(405);
      expect(((await getMutation.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
      // A municipality code that cannot be one: the field is named, in the caller's language.
      const badCode = await api.query(`{ groups(filter: { municipalityCode: "159; DROP" }) { totalCount } }`, undefined, { 'accept-language': 'da' });
      expect(badCode.status).toBeLessThan(500);
      expect(badCode.errors?.[0]).toMatchObject({ message: 'Nogle værdier er ugyldige: filter.municipalityCode.', extensions: { code: 'BAD_USER_INPUT', fields: ['filter.municipalityCode'] } });
      // A cursor anyone could write, holding a date PostgreSQL cannot read.
      const cursor = Buffer.from(JSON.stringify({ k: JSON.stringify(['NEXT_MEETING', '2026-13-45T99:00:00.000Z', 'a-slug']) })).toString('base64url');
      const badCursor = await api.query(`query ($after: String) { groups(after: $after) { totalCount } }`, { after: cursor }, { 'accept-language': 'en' });
      expect(badCursor.errors?.[0]).toMatchObject({ message: 'The page cursor is not valid. Start again from the first page.', extensions: { code: 'INVALID_CURSOR' } });
      // PostgreSQL's text cannot hold NUL, in a variable or in an escaped literal.
      const nulVariable = await api.query(`query ($slug: String!) { group(slug: $slug) { id } }`, { slug: 'a\u0000b' }, { 'accept-language': 'pl' });
      expect(nulVariable).toEqual({ status: 400, errors: [{ message: 'Tekst nie może zawierać znaku NUL.', extensions: { code: 'INVALID_CHARACTER' } }] });
      const nulLiteral = await api.query(`{ groups(filter: { text: "a\\u0000b" }) { totalCount } group(slug: "x") { id } }`);
      expect(nulLiteral.status).toBe(400);
      expect(nulLiteral.errors?.[0]?.extensions.code).toBe('INVALID_CHARACTER');
      expect(logged.text()).not.toContain('unexpected');
    } finally {
      logged.stop();
    }
  });

  it('answers mistakes found before any operation runs in the caller’s language, kept by no cache, and names a variable that is wrong', async () => {
    const danish = { 'accept-language': 'da' };
    const understood = { message: 'Forespørgslen kunne ikke forstås.', extensions: { code: 'BAD_REQUEST' } };
    for (const body of ['{}', JSON.stringify({ query: '{ topics { code } }', variables: 'x' }), JSON.stringify({ query: 42 })]) {
      const response = await api.post(body, danish);
      expect(response.status).toBe(400);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(((await response.json()) as { errors: unknown[] }).errors[0]).toMatchObject(understood);
    }
    const subscription = await api.query(`subscription { x }`, undefined, danish);
    expect(subscription).toMatchObject({ status: 400, errors: [understood] });
    const missing = await api.query(`query ($first: Int!) { groups(first: $first) { totalCount } }`, {}, danish);
    expect(missing).toMatchObject({ status: 400, errors: [{ message: 'Nogle værdier er ugyldige: first.', extensions: { code: 'BAD_USER_INPUT' } }] });
    // Two languages in one request would answer one field in the other's: refused, naming them.
    const twoLanguages = await api.query(`{ a: topics(locale: EN) { label } b: topics(locale: PL) { label } }`, undefined, danish);
    expect(twoLanguages).toMatchObject({ status: 400, errors: [{ message: expect.stringContaining('EN, PL'), extensions: { code: 'CONFLICTING_LOCALES' } }] });
    // An address the API does not have.
    const nowhere = await fetch(new URL('/nowhere', api.url), { headers: { 'accept-language': 'sv' } });
    expect(nowhere.status).toBe(404);
    expect(nowhere.headers.get('cache-control')).toBe('no-store');
    expect(await nowhere.text()).toBe('Här finns ingenting, eller så har du inte behörighet till det.');
  });

  it('allows introspection outside production', async () => {
    const response = await api.query<{ __schema: { queryType: { name: string } } }>(`{ __schema { queryType { name } } }`);
    expect(response.data?.__schema.queryType.name).toBe('Query');
  });

  it('masks an unexpected failure, and logs neither its message nor what the caller searched for', async () => {
    const logged = captureOutput();
    try {
      // Break the database underneath the API: every query now fails inside the driver.
      await api.dataSource.query('ALTER TABLE groups RENAME TO groups_broken');
      const response = await api.query(`query ($filter: GroupFilter) { groups(filter: $filter) { totalCount } }`, { filter: { text: 'Anna Hansen alkohol' } }, {
        'accept-language': 'da',
      });
      expect(response.errors?.[0]).toEqual({ message: 'Noget gik galt hos os. Prøv igen senere.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(logged.text()).toContain('unexpected');
      expect(logged.text()).not.toMatch(/Anna|groups_broken|relation/);
    } finally {
      logged.stop();
      await api.dataSource.query('ALTER TABLE groups_broken RENAME TO groups');
    }
  });
});

describe('in production', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ production: true });
  });

  afterAll(async () => {
    await api.stop();
  });

  it('turns introspection off but still serves the public queries', async () => {
    const introspection = await api.query(`{ __schema { queryType { name } } }`);
    expect(introspection.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const topics = await api.query<{ topics: unknown[] }>(`{ topics { code } }`);
    expect(topics.data?.topics.length).toBeGreaterThan(0);
  });
});
