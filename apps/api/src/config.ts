import { isIP } from 'node:net';
import path from 'node:path';
import { Temporal } from '@groupfinder/domain';
import { parseBlindIndexKey, parseDataKeys, type KeySettings } from './privacy/keys';
import { DEFAULT_THROTTLE_LIMITS, type ThrottleLimits } from './auth/throttle';
import { FORM_MIN_SECONDS } from './joining/form-token';

/** Every environment variable the API reads, parsed once. Nothing else reads process.env. */
export interface Config {
  /** production hides introspection and stack traces. */
  environment: 'development' | 'test' | 'production';
  /** HTTP port of the GraphQL endpoint; 0 picks a free one. */
  port: number;
  /** HOST: the address the API (and the metrics) listen on; loopback outside production, every interface in production. */
  host: string;
  /** METRICS_PORT: Prometheus metrics on GET /metrics on this port (0 picks a free one); unset: no metrics server. */
  metricsPort: number | undefined;
  /** LOG_LEVEL: the least severe log lines written (info; warn under tests). */
  logLevel: LogLevel;
  /** LOG_REDACT: field names censored in log lines besides the fixed list (kernel/logger.ts), comma-separated. */
  logRedact: string[];
  /** A PostgreSQL server, or undefined for the embedded PGlite. */
  databaseUrl: string | undefined;
  /** Where PGlite keeps its files ("memory://" for a throw-away database). */
  dataDir: string;
  /**
   * DATA_KEYS and BLIND_INDEX_KEY: the keys personal data is sealed with at rest, and its blind
   * indexes computed with (privacy/keys.ts), required in production; elsewhere, without them, a
   * development key file beside the PGlite data directory, or keys of the process alone where
   * nothing outlives it (NODE_ENV=test, an in-memory PGlite). Never logged: KeyObjects show no bytes.
   */
  keys: KeySettings;
  /** DB_CONNECT_TIMEOUT_MS: a request's longest wait for a database connection, and again for its first answer; then 503. */
  dbConnectTimeoutMs: number;
  /** DB_STATEMENT_TIMEOUT_MS: PostgreSQL cancels a request's statement after this long (statement_timeout); then 503. */
  dbStatementTimeoutMs: number;
  /** SHUTDOWN_GRACE_SECONDS: on SIGTERM, how long requests in flight may take to finish before they are cut. */
  shutdownGraceSeconds: number;
  /** Load the demo data into an empty database at start. */
  demoData: boolean;
  /** How long a public search's counts and facets are kept for the same search again; 0 counts every time. */
  countCacheSeconds: number;
  /**
   * FACETS_WAIT_MS: how long a public search waits for its facets, counted meanwhile in a transaction
   * of their own and kept for the next asker (PostgreSQL only); null on PGlite: counted in the request.
   */
  facetsWaitMs: number | null;
  /** How long a CDN or browser may keep a public GET answer (Cache-Control max-age); 0: no one keeps it. */
  publicMaxAgeSeconds: number;
  /** How long a process answers the same public GET search again from memory; 0: never. */
  responseCacheSeconds: number;
  /**
   * JOIN_FORM_MIN_SECONDS: a request to join sent sooner after its form opened is taken for a
   * robot's (FORM_TOO_FAST); default 2. The journeys set 0: their clock stands still (CLOCK_NOW).
   */
  joinFormMinSeconds: number;
  /**
   * JOIN_REQUESTS_PER_ADDRESS and JOIN_REQUESTS_PER_GROUP in JOIN_WINDOW_MINUTES: requests to join and
   * messages to groups (counted together) per client address and per group (auth/throttle.ts).
   */
  joinLimits: Pick<ThrottleLimits, 'joinRequestsPerAddress' | 'joinRequestsPerGroup' | 'joinWindowMinutes'>;
  /** Proxies whose X-Forwarded-For names the client (Express `trust proxy`: 'loopback', addresses, subnets, or a hop count). */
  trustProxy: string | number;
  /** A dashboard session unused this long ends (SESSION_IDLE_MINUTES, default 60). */
  sessionIdleMinutes: number;
  /** A dashboard session ends this long after sign-in however active (SESSION_ABSOLUTE_HOURS, default 12). */
  sessionAbsoluteHours: number;
  /** Where mail goes (smtp:// or smtps://, credentials in the URL); required in production. `npm start` sets its local catcher. */
  smtpUrl: string | undefined;
  /** The From header of every mail. */
  mailFrom: string;
  /**
   * SMS_URL: where texts for people who gave a phone number go, as `POST` JSON `{ to, text }` (mail/sms.ts);
   * unset: none are sent (`npm start` sets its local catcher). SMS_AUTHORIZATION: that request's Authorization header.
   */
  smsUrl: string | undefined;
  smsAuthorization: string | undefined;
  /** The dashboard's base address, without a trailing slash: links in mails lead there. */
  dashboardUrl: string;
  /** PUBLIC_URL: the API's own address as pages reach it (behind its proxy), without a trailing slash: embeds' snippets load the widget from it. */
  publicUrl: string;
  /** EMBED_CACHE_SECONDS: how long a process keeps an embed it looked up (an edit reaches every process within it). */
  embedCacheSeconds: number;
  /** ACCESSIBILITY_EMAIL: where the accessibility statement asks readers to write about what does not work for them. */
  accessibilityEmail: string;
  /** WIDGET_DIR: the built widget (`npm run build -w apps/widget`), served at /widget/groupfinder-widget.js. */
  widgetDir: string;
  /**
   * CLOCK_NOW: an instant the API's clock stands still at (and the demo data's dates count from),
   * for journeys and demonstrations that must look the same whatever the day; refused in production.
   */
  clockNow: Date | undefined;
  /** REDIS_URL: where every process of the API counts failed sign-ins together; unset: each counts in its own memory. */
  redisUrl: string | undefined;
  /** RATE_LIMIT_PER_MINUTE: requests to /graphql per client address and minute, counted in REDIS_URL's Redis when set; 0: no limit. */
  rateLimitPerMinute: number;
  /** MAX_IN_FLIGHT: requests to /graphql being answered at once; the next is refused with 503 at once. 0: no bound. */
  maxInFlight: number;
  /** MAX_EVENT_LOOP_DELAY_MS: requests are refused with 503 while the event loop has recently been held up longer than this. 0: no bound. */
  maxEventLoopDelayMs: number;
}

