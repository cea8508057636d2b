import path from 'node:path';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded PGlite in .data/pglite with demo data on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ environment: 'development', port: 4000, databaseUrl: undefined, demoData: true, countCacheSeconds: 60 });
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
    expect(loadConfig({ COUNT_CACHE_SECONDS: '0' }).countCacheSeconds).toBe(0);
    expect(() => loadConfig({ NODE_ENV: 'prodution' })).toThrow(/Invalid NODE_ENV/);
    expect(loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587' }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587', DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({}).demoData).toBe(true);
    expect(loadConfig({ API_PORT: '0', DEMO_DATA: 'false', NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587' })).toMatchObject({
      port: 0,
      demoData: false,
      environment: 'production',
    });
  });

  it('sends mail through SMTP_URL, which production cannot start without', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: 'groupfinder <no-reply@groupfinder.localhost>', dashboardUrl: 'http://localhost:4200' });
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SMTP_URL is required in production/);
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
    expect(() => loadConfig({ CLOCK_NOW: '2027-03-10T09:00:00Z', NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org:587' })).toThrow(/refused in production/);
  });

  it('refuses a mail server or dashboard address it cannot read, without repeating the password', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://mailer:s3cret@mail.example.org' })).toThrow(/Invalid SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'http://mailer:s3cret@mail.example.org' })).not.toThrow(/s3cret/);
    expect(() => loadConfig({ DASHBOARD_URL: 'admin.example.dk' })).toThrow(/Invalid DASHBOARD_URL/);
  });

  it('counts failed sign-ins in Redis when REDIS_URL is set, and in memory otherwise', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/2' }).redisUrl).toBe('redis://127.0.0.1:6379/2');
    expect(() => loadConfig({ REDIS_URL: 'http://user:s3cret@cache.example.org' })).toThrow(/Invalid REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'http://user:s3cret@cache.example.org' })).not.toThrow(/s3cret/);
  });
});
