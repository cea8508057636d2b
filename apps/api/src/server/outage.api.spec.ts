import { setTimeout as delay } from 'node:timers/promises';
import { translate } from '@groupfinder/translations';
import { loadConfig } from '../config';
import { startJobs, type ScheduledJob } from '../jobs/jobs';
import { captureOutput } from '../testing/capture-output';
import { startDatabaseProxy, type DatabaseProxy, type Outage } from '../testing/database-proxy';
import { startTestApi, type TestApi } from '../testing/test-api';
import { beginUnitOfWork } from './unit-of-work';

// What a deploy on PostgreSQL waits by default (2 s for a connection, 2 s a statement), whichever database the tests run on.
const production = loadConfig({ DATABASE_URL: 'postgresql://db.example.org/groupfinder' });
const TIMEOUTS = { connectTimeoutMs: production.dbConnectTimeoutMs, statementTimeoutMs: production.dbStatementTimeoutMs };

const SEARCH = JSON.stringify({ query: `{ groups(first: 3, locale: DA) { totalCount } }` });
/** What the search's first statement of its own (after its transaction's start) holds. */
const SEARCH_STATEMENT = 'FROM "groups"';
/** The outage of issue 10's promise: during it no request hangs past 3 s. */
const OUTAGE_MS = 10_000;

