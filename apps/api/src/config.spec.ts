import path from 'node:path';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded PGlite in .data/pglite with demo data on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ environment: 'development', port: 4000, databaseUrl: undefined, demoData: true, countCacheSeconds: 60 });
    expect(config.dataDir).toBe(path.resolve(__dirname, '../../../.data/pglite'));
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
    expect(loadConfig({ API_PORT: '0', DEMO_DATA: 'false', NODE_ENV: 'production' })).toMatchObject({ port: 0, demoData: false, environment: 'production' });
  });
});