const ROOT = path.resolve(__dirname, '../../..');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function logLevel(value: string | undefined, fallback: LogLevel): LogLevel {
  if (value === undefined || value === '') return fallback;
  if (!(LOG_LEVELS as readonly string[]).includes(value)) throw new Error(`Invalid LOG_LEVEL: ${value} (${LOG_LEVELS.join(', ')})`);
  return value as LogLevel;
}

function fieldNames(name: string, value: string | undefined): string[] {
  const names = (value ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  const invalid = names.find((field) => !/^[\w$-]+$/.test(field));
  if (invalid !== undefined) throw new Error(`Invalid ${name}: field names separated by commas (${invalid})`);
  return names;
}

function host(value: string | undefined, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  if (isIP(value) === 0 && !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(value)) throw new Error(`Invalid HOST: ${value} (an address such as 127.0.0.1, 0.0.0.0 or ::)`);
  return value;
}

function port(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new Error(`Invalid port: ${value}`);
  return parsed;
}

function seconds(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 86_400) throw new Error(`Invalid number of seconds: ${value}`);
  return parsed;
}

/** PGlite runs one transaction at a time: facets counted beside the request would wait for it to end. */
function facetsWaitMs(value: string | undefined, databaseUrl: string | undefined): number | null {
  if (!databaseUrl) {
    if (value) throw new Error('FACETS_WAIT_MS needs DATABASE_URL: on the embedded PGlite a search counts its facets itself');
    return null;
  }
  return boundedInteger(value, 250, 0, 60_000);
}

/** DATA_KEYS and BLIND_INDEX_KEY together, or (outside production) neither. */
function keys(env: NodeJS.ProcessEnv, environment: Config['environment'], dataDir: string): KeySettings {
  const dataKeysText = env.DATA_KEYS?.trim() || undefined;
  const blindIndexKeyText = env.BLIND_INDEX_KEY?.trim() || undefined;
  if (dataKeysText && blindIndexKeyText) {
    const dataKeys = parseDataKeys(dataKeysText);
    return { from: 'environment', dataKeys, blindIndexKey: parseBlindIndexKey(blindIndexKeyText, dataKeys) };
  }
  const generate = 'generate each with: openssl rand -base64 32 (README, Keys)';
  if (environment === 'production') throw new Error(`DATA_KEYS and BLIND_INDEX_KEY are required in production: contact details and messages are sealed with them; ${generate}`);
  if (dataKeysText || blindIndexKeyText) throw new Error(`DATA_KEYS and BLIND_INDEX_KEY go together: set both, or neither for a development key file; ${generate}`);
  if (environment === 'test' || (!env.DATABASE_URL && dataDir.startsWith('memory://'))) return { from: 'process' };
  // Beside the data it opens: .data/keys.json next to .data/pglite (also for DATABASE_URL's data, on a laptop).
  return { from: 'file', file: path.join(dataDir.startsWith('memory://') ? path.join(ROOT, '.data') : path.dirname(dataDir), 'keys.json') };
}

