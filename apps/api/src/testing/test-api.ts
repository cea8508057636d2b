import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { SessionService } from '../auth/session.service';
import { createThrottle, type ThrottleOptions } from '../auth/throttle';
import type { Context } from '../kernel/context';
import { SESSION_COOKIE } from '../server/http-exchange';
import { beginUnitOfWork } from '../server/unit-of-work';
import { loadConfig } from '../config';
import { configureLogger } from '../kernel/logger';
import { startMailCatcher, type MailCatcher } from '../mail/mail-catcher';
import { createMailer } from '../mail/mailer';
import { createSmsSender } from '../mail/sms';
import { openDataSource } from '../database/data-source';
import { startDatabase, type Database } from '../database/database';
import { migratedTemplate } from './database-template';
import type { RequestTimeouts } from '../database/unavailable';
import { loadDemoDataIfEmpty } from '../database/demo-data';
import { MeetingService } from '../meetings/meeting.service';
import { syncGazetteer } from '../places/place.service';
import { startApiServer, type ApiServer } from '../server/server';
import { startJobs, type Jobs } from '../jobs/jobs';
import { messageDeliveryJob } from '../joining/message-delivery.job';
import { JoinNotifier, waitingNoticeJob } from '../joining/notify';
import { testKeyRing } from '../privacy/testing';
import type { KeyRing } from '../privacy/sealed';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions: { code: string } & Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestDatabase {
  database: Database;
  dataSource: DataSource;
  stop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** The address the API reaches its database at, given the database's own (the outage spec puts a proxy there). */
  connectThrough?: (url: string) => Promise<string>;
  /** How long requests and the pool wait for the database; default as patient as ever (15 s). */
  databaseTimeouts?: RequestTimeouts;
}

