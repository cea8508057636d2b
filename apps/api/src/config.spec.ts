import path from 'node:path';
import { inspect } from 'node:util';
import { loadConfig } from './config';
import { generateKeySettings } from './privacy/keys';

/** Production refuses to start without its keys (DATA_KEYS, BLIND_INDEX_KEY). */
const KEYS = generateKeySettings('k1');

describe('loadConfig', () => {
  it('defaults to the embedded PGlite in .data/pglite with demo data on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ environment: 'development', port: 4000, databaseUrl: undefined, demoData: true, countCacheSeconds: 60, publicMaxAgeSeconds: 60, responseCacheSeconds: 5 });
    expect(config.dataDir).toBe(path.resolve(__dirname, '../../../.data/pglite'));
  });

  it('keeps sessions 60 idle minutes and 12 hours at most, and trusts only a proxy on loopback, unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ sessionIdleMinutes: 60, sessionAbsoluteHours: 12, trustProxy: 'loopback' });
    expect(loadConfig({ SESSION_IDLE_MINUTES: '15', SESSION_ABSOLUTE_HOURS: '8', TRUST_PROXY: '10.0.0.0/8' })).toMatchObject({
      sessionIdleMinutes: 15,
      sessionAbsoluteHours: 8,
      trustProxy: '10.0.0.0/8',
    });
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/Invalid number \(1 to 1440\)/);
    expect(() => loadConfig({ SESSION_ABSOLUTE_HOURS: 'a day' })).toThrow(/Invalid number/);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://127.0.0.1:5432/test' }).databaseUrl).toBe('postgresql://127.0.0.1:5432/test');
  });

  it('refuses a port or flag it cannot read, rather than guessing', () => {
    expect(() => loadConfig({ API_PORT: 'eighty' })).toThrow(/Invalid port/);
    expect(() => loadConfig({ DEMO_DATA: 'maybe' })).toThrow(/Invalid boolean/);
    expect(() => loadConfig({ COUNT_CACHE_SECONDS: '-1' })).toThrow(/Invalid number of seconds/);
    expect(() => loadConfig({ COUNT_CACHE_SECONDS: 'a minute' })).toThrow(/Invalid number of seconds/);
    expect(loadConfig({ PUBLIC_MAX_AGE_SECONDS: '0' }).publicMaxAgeSeconds).toBe(0);
    expect(() => loadConfig({ PUBLIC_MAX_AGE_SECONDS: '1m' })).toThrow(/Invalid number of seconds/);
    expect(loadConfig({ COUNT_CACHE_SECONDS: '0' }).countCacheSeconds).toBe(0);
    expect(loadConfig({}).joinFormMinSeconds).toBe(2);
    expect(loadConfig({ JOIN_FORM_MIN_SECONDS: '0' }).joinFormMinSeconds).toBe(0);
    expect(() => loadConfig({ JOIN_FORM_MIN_SECONDS: 'soon' })).toThrow(/Invalid number of seconds/);
    expect(() => loadConfig({ NODE_ENV: 'prodution' })).toThrow(/Invalid NODE_ENV/);
    expect(loadConfig({ ...KEYS, NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587' }).demoData).toBe(false);
    expect(loadConfig({ ...KEYS, NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587', DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({}).demoData).toBe(true);
    expect(loadConfig({ API_PORT: '0', DEMO_DATA: 'false', ...KEYS, NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587' })).toMatchObject({
      port: 0,
      demoData: false,
      environment: 'production',
    });
  });

  it('sends mail through SMTP_URL, which production cannot start without', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: 'groupfinder <no-reply@groupfinder.localhost>', dashboardUrl: 'http://localhost:4200' });
    expect(() => loadConfig({ ...KEYS, NODE_ENV: 'production' })).toThrow(/SMTP_URL is required in production/);
    const config = loadConfig({ SMTP_URL: 'smtps://mailer:s3cret@mail.example.org:465', MAIL_FROM: 'Selvhjælp <noreply@example.dk>', DASHBOARD_URL: 'https://admin.example.dk/' });
    expect(config).toMatchObject({ smtpUrl: 'smtps://mailer:s3cret@mail.example.org:465', mailFrom: 'Selvhjælp <noreply@example.dk>', dashboardUrl: 'https://admin.example.dk' });
  });

  it('stops the clock at CLOCK_NOW, an instant with its offset, except in production', () => {
    expect(loadConfig({}).clockNow).toBeUndefined();
    expect(loadConfig({ CLOCK_NOW: '2027-03-10T09:00:00Z' }).clockNow).toEqual(new Date('2027-03-10T09:00:00Z'));
    expect(loadConfig({ CLOCK_NOW: '2027-03-10T10:00+01:00' }).clockNow).toEqual(new Date('2027-03-10T09:00:00Z'));
    expect(() => loadConfig({ CLOCK_NOW: '2027-03-10T10:00' })).toThrow(/Invalid CLOCK_NOW/);
    expect(() => loadConfig({ CLOCK_NOW: '2027-02-30T10:00:00Z' })).toThrow(/Invalid CLOCK_NOW/);
    expect(() => loadConfig({ CLOCK_NOW: 'tomorrow' })).toThrow(/Invalid CLOCK_NOW/);
    expect(() => loadConfig({ CLOCK_NOW: '2027-03-10T09:00:00Z', ...KEYS, NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587' })).toThrow(/refused in production/);
  });

  it('refuses a mail server or dashboard address it cannot read, without repeating the password', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://mailer:s3cret@mail.example.org' })).toThrow(/Invalid SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'http://mailer:s3cret@mail.example.org' })).not.toThrow(/s3cret/);
    expect(() => loadConfig({ DASHBOARD_URL: 'admin.example.dk' })).toThrow(/Invalid DASHBOARD_URL/);
  });

  it('lets 10 requests to join (and messages) an hour from an address and 60 to a group through, unless told otherwise', () => {
    expect(loadConfig({}).joinLimits).toEqual({ joinRequestsPerAddress: 10, joinRequestsPerGroup: 60, joinWindowMinutes: 60 });
    // A helpline's office behind one address, a popular group's launch.
    expect(loadConfig({ JOIN_REQUESTS_PER_ADDRESS: '40', JOIN_REQUESTS_PER_GROUP: '200', JOIN_WINDOW_MINUTES: '30' }).joinLimits).toEqual({
      joinRequestsPerAddress: 40,
      joinRequestsPerGroup: 200,
      joinWindowMinutes: 30,
    });
    expect(() => loadConfig({ JOIN_REQUESTS_PER_ADDRESS: '0' })).toThrow(/Invalid number \(1 to 100000\)/);
    expect(() => loadConfig({ JOIN_WINDOW_MINUTES: 'an hour' })).toThrow(/Invalid number/);
  });

  it('limits each address to 300 requests a minute and sheds load over 20 requests in flight or 500 ms of event-loop delay, unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ rateLimitPerMinute: 300, maxInFlight: 20, maxEventLoopDelayMs: 500 });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '1200', MAX_IN_FLIGHT: '16', MAX_EVENT_LOOP_DELAY_MS: '250' })).toMatchObject({
      rateLimitPerMinute: 1200,
      maxInFlight: 16,
      maxEventLoopDelayMs: 250,
    });
    // 0 switches each off (a load test, a process behind a proxy that limits already).
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0', MAX_IN_FLIGHT: '0', MAX_EVENT_LOOP_DELAY_MS: '0' })).toMatchObject({ rateLimitPerMinute: 0, maxInFlight: 0, maxEventLoopDelayMs: 0 });
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '-5' })).toThrow(/Invalid number \(0 to 1000000\)/);
    expect(() => loadConfig({ MAX_IN_FLIGHT: 'lots' })).toThrow(/Invalid number/);
    expect(() => loadConfig({ MAX_EVENT_LOOP_DELAY_MS: '0.5' })).toThrow(/Invalid number/);
  });

  it('gives up on PostgreSQL after 2 s without a connection and 2 s on a statement, waits longer for PGlite’s turn, and lets requests finish for 10 s on SIGTERM', () => {
    const server = 'postgresql://127.0.0.1:5432/test';
    expect(loadConfig({ DATABASE_URL: server })).toMatchObject({ dbConnectTimeoutMs: 2000, dbStatementTimeoutMs: 2000, shutdownGraceSeconds: 10 });
    expect(loadConfig({})).toMatchObject({ dbConnectTimeoutMs: 15_000, dbStatementTimeoutMs: 2000 });
    expect(loadConfig({ DATABASE_URL: server, DB_CONNECT_TIMEOUT_MS: '500', DB_STATEMENT_TIMEOUT_MS: '30000', SHUTDOWN_GRACE_SECONDS: '25' })).toMatchObject({
      dbConnectTimeoutMs: 500,
      dbStatementTimeoutMs: 30_000,
      shutdownGraceSeconds: 25,
    });
    expect(loadConfig({ SHUTDOWN_GRACE_SECONDS: '0' }).shutdownGraceSeconds).toBe(0);
    // 0 would mean "wait forever" to pg: refused, as is a time in other units.
    expect(() => loadConfig({ DB_CONNECT_TIMEOUT_MS: '0' })).toThrow(/Invalid number \(100 to 600000\)/);
    expect(() => loadConfig({ DB_STATEMENT_TIMEOUT_MS: '5s' })).toThrow(/Invalid number/);
    expect(() => loadConfig({ SHUTDOWN_GRACE_SECONDS: '-1' })).toThrow(/Invalid number \(0 to 3600\)/);
  });

  it('waits 250 ms for a search’s facets counted beside it on PostgreSQL, and refuses that on PGlite, where a search counts its own', () => {
    const server = 'postgresql://127.0.0.1:5432/test';
    expect(loadConfig({ DATABASE_URL: server }).facetsWaitMs).toBe(250);
    expect(loadConfig({ DATABASE_URL: server, FACETS_WAIT_MS: '0' }).facetsWaitMs).toBe(0);
    expect(loadConfig({}).facetsWaitMs).toBeNull();
    expect(() => loadConfig({ FACETS_WAIT_MS: '250' })).toThrow(/FACETS_WAIT_MS needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: server, FACETS_WAIT_MS: '-1' })).toThrow(/Invalid number \(0 to 60000\)/);
  });

  it('seals with the keys of DATA_KEYS, the first for new values, and indexes with BLIND_INDEX_KEY', () => {
    const older = generateKeySettings('k2025-old');
    const { keys } = loadConfig({ DATA_KEYS: ` ${KEYS.DATA_KEYS} , ${older.DATA_KEYS} `, BLIND_INDEX_KEY: KEYS.BLIND_INDEX_KEY });
    expect(keys.from).toBe('environment');
    const { dataKeys, blindIndexKey } = keys as Extract<typeof keys, { from: 'environment' }>;
    expect(dataKeys.map(({ id }) => id)).toEqual(['k1', 'k2025-old']);
    expect(dataKeys[0]?.key.export().toString('base64')).toBe(KEYS.DATA_KEYS.slice('k1:'.length));
    expect(blindIndexKey.export().toString('base64')).toBe(KEYS.BLIND_INDEX_KEY);
  });

  it('refuses keys it cannot use, saying why without repeating them', () => {
    const [, key] = KEYS.DATA_KEYS.split(':') as [string, string];
    const short = Buffer.alloc(16, 7).toString('base64');
    const refusals: [Record<string, string>, RegExp][] = [
      [{ DATA_KEYS: `k1:${short}` }, /Invalid DATA_KEYS: the key k1 is 16 bytes, not 32/],
      [{ DATA_KEYS: `k1:${key.slice(0, -2)}!!` }, /Invalid DATA_KEYS: the key k1 is not base64/],
      [{ DATA_KEYS: `k1:${key},k1:${generateKeySettings('x').DATA_KEYS.slice(2)}` }, /Invalid DATA_KEYS: the key id k1 appears twice/],
      [{ DATA_KEYS: `K_1:${key}` }, /Invalid DATA_KEYS: the id of entry 1 is not 1 to 16 of a-z, 0-9 and -/],
      [{ DATA_KEYS: `a-very-long-key-id:${key}` }, /Invalid DATA_KEYS: the id of entry 1 is not 1 to 16/],
      [{ DATA_KEYS: key }, /Invalid DATA_KEYS: entry 1 is not id:base64/],
      [{ DATA_KEYS: ',' }, /Invalid DATA_KEYS: no key/],
      [{ BLIND_INDEX_KEY: short }, /Invalid BLIND_INDEX_KEY: the key is 16 bytes, not 32/],
      [{ BLIND_INDEX_KEY: key }, /Invalid BLIND_INDEX_KEY: it must be a key of its own, not one of DATA_KEYS/],
    ];
    for (const [settings, reason] of refusals) {
      const load = () => loadConfig({ ...KEYS, ...settings });
      expect(load).toThrow(reason);
      for (const secret of [key, short, key.slice(0, -2)]) expect(load).not.toThrow(secret);
    }
  });

  it('refuses to start in production without DATA_KEYS and BLIND_INDEX_KEY, and elsewhere with only one of them', () => {
    const production = { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587' };
    expect(() => loadConfig(production)).toThrow(/DATA_KEYS and BLIND_INDEX_KEY are required in production/);
    expect(() => loadConfig({ ...production, DATA_KEYS: KEYS.DATA_KEYS })).toThrow(/required in production/);
    expect(loadConfig({ ...production, ...KEYS }).keys.from).toBe('environment');
    expect(() => loadConfig({ DATA_KEYS: KEYS.DATA_KEYS })).toThrow(/DATA_KEYS and BLIND_INDEX_KEY go together/);
    expect(() => loadConfig({ BLIND_INDEX_KEY: KEYS.BLIND_INDEX_KEY })).toThrow(/go together/);
  });

  it('keeps development keys in .data/keys.json beside the PGlite data, and keys of the process alone where nothing outlives it', () => {
    expect(loadConfig({}).keys).toEqual({ from: 'file', file: path.resolve(__dirname, '../../../.data/keys.json') });
    expect(loadConfig({ PGLITE_DATA_DIR: '/srv/groupfinder/pglite' }).keys).toEqual({ from: 'file', file: '/srv/groupfinder/keys.json' });
    expect(loadConfig({ DATABASE_URL: 'postgresql://127.0.0.1:5432/dev' }).keys).toEqual({ from: 'file', file: path.resolve(__dirname, '../../../.data/keys.json') });
    expect(loadConfig({ PGLITE_DATA_DIR: 'memory://' }).keys).toEqual({ from: 'process' });
    expect(loadConfig({ DATABASE_URL: 'postgresql://127.0.0.1:5432/dev', PGLITE_DATA_DIR: 'memory://' }).keys).toEqual({ from: 'file', file: path.resolve(__dirname, '../../../.data/keys.json') });
    expect(loadConfig({ NODE_ENV: 'test' }).keys).toEqual({ from: 'process' });
  });

  it('never shows a key when the configuration is logged or inspected', () => {
    const config = loadConfig({ ...KEYS, DATA_KEYS: `${KEYS.DATA_KEYS},${generateKeySettings('k0').DATA_KEYS}` });
    const [, key] = KEYS.DATA_KEYS.split(':') as [string, string];
    for (const shown of [JSON.stringify(config), inspect(config, { depth: 10, showHidden: true })]) {
      expect(shown).toContain('k1');
      for (const secret of [key, KEYS.BLIND_INDEX_KEY, Buffer.from(key, 'base64').toString('hex')]) expect(shown).not.toContain(secret);
    }
  });

  it('counts failed sign-ins in Redis when REDIS_URL is set, and in memory otherwise', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/2' }).redisUrl).toBe('redis://127.0.0.1:6379/2');
    expect(() => loadConfig({ REDIS_URL: 'http://user:s3cret@cache.example.org' })).toThrow(/Invalid REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'http://user:s3cret@cache.example.org' })).not.toThrow(/s3cret/);
  });

  it('sends texts to SMS_URL with SMS_AUTHORIZATION when set, sends none without, also in production, and refuses what it cannot use without repeating it', () => {
    expect(loadConfig({})).toMatchObject({ smsUrl: undefined, smsAuthorization: undefined });
    expect(loadConfig({ ...KEYS, NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587' })).toMatchObject({ smsUrl: undefined, smsAuthorization: undefined });
    expect(loadConfig({ SMS_URL: 'https://sms.example.org/send?account=7', SMS_AUTHORIZATION: 'Bearer s3cret-t0ken' })).toMatchObject({ smsUrl: 'https://sms.example.org/send?account=7', smsAuthorization: 'Bearer s3cret-t0ken' });
    expect(loadConfig({ SMS_URL: 'http://127.0.0.1:1080/sms' })).toMatchObject({ smsUrl: 'http://127.0.0.1:1080/sms', smsAuthorization: undefined });
    for (const [env, error] of [
      [{ SMS_URL: 'smtp://s3cret@sms.example.org' }, /Invalid SMS_URL/],
      [{ SMS_URL: 'sms.example.org/s3cret' }, /Invalid SMS_URL/],
      [{ SMS_URL: 'https://user:s3cret@sms.example.org/send' }, /no credentials in the URL.*SMS_AUTHORIZATION/],
      [{ SMS_AUTHORIZATION: 'Bearer s3cret' }, /SMS_AUTHORIZATION needs SMS_URL/],
      [{ SMS_URL: 'https://sms.example.org/send', SMS_AUTHORIZATION: 'Bearer s3cret\r\nX-Other: 1' }, /Invalid SMS_AUTHORIZATION/],
      [{ SMS_URL: 'https://sms.example.org/send', SMS_AUTHORIZATION: 'Bearer s3cretø' }, /Invalid SMS_AUTHORIZATION/],
    ] as const) {
      expect(() => loadConfig(env)).toThrow(error);
      expect(() => loadConfig(env)).not.toThrow(/s3cret/);
    }
  });
});

describe('loadConfig: listening, logs and metrics', () => {
  const production = { ...KEYS, NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587' };

  it('listens on loopback outside production and on every interface in production, unless HOST says', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('127.0.0.1');
    expect(loadConfig(production).host).toBe('0.0.0.0');
    expect(loadConfig({ ...production, HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
    expect(() => loadConfig({ HOST: 'http://example.org' })).toThrow(/Invalid HOST/);
  });

  it('serves metrics only when METRICS_PORT is set', () => {
    expect(loadConfig({}).metricsPort).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: '9464' }).metricsPort).toBe(9464);
    expect(() => loadConfig({ METRICS_PORT: 'ninety' })).toThrow(/Invalid port/);
  });

  it('logs from info (warn under tests), and censors the fields LOG_REDACT adds', () => {
    expect(loadConfig({})).toMatchObject({ logLevel: 'info', logRedact: [] });
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('warn');
    expect(loadConfig({ LOG_LEVEL: 'debug', LOG_REDACT: 'user-agent, origin' })).toMatchObject({ logLevel: 'debug', logRedact: ['user-agent', 'origin'] });
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/Invalid LOG_LEVEL/);
    expect(() => loadConfig({ LOG_REDACT: 'headers.cookie' })).toThrow(/Invalid LOG_REDACT/);
  });
});
