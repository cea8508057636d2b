import { loadConfig } from '../config';
import { startJobs, type Jobs, type ScheduledJob } from '../jobs/jobs';
import { configureLogger } from '../kernel/logger';
import { captureOutput } from '../testing/capture-output';
import { startTestApi, type TestApi } from '../testing/test-api';
import { SESSION_COOKIE } from './http-exchange';

/** A job that never comes due by itself, and whose worker looks for work only once an hour: what is sent waits. */
const WAITING_JOB: ScheduledJob = { name: 'operations-test', cron: '0 0 1 1 *', periodSeconds: 60, expireInSeconds: 60, run: async () => undefined };

let api: TestApi;
let jobs: Jobs | undefined;

beforeAll(async () => {
  api = await startTestApi({ metricsPort: 0, queueSizes: () => jobs?.queueSizes() ?? Promise.resolve({}) });
  jobs = await startJobs({ url: api.database.url, dataSource: api.dataSource, jobs: [WAITING_JOB], pollingIntervalSeconds: 3600 });
});

afterAll(async () => {
  await jobs?.stop();
  await api?.stop();
  configureLogger(loadConfig());
});

describe('the log', () => {
  it('has a line for each request, with the personal data of a failed sign-in and its headers censored', async () => {
    const email = 'karen.hansen.operations@example.dk';
    const password = 'not-her-password-at-all-7';
    const sessionToken = 'a-session-token-that-does-not-exist-0123456789';
    const bearer = 'Bearer a-partner-secret-5d41402abc4b2a76';
    const address = '203.0.113.77';
    configureLogger({ ...loadConfig(), logLevel: 'info' });
    const output = captureOutput();
    try {
      const response = await api.query(
        `mutation SignIn($input: SignInInput!) { signIn(input: $input) { email } }`,
        { input: { email, password } },
        { cookie: `${SESSION_COOKIE}=${sessionToken}; theme=dark`, authorization: bearer, 'x-forwarded-for': address, referer: `http://dashboard.test/accept-invitation?token=${sessionToken}` },
      );
      expect(response.errors?.[0]?.extensions.code).toBe('INVALID_CREDENTIALS');
    } finally {
      output.stop();
      configureLogger(loadConfig());
    }
    const lines = output
      .text()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const request = lines.find((line) => line['msg'] === 'request' && line['operationName'] === 'SignIn');
    expect(request).toMatchObject({
      level: 'info',
      component: 'http',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationType: 'mutation',
      errorCodes: ['INVALID_CREDENTIALS'],
      headers: { cookie: '[redacted]', authorization: '[redacted]', 'x-forwarded-for': '[redacted]', referer: '[redacted]', 'content-type': 'application/json' },
    });
    expect(typeof request?.['durationMs']).toBe('number');
    const found = [email, 'karen', password, sessionToken, 'a-partner-secret', address].filter((secret) => output.text().toLowerCase().includes(secret.toLowerCase()));
    expect(found).toEqual([]);
  });

  it('censors the fields LOG_REDACT names too', async () => {
    configureLogger({ ...loadConfig({ LOG_REDACT: 'user-agent' }), logLevel: 'info' });
    const output = captureOutput();
    try {
      await api.query(`{ topics { code } }`, undefined, { 'user-agent': 'Karens-Phone/1.0' });
    } finally {
      output.stop();
      configureLogger(loadConfig());
    }
    expect(output.text()).toContain('"user-agent":"[redacted]"');
    expect(output.text()).not.toContain('Karens-Phone');
  });

  it('writes no request lines at the tests’ level (warn)', async () => {
    const output = captureOutput();
    try {
      await api.query(`{ topics { code } }`);
    } finally {
      output.stop();
    }
    expect(output.text()).toBe('');
  });
});

/** The value of each series named `name` in Prometheus text, keyed by its labels. */
function series(text: string, name: string): Record<string, number> {
  const values: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const match = /^(\w+)(\{[^}]*\})? (\S+)$/.exec(line);
    if (match?.[1] === name) values[match[2] ?? ''] = Number(match[3]);
  }
  return values;
}

describe('the metrics', () => {
  const scrape = async () => {
    const response = await fetch(api.server.metricsUrl ?? '');
    expect(response.status).toBe(200);
    return response.text();
  };

  it('are served on a port of their own, not on the API’s', async () => {
    expect(api.server.metricsUrl).toMatch(/^http:\/\/localhost:\d+\/metrics$/);
    expect(new URL(api.server.metricsUrl ?? '').port).not.toBe(new URL(api.url).port);
    expect((await fetch(api.url.replace('/graphql', '/metrics'))).status).toBe(404);
    expect((await fetch((api.server.metricsUrl ?? '').replace('/metrics', '/'))).status).toBe(404);
  });

  it('count requests by operation type and status, time them, and count errors by code', async () => {
    const before = await scrape();
    await api.query(`{ topics { code } }`);
    await api.query(`{ topics { code } }`);
    await api.query(`{ nosuchfield }`);
    await api.query(`mutation { signIn(input: { email: "x@example.dk", password: "wrong-password-123" }) { email } }`);
    await fetch(api.url.replace('/graphql', '/health'));
    const after = await scrape();
    const moved = (name: string) => {
      const was = series(before, name);
      return Object.fromEntries(Object.entries(series(after, name)).map(([labels, value]) => [labels, value - (was[labels] ?? 0)]).filter(([, change]) => change !== 0));
    };
    expect(moved('groupfinder_http_requests_total')).toEqual({
      '{route="/graphql",operation_type="query",status="200"}': 2,
      '{route="/graphql",operation_type="none",status="400"}': 1,
      '{route="/graphql",operation_type="mutation",status="200"}': 1,
      '{route="/health",operation_type="none",status="200"}': 1,
    });
    expect(moved('groupfinder_http_request_duration_seconds_count')).toEqual(moved('groupfinder_http_requests_total'));
    expect(moved('groupfinder_errors_total')).toEqual({ '{code="GRAPHQL_VALIDATION_FAILED"}': 1, '{code="INVALID_CREDENTIALS"}': 1 });
  });

  it('show the database pool and the depth of the job queues', async () => {
    const pool = series(await scrape(), 'groupfinder_db_pool_connections')[''];
    expect(pool).toBeGreaterThan(0);
    expect(Object.keys(series(await scrape(), 'groupfinder_db_pool_idle_connections'))).toEqual(['']);
    expect(series(await scrape(), 'groupfinder_db_pool_waiting_requests')).toEqual({ '': 0 });
    expect(series(await scrape(), 'groupfinder_job_queue_depth')).toEqual({ '{queue="operations-test"}': 0 });
    expect(await jobs?.sendScheduledRun(WAITING_JOB)).toBe(true);
    expect(series(await scrape(), 'groupfinder_job_queue_depth')).toEqual({ '{queue="operations-test"}': 1 });
  });

  it('include Node’s own (event loop, memory)', async () => {
    const text = await scrape();
    expect(Object.keys(series(text, 'nodejs_eventloop_lag_p99_seconds'))).toEqual(['']);
    expect(Object.keys(series(text, 'process_resident_memory_bytes'))).toEqual(['']);
  });
});