function boundedInteger(value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) throw new Error(`Invalid number (${min} to ${max}): ${value}`);
  return parsed;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(value.toLowerCase())) return false;
  throw new Error(`Invalid boolean: ${value}`);
}

function redisUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  // The URL may hold a password: the error does not repeat it.
  if (!URL.canParse(value) || !['redis:', 'rediss:'].includes(new URL(value).protocol)) throw new Error('Invalid REDIS_URL: write redis://host:6379 or rediss://user:password@host:6380');
  return value;
}

function smtpUrl(value: string | undefined, environment: Config['environment']): string | undefined {
  if (value === undefined || value === '') {
    if (environment === 'production') throw new Error('SMTP_URL is required in production: mail for invitations and password resets has to go somewhere');
    return undefined;
  }
  // The URL holds a password: the error does not repeat it.
  if (!URL.canParse(value) || !['smtp:', 'smtps:'].includes(new URL(value).protocol)) throw new Error('Invalid SMTP_URL: write smtp://user:password@host:587 or smtps://user:password@host:465');
  return value;
}

function smsUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  // The URL may hold a gateway's token: the errors do not repeat it.
  if (!URL.canParse(value) || !['http:', 'https:'].includes(new URL(value).protocol)) throw new Error('Invalid SMS_URL: write https://gateway.example.org/sms (a gateway or relay that takes POST JSON { to, text })');
  const url = new URL(value);
  if (url.username || url.password) throw new Error('Invalid SMS_URL: no credentials in the URL; give them in SMS_AUTHORIZATION (the Authorization header, such as Bearer …)');
  return value;
}

function smsAuthorization(value: string | undefined, url: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!url) throw new Error('SMS_AUTHORIZATION needs SMS_URL: it is sent only with the texts to that address');
  // A header value: visible ASCII and spaces, so that no line break can add a header. Not repeated: it is a secret.
  if (!/^[\x21-\x7e][\x20-\x7e]*$/.test(value)) throw new Error('Invalid SMS_AUTHORIZATION: one line of visible ASCII, such as Bearer <token> or Basic <base64>');
  return value;
}

/** An ISO 8601 instant with its offset ("2027-03-10T09:00:00Z"), never a local time open to guessing. */
function instant(name: string, value: string | undefined, environment: Config['environment']): Date | undefined {
  if (value === undefined || value === '') return undefined;
  if (environment === 'production') throw new Error(`${name} is refused in production: the clock must be the real one`);
  try {
    return new Date(Temporal.Instant.from(value).epochMilliseconds);
  } catch {
    throw new Error(`Invalid ${name} (an instant such as 2027-03-10T09:00:00Z): ${value}`);
  }
}

