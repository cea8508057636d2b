import { LIMITS } from '@groupfinder/domain';
import { GraphQLEnumType, parse, print, validate, type OperationDefinitionNode } from 'graphql';
import { SessionService } from '../auth/session.service';
import { createThrottle } from '../auth/throttle';
import { captureOutput } from '../testing/capture-output';
import { startTestApi, type TestApi } from '../testing/test-api';
import { createResolvers, createSchema } from './schema';
import { testKeyRing } from '../privacy/testing';
import { operationCost, PARSE_OPTIONS, VALIDATION_RULES } from './limits';
import { persistedDocuments } from './public-cache';

const SEARCH = `groups(first: 50) { totalCount edges { node { slug name { text } nextMeetings(first: 20) { start end } } } }`;

function aliases(count: number, selection: string): string {
  return `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${selection}`).join(' ')} }`;
}

describe('the limits every request meets before it runs', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.stop();
  });

  it('lets every operation of the dashboard and the widget through, at the largest page', async () => {
    const schema = await createSchema(createResolvers({ sessions: new SessionService({ idleMinutes: 1, absoluteHours: 1 }), mailer: undefined as never, dashboardUrl: '', throttle: createThrottle(), keys: testKeyRing(), countCacheSeconds: 0 }));
    const operations = persistedDocuments();
    expect(operations.length).toBeGreaterThan(20);
    for (const { app, text } of operations) {
      const document = parse(text, PARSE_OPTIONS);
      expect({ app, text, errors: validate(schema, document, VALIDATION_RULES).map((error) => error.message) }).toEqual({ app, text, errors: [] });
      const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
      if (operation?.operation !== 'query') continue;
      // The largest lists a client may ask for, every optional part included, made-up ids and texts.
      const made = { Int: LIMITS.pageSizeMax, Boolean: true, ID: 'x', String: 'x' } as Record<string, unknown>;
      const madeUp = (typeName: string) => {
        const type = schema.getType(typeName);
        return made[typeName] ?? (type instanceof GraphQLEnumType ? type.getValues()[0]?.name : null);
      };
      const variables = Object.fromEntries((operation.variableDefinitions ?? []).map(({ variable, type }) => [variable.name.value, madeUp(print(type).replace('!', ''))]));
      const cost = operationCost(schema, document, variables, undefined);
      expect({ app, text, withinBudget: cost !== undefined && cost <= LIMITS.queryCostMax }).toEqual({ app, text, withinBudget: true });
    }
  });

  it(`refuses more than ${LIMITS.queryAliasesMax} aliases with a 400 before any search runs (a hundred searches far ahead took 22 s)`, async () => {
    const output = captureOutput();
    const response = await api.query(aliases(100, `groups { edges { node { nextMeetings(from: "2400-01-01T00:00:00Z") { start } } } }`), undefined, { 'accept-language': 'da' });
    output.stop();
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([{ message: `Forespørgslen bruger for mange aliasser (højst ${LIMITS.queryAliasesMax}).`, extensions: { code: 'QUERY_TOO_MANY_ALIASES', values: { max: LIMITS.queryAliasesMax } } }]);
    expect(output.text()).toBe('');
    expect((await api.query(aliases(LIMITS.queryAliasesMax, `groups(first: 1) { totalCount }`))).errors).toBeUndefined();
  });

  it(`refuses a request costing more than ${LIMITS.queryCostMax}: lists count by their size`, async () => {
    const response = await api.query(aliases(4, SEARCH), undefined, { 'accept-language': 'en' });
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', values: { max: LIMITS.queryCostMax } });
    expect(response.errors?.[0]?.message).toMatch(/^The query asks for too much at once \(cost \d+, at most 10000\)/);
    // The same search once is within the budget.
    const once = await api.query(`{ ${SEARCH} }`);
    expect(once.errors).toBeUndefined();
  });

  it('counts the list sizes given as variables', async () => {
    const search = `groups(first: $first) { edges { node { nextMeetings(first: $meetings) { start end status } } } }`;
    const query = `query Meetings($first: Int!, $meetings: Int!) { a: ${search} b: ${search} c: ${search} d: ${search} }`;
    expect((await api.query(query, { first: 5, meetings: 3 })).errors).toBeUndefined();
    const costly = await api.query(query, { first: 50, meetings: 20 });
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
  });

  it(`refuses more than ${LIMITS.queryDirectivesMax} directives`, async () => {
    const directives = Array.from({ length: LIMITS.queryDirectivesMax + 1 }, () => 'code @include(if: true)').join(' ');
    const response = await api.query(`{ topics { ${directives} } }`, undefined, { 'accept-language': 'sv' });
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([{ message: `Frågan använder för många direktiv (högst ${LIMITS.queryDirectivesMax}).`, extensions: { code: 'QUERY_TOO_MANY_DIRECTIVES', values: { max: LIMITS.queryDirectivesMax } } }]);
  });

  it(`refuses a query longer than ${LIMITS.queryTokensMax} tokens, without logging it`, async () => {
    const output = captureOutput();
    const response = await api.query(`{ topics { ${'code '.repeat(LIMITS.queryTokensMax)} } }`, undefined, { 'accept-language': 'pl' });
    output.stop();
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([{ message: `Zapytanie jest zbyt długie (najwyżej ${LIMITS.queryTokensMax} tokenów).`, locations: expect.any(Array), extensions: { code: 'QUERY_TOO_LONG', values: { max: LIMITS.queryTokensMax } } }]);
    expect(output.text()).toBe('');
  });

  it(`lists meetings from at most ${LIMITS.meetingsFromMaxDays} days before or after now`, async () => {
    const query = `query ($from: DateTimeISO) { group(slug: "demo-sorggruppe-for-unge-lyngby") { nextMeetings(from: $from, first: 1) { start } } }`;
    const far = await api.query(query, { from: '2400-01-01T00:00:00Z' }, { 'accept-language': 'nb' });
    expect(far.errors).toEqual([
      {
        message: `Møter kan vises fra høyst ${LIMITS.meetingsFromMaxDays} dager før eller etter nå.`,
        path: ['group', 'nextMeetings'],
        locations: expect.any(Array),
        extensions: { code: 'MEETINGS_FROM_OUT_OF_RANGE', values: { days: LIMITS.meetingsFromMaxDays } },
      },
    ]);
    const past = await api.query(query, { from: '2025-06-01T00:00:00Z' });
    expect(past.errors?.[0]?.extensions.code).toBe('MEETINGS_FROM_OUT_OF_RANGE');
    const nextYear = await api.query<{ group: { nextMeetings: { start: string }[] } }>(query, { from: '2027-06-01T00:00:00Z' });
    expect(nextYear.errors).toBeUndefined();
    expect(nextYear.data?.group.nextMeetings[0]?.start.startsWith('2027-06')).toBe(true);
  });
});

describe('the cap on an answer’s size', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ responseMaxBytes: 20_000 });
  });

  afterAll(async () => {
    await api.stop();
  });

  it('refuses to send an answer larger than the cap (here 20 kB), translated', async () => {
    const small = await api.query(`{ groups(first: 2) { edges { node { slug } } } }`);
    expect(small.errors).toBeUndefined();
    const large = await api.query(`{ groups(first: 50) { edges { node { description { text } practicalNotes { text } name { text } schedule { summary } nextMeetings(first: 20) { start end status statusLabel } } } } }`, undefined, { 'accept-language': 'da' });
    expect(large).toEqual({ status: 400, errors: [{ message: 'Svaret ville blive for stort: bed om færre elementer eller felter.', extensions: { code: 'RESPONSE_TOO_LARGE' } }] });
  });
});

describe('limits in production', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ production: true });
  });

  afterAll(async () => {
    await api.stop();
  });

  it('does not suggest field names to someone guessing the schema', async () => {
    const response = await api.query(`{ groups { edges { node { nam } } } }`);
    expect(response.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean|"name"/);
  });
});
