import path from 'node:path';

/** Every environment variable the API reads, parsed once. Nothing else reads process.env. */
export interface Config {
  /** production hides introspection and stack traces. */
  environment: 'development' | 'test' | 'production';
  /** HTTP port of the GraphQL endpoint; 0 picks a free one. */
  port: number;
  /** A PostgreSQL server, or undefined for the embedded PGlite. */
  databaseUrl: string | undefined;
  /** Where PGlite keeps its files ("memory://" for a throw-away database). */
  dataDir: string;
  /** Load the demo data into an empty database at start. */
  demoData: boolean;
  /** How long a public search's counts and facets are kept for the same search again; 0 counts every time. */
  countCacheSeconds: number;
}

const ROOT = path.resolve(__dirname, '../../..');

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

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(value.toLowerCase())) return false;
  throw new Error(`Invalid boolean: ${value}`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const environment = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  return {
    environment,
    port: port(env.API_PORT, 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.PGLITE_DATA_DIR || path.join(ROOT, '.data', 'pglite'),
    demoData: flag(env.DEMO_DATA, true),
    countCacheSeconds: seconds(env.COUNT_CACHE_SECONDS, 60),
  };
}