/** A new, empty database on the PostgreSQL server of `serverUrl`, and how to drop it. */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const onServer = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await onServer(`CREATE DATABASE ${name}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return { url: target.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * A fresh, real database with the migrations run: a new database on the PostgreSQL server of
 * DATABASE_URL when it is set, else an in-memory PGlite started from the migrated template.
 */
export async function startTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const config = loadConfig();
  // The log as the tests configure it (LOG_LEVEL; warn by default, so no line per request).
  configureLogger(config);
  const { databaseUrl } = config;
  const scratch = databaseUrl ? await createScratchDatabase(databaseUrl, 'groupfinder_test') : null;
  const url = scratch?.url;
  const database = await startDatabase({ databaseUrl: url, dataDir: 'memory://', startFrom: url ? undefined : await migratedTemplate() });
  const dataSource = await openDataSource(options.connectThrough ? await options.connectThrough(database.url) : database.url, { connectTimeoutMs: options.databaseTimeouts?.connectTimeoutMs });
  return {
    database,
    dataSource,
    async stop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.stop();
      await scratch?.drop();
    },
  };
}

export interface TestApi extends TestDatabase {
  server: ApiServer;
  /** The real SMTP server the API's mail goes to, with what it caught; the API's texts go to its `/sms` (channel `sms`, addressed to the number in E.164). */
  mail: MailCatcher;
  /** The keys the API seals personal data with (new for each test API): what a test opens stored values with. */
  keys: KeyRing;
  /** The job queue working the queued jobs (a message to a group's delivery, the waiting-list notices) on the API's clock; only with `jobs: true`. */
  jobs: Jobs | null;
  url: string;
  /** POSTs a GraphQL operation over HTTP, as a partner would. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** POSTs any body, for the limits of the HTTP layer. */
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  /** Moves the API's clock (idle and absolute session ends, expiring links); it stays there until moved again. */
  setNow(now: Date): void;
  /** A browser of its own: it keeps the session cookie the API sets and sends it back, as a browser would. */
  browser(headers?: Record<string, string>): TestBrowser;
}

export interface TestBrowser {
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The session cookie it holds, if any (as the API set it: the raw token). */
  readonly sessionToken: string | null;
}

/**
 * The clock of every test API unless a test sets its own: a Wednesday, 10:00 in Copenhagen. Tests
 * never depend on the day they run.
 */
/** The dashboard address links in the test API's mail point to. */
export const TEST_DASHBOARD_URL = 'http://dashboard.test';

export const TEST_NOW = new Date('2026-11-25T09:00:00Z');

/**
 * The real API on a free port, over a fresh database holding the demo data, with its clock
 * stopped at `now`: the demo data's dates, the meetings table and every request read it.
 * The demo accounts only with `demoAccounts`, so that tests of people count only their own.
 */
export async function startTestApi(options: { jobs?: boolean; waitingNoticeDelaySeconds?: number; production?: boolean; now?: Date; throttle?: ThrottleOptions; demoAccounts?: boolean; responseMaxBytes?: number; publicMaxAgeSeconds?: number; responseCacheSeconds?: number; countCacheSeconds?: number; facetsWaitMs?: number | null; metricsPort?: number; queueSizes?: () => Promise<Record<string, number>>; smsUrl?: string | null } & TestDatabaseOptions = {}): Promise<TestApi> {
  const now = options.now ?? TEST_NOW;
  let clock = now;
  const throttle = createThrottle(options.throttle);
  const keys = testKeyRing();
  const db = await startTestDatabase(options);
  const mail = await startMailCatcher();
  const mailer = createMailer({ smtpUrl: mail.smtpUrl, from: 'groupfinder <no-reply@groupfinder.localhost>' });
  // Texts go to the catcher unless a test names another gateway (`smsUrl`), or none (null).
  const smsUrl = options.smsUrl === undefined ? mail.smsUrl : options.smsUrl;
  const sms = smsUrl ? createSmsSender({ url: smsUrl }) : undefined;
  await syncGazetteer(db.dataSource);
  await loadDemoDataIfEmpty(db.dataSource, now, { accounts: options.demoAccounts ?? false });
  await new MeetingService(db.dataSource).refresh(undefined, now);
  // No scheduled job: a test runs those itself, on its own clock.
  const jobs = options.jobs ? await startJobs({ url: db.database.url, dataSource: db.dataSource, jobs: [], queued: [messageDeliveryJob({ mailer, sms, keys }), waitingNoticeJob(new JoinNotifier({ mailer, sms, keys, dashboardUrl: TEST_DASHBOARD_URL }))], pollingIntervalSeconds: 0.5, now: () => clock }) : null;
  const server = await startApiServer({
    dataSource: db.dataSource,
    port: 0,
    production: options.production ?? false,
    now: () => clock,
    responseMaxBytes: options.responseMaxBytes,
    publicMaxAgeSeconds: options.publicMaxAgeSeconds,
    responseCacheSeconds: options.responseCacheSeconds,
    countCacheSeconds: options.countCacheSeconds,
    facetsWaitMs: options.facetsWaitMs,
    databaseTimeouts: options.databaseTimeouts,
    metricsPort: options.metricsPort,
    queueSizes: options.queueSizes,
    services: { sessions: new SessionService({ idleMinutes: 60, absoluteHours: 12 }), mailer, ...(sms ? { sms } : {}), dashboardUrl: TEST_DASHBOARD_URL, throttle, keys, ...(jobs ? { jobs } : {}), waitingNoticeDelaySeconds: options.waitingNoticeDelaySeconds ?? 0 },
  });
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const query = async <T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
    const response = await post(JSON.stringify({ query, variables }), headers);
    return { response, result: { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) } };
  };
  return {
    ...db,
    server,
    mail,
    keys,
    jobs,
    url: server.url,
    post,
    async query<T>(text: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
      return (await query<T>(text, variables, headers)).result;
    },
    setNow(moment) {
      clock = moment;
    },
    browser(headers = {}) {
      // Node's fetch keeps no cookies: this jar holds the one cookie the API sets (Secure and __Host- are the browser's rules; over plain http here the test keeps them itself).
      let sessionToken: string | null = null;
      return {
        get sessionToken() {
          return sessionToken;
        },
        async query<T>(text: string, variables?: Record<string, unknown>) {
          const cookie: Record<string, string> = sessionToken ? { cookie: `${SESSION_COOKIE}=${sessionToken}` } : {};
          const { response, result } = await query<T>(text, variables, { ...headers, ...cookie });
          for (const header of response.headers.getSetCookie()) {
            const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
            const [name, value = ''] = pair.split('=');
            if (name !== SESSION_COOKIE) continue;
            // Max-Age counts from when the browser receives it, whatever day the test runs.
            const maxAge = attributes.find((attribute) => attribute.toLowerCase().startsWith('max-age='));
            const expired = maxAge !== undefined && Number(maxAge.slice('max-age='.length)) <= 0;
            sessionToken = value && !expired ? decodeURIComponent(value) : null;
          }
          return result;
        },
      };
    },
    async stop() {
      await server.stop();
      await jobs?.stop();
      await throttle.close();
      mailer.close();
      await mail.stop();
      await db.stop();
    },
  };
}

/**
 * Runs `call` as an anonymous visitor's POST request would, in a unit of work of its own that
 * commits afterwards (so that what waits for the commit, such as a confirmation, goes): for a
 * service built by hand with other parts than the test API's.
 */
export async function asVisitorRequest<T>(dataSource: DataSource, { now, clientAddress }: { now: Date; clientAddress: string }, call: (context: Context) => Promise<T>): Promise<T> {
  const work = await beginUnitOfWork(dataSource);
  try {
    return await call({
      locale: 'da',
      viewer: null,
      db: work.db,
      asSystem: work.asSystem,
      becomeViewer: async () => undefined,
      now,
      http: { method: 'POST', clientAddress, sessionToken: null, setSessionCookie: () => undefined, clearSessionCookie: () => undefined, keepFromCaches: () => undefined, keptFromCaches: false },
      embed: null,
    });
  } finally {
    await work.finish('commit');
  }
}