describe('a database outage', () => {
  let api: TestApi;
  let proxy: DatabaseProxy;

  beforeAll(async () => {
    api = await startTestApi({
      databaseTimeouts: TIMEOUTS,
      connectThrough: async (url) => {
        proxy = await startDatabaseProxy(url);
        return proxy.url;
      },
    });
  });

  afterAll(async () => {
    await proxy.restore();
    await api.stop();
    await proxy.close();
  });

  /** What a client that gives up after 3 s gets (a request still unanswered then fails the test). */
  const search = () => fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: SEARCH, signal: AbortSignal.timeout(3000) });
  const get = (path: string) => fetch(new URL(path, api.url), { signal: AbortSignal.timeout(3000) });

  it.each<Outage>(['refused', 'blackholed'])(
    'when the database is %s, answers 503 SERVICE_UNAVAILABLE within 3 s, /ready 503 and /health 200, logs one line, and answers again as soon as it is back',
    async (outage) => {
      expect((await search()).status).toBe(200);
      const output = captureOutput();
      await proxy.cut(outage);
      try {
        const refused = await search();
        expect(refused.status).toBe(503);
        expect(refused.headers.get('retry-after')).toBe('5');
        expect(await refused.json()).toEqual({ errors: [{ message: translate('da', 'error.SERVICE_UNAVAILABLE'), extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
        const ready = await get('/ready');
        expect([ready.status, await ready.json()]).toEqual([503, { status: 'unavailable' }]);
        expect((await get('/health')).status).toBe(200);
        // An embed's frame page says it too, as a page (no embed is kept yet: its key is looked up).
        const framePage = await fetch(new URL(`/embed/${'k'.repeat(22)}`, api.url), { headers: { 'accept-language': 'da' }, signal: AbortSignal.timeout(3000) });
        expect([framePage.status, framePage.headers.get('retry-after'), framePage.headers.get('content-type')]).toEqual([503, '5', 'text/html; charset=utf-8']);
        expect(await framePage.text()).toContain(translate('da', 'error.SERVICE_UNAVAILABLE'));
      } finally {
        await proxy.restore();
        output.stop();
      }
      // One short line for each failed request, the search and the frame page (none for /ready, whose answer says it), no stack, no query.
      const lines = output.text().split('\n').filter((line) => line.includes('"component":"database"'));
      const unavailable = expect.stringMatching(/"reason":"(ECONNREFUSED|ECONNRESET|Connection terminated|no answer within 2000 ms|timeout exceeded when trying to connect)","msg":"the database is unavailable"/);
      expect(lines).toEqual([unavailable, unavailable]);
      expect(output.text()).not.toMatch(/unexpected|\n\s+at |SELECT|groups/);

      const back = await search();
      expect(back.status).toBe(200);
      expect(((await back.json()) as { data: { groups: { totalCount: number } } }).data.groups.totalCount).toBeGreaterThan(0);
      expect((await get('/ready')).status).toBe(200);
    },
  );

  it('answers 503 SERVICE_UNAVAILABLE within 3 s to a request whose statement is in flight when the database freezes', async () => {
    expect((await search()).status).toBe(200);
    const output = captureOutput();
    let refused: Response;
    try {
      void proxy.blackholeOnceSent(SEARCH_STATEMENT);
      refused = await search();
    } finally {
      await proxy.restore();
      output.stop();
    }
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    // The search's field failed, under way (hence its path).
    expect(await refused.json()).toMatchObject({ errors: [{ message: translate('da', 'error.SERVICE_UNAVAILABLE'), extensions: { code: 'SERVICE_UNAVAILABLE' }, path: ['groups'] }] });
    // Given up by the request's own clock on the statement (2 s of statement_timeout and half a second), not while connecting.
    const lines = output.text().split('\n').filter((line) => line.includes('"component":"database"'));
    expect(lines).toEqual([expect.stringMatching(/"reason":"no answer within 2500 ms","msg":"the database is unavailable"/)]);
    expect((await search()).status).toBe(200);
  });

  it('answers every request 503 within 3 s through a 10 s outage that drops everything, and serves again within 2 s of its end', async () => {
    expect((await search()).status).toBe(200);
    const output = captureOutput();
    const answers: [number, string | undefined][] = [];
    const answerOf = async (response: Response) => answers.push([response.status, ((await response.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code]);
    try {
      // A search in flight when it begins (should the freeze never come, its 200 fails the test), then one after another until it ends.
      const frozen = proxy.blackholeOnceSent(SEARCH_STATEMENT);
      const first = search();
      await Promise.race([frozen, first]);
      const over = AbortSignal.timeout(OUTAGE_MS);
      await answerOf(await first);
      while (!over.aborted) await answerOf(await search());
    } finally {
      await proxy.restore();
      output.stop();
    }
    expect(answers).toEqual(answers.map(() => [503, 'SERVICE_UNAVAILABLE']));
    // Each took at most 3 s (else its client gave up and the test failed), so at least four fit in.
    expect(answers.length).toBeGreaterThanOrEqual(4);
    expect(output.text()).not.toMatch(/unexpected|\n\s+at |SELECT|groups/);

    // Asked again and again until it answers 200, for 2 s at most.
    const within = AbortSignal.timeout(2000);
    const searchWithin = () => fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: SEARCH, signal: within });
    let status = 0;
    while (status !== 200 && !within.aborted) status = await searchWithin().then((response) => response.status, () => 0);
    expect(status).toBe(200);
  });

  it('gives up a statement that is never answered, drops its connection, and the next request has a good one', async () => {
    const work = await beginUnitOfWork(api.dataSource, { connectTimeoutMs: 1000, statementTimeoutMs: 300 });
    expect(await work.db.query(`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    await proxy.cut('blackholed');
    try {
      await expect(work.db.query(`SELECT 2`)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
      // The connection is given up: nothing more waits on it, the end of the request included.
      await expect(work.db.query(`SELECT 3`)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
      await work.finish('commit');
    } finally {
      await proxy.restore();
    }
    expect((await search()).status).toBe(200);
  });

  it('cancels a statement that runs longer than the statement timeout', async () => {
    const work = await beginUnitOfWork(api.dataSource, { connectTimeoutMs: 1000, statementTimeoutMs: 300 });
    try {
      await expect(work.db.query(`SELECT pg_sleep(2)`)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    } finally {
      await work.finish('rollback');
    }
  });

  it('keeps its job queue through the outage, which works again once the database is back', async () => {
    const runs: Date[] = [];
    const probe: ScheduledJob = { name: 'outage-probe', cron: '0 0 1 1 *', periodSeconds: 60, expireInSeconds: 60, run: async ({ now }) => void runs.push(now) };
    const jobs = await startJobs({ url: proxy.url, dataSource: api.dataSource, jobs: [probe], pollingIntervalSeconds: 0.5 });
    const output = captureOutput();
    try {
      await proxy.cut('refused');
      // Long enough for its workers to poll a few times and fail.
      await delay(2000);
      await proxy.restore();
      await jobs.run(probe, { waitSeconds: 30 });
      expect(runs).toHaveLength(1);
    } finally {
      output.stop();
      await jobs.stop();
    }
    expect(output.text()).toContain('"msg":"the job queue failed"');
  });
});