function webAddress(name: string, value: string | undefined, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  if (!URL.canParse(value) || !['http:', 'https:'].includes(new URL(value).protocol)) throw new Error(`Invalid ${name}: ${value}`);
  return value.replace(/\/+$/, '');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // A misspelt NODE_ENV must not quietly mean development (introspection on, demo data in).
  if (env.NODE_ENV && !['production', 'test', 'development'].includes(env.NODE_ENV)) throw new Error(`Invalid NODE_ENV: ${env.NODE_ENV} (production, test or development)`);
  const environment = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  const dataDir = env.PGLITE_DATA_DIR || path.join(ROOT, '.data', 'pglite');
  return {
    environment,
    port: port(env.API_PORT, 4000),
    // Reachable from other machines only in production (behind its proxy); a laptop keeps it to itself.
    host: host(env.HOST, environment === 'production' ? '0.0.0.0' : '127.0.0.1'),
    metricsPort: env.METRICS_PORT ? port(env.METRICS_PORT, 0) : undefined,
    // A line per request is too much in a test's output; the tests that read the log ask for it.
    logLevel: logLevel(env.LOG_LEVEL, environment === 'test' ? 'warn' : 'info'),
    logRedact: fieldNames('LOG_REDACT', env.LOG_REDACT),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    keys: keys(env, environment, dataDir),
    // A server answers at once or is in trouble; PGlite serves one transaction at a time, so there a request may wait its turn.
    dbConnectTimeoutMs: boundedInteger(env.DB_CONNECT_TIMEOUT_MS, env.DATABASE_URL ? 2000 : 15_000, 100, 600_000),
    // With the half second unavailable.ts waits beyond it, a request on a database that froze under it answers 503 within 2.5 s.
    dbStatementTimeoutMs: boundedInteger(env.DB_STATEMENT_TIMEOUT_MS, 2000, 100, 3_600_000),
    shutdownGraceSeconds: boundedInteger(env.SHUTDOWN_GRACE_SECONDS, 10, 0, 3600),
    // Invented groups are never published by a production deploy unless asked for.
    demoData: flag(env.DEMO_DATA, environment !== 'production'),
    countCacheSeconds: seconds(env.COUNT_CACHE_SECONDS, 60),
    facetsWaitMs: facetsWaitMs(env.FACETS_WAIT_MS, env.DATABASE_URL),
    publicMaxAgeSeconds: seconds(env.PUBLIC_MAX_AGE_SECONDS, 60),
    responseCacheSeconds: seconds(env.RESPONSE_CACHE_SECONDS, 5),
    joinFormMinSeconds: seconds(env.JOIN_FORM_MIN_SECONDS, FORM_MIN_SECONDS),
    joinLimits: {
      joinRequestsPerAddress: boundedInteger(env.JOIN_REQUESTS_PER_ADDRESS, DEFAULT_THROTTLE_LIMITS.joinRequestsPerAddress, 1, 100_000),
      joinRequestsPerGroup: boundedInteger(env.JOIN_REQUESTS_PER_GROUP, DEFAULT_THROTTLE_LIMITS.joinRequestsPerGroup, 1, 100_000),
      joinWindowMinutes: boundedInteger(env.JOIN_WINDOW_MINUTES, DEFAULT_THROTTLE_LIMITS.joinWindowMinutes, 1, 24 * 60),
    },
    trustProxy: /^\d+$/.test(env.TRUST_PROXY ?? '') ? Number(env.TRUST_PROXY) : env.TRUST_PROXY || 'loopback',
    sessionIdleMinutes: boundedInteger(env.SESSION_IDLE_MINUTES, 60, 1, 24 * 60),
    sessionAbsoluteHours: boundedInteger(env.SESSION_ABSOLUTE_HOURS, 12, 1, 24 * 30),
    smtpUrl: smtpUrl(env.SMTP_URL, environment),
    mailFrom: env.MAIL_FROM || 'groupfinder <no-reply@groupfinder.localhost>',
    smsUrl: smsUrl(env.SMS_URL),
    smsAuthorization: smsAuthorization(env.SMS_AUTHORIZATION, env.SMS_URL),
    dashboardUrl: webAddress('DASHBOARD_URL', env.DASHBOARD_URL, 'http://localhost:4200'),
    publicUrl: webAddress('PUBLIC_URL', env.PUBLIC_URL, `http://localhost:${port(env.API_PORT, 4000)}`),
    embedCacheSeconds: seconds(env.EMBED_CACHE_SECONDS, 30),
    accessibilityEmail: env.ACCESSIBILITY_EMAIL || 'accessibility@groupfinder.localhost',
    widgetDir: path.resolve(env.WIDGET_DIR || path.join(ROOT, 'apps', 'widget', 'dist')),
    clockNow: instant('CLOCK_NOW', env.CLOCK_NOW, environment),
    redisUrl: redisUrl(env.REDIS_URL),
    rateLimitPerMinute: boundedInteger(env.RATE_LIMIT_PER_MINUTE, 300, 0, 1_000_000),
    maxInFlight: boundedInteger(env.MAX_IN_FLIGHT, 20, 0, 100_000),
    maxEventLoopDelayMs: boundedInteger(env.MAX_EVENT_LOOP_DELAY_MS, 500, 0, 60_000),
  };
}
