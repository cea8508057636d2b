import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { openDataSource } from '../database/data-source';
import { startDatabase, type Database } from '../database/database';
import { loadDemoDataIfEmpty } from '../database/demo-data';
import { MeetingService } from '../meetings/meeting.service';
import { syncGazetteer } from '../places/place.service';
import { startApiServer, type ApiServer } from '../server/server';

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

/**
 * A fresh, real database with the migrations run: a new database on the PostgreSQL server of
 * DATABASE_URL when it is set, else an in-memory PGlite.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const { databaseUrl } = loadConfig();
  let url: string | undefined;
  let drop = async () => undefined as void;
  if (databaseUrl) {
    const name = `groupfinder_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(databaseUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    drop = async () => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  const database = await startDatabase({ databaseUrl: url, dataDir: 'memory://' });
  const dataSource = await openDataSource(database.url);
  return {
    database,
    dataSource,
    async stop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.stop();
      await drop();
    },
  };
}

export interface TestApi extends TestDatabase {
  server: ApiServer;
  url: string;
  /** POSTs a GraphQL operation over HTTP, as a partner would. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** POSTs any body, for the limits of the HTTP layer. */
  post(body: string, headers?: Record<string, string>): Promise<Response>;
}

/** The real API on a free port, over a fresh database holding the demo data. */
export async function startTestApi(options: { production?: boolean; now?: Date } = {}): Promise<TestApi> {
  const db = await startTestDatabase();
  await syncGazetteer(db.dataSource);
  await loadDemoDataIfEmpty(db.dataSource);
  await new MeetingService(db.dataSource).refresh(undefined, options.now);
  const server = await startApiServer({ dataSource: db.dataSource, port: 0, production: options.production ?? false });
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return {
    ...db,
    server,
    url: server.url,
    post,
    async query<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
      const response = await post(JSON.stringify({ query, variables }), headers);
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
    },
    async stop() {
      await server.stop();
      await db.stop();
    },
  };
}
