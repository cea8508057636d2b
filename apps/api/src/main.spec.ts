import { spawn } from 'node:child_process';
import { request, type ClientRequest } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { loadConfig } from './config';
import { generateKeySettings } from './privacy/keys';
import { startDatabaseProxy } from './testing/database-proxy';
import { startTestDatabase, type TestDatabase } from './testing/test-api';
import { freePort } from './testing/free-port';

const API = path.resolve(__dirname, '..');
const SEARCH = JSON.stringify({ query: `{ groups(first: 3, locale: DA) { totalCount } }` });

interface ApiProcess {
  port: number;
  output(): string;
  signal(signal: NodeJS.Signals): void;
  /** Its exit code; null when a signal ended it. */
  exited: Promise<number | null>;
  running(): boolean;
}

/** The API as it is deployed (node -r @swc-node/register src/main.ts), on a free port, without demo data. */
async function startApiProcess(env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API,
    env: { ...process.env, API_PORT: String(port), DEMO_DATA: 'false', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve((exitCode = code))));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"msg":"GraphQL API listening"')) resolve();
    });
    void exited.then(() => reject(new Error(`the API stopped early:\n${output}`)));
  });
  return { port, output: () => output, signal: (signal) => child.kill(signal), exited, running: () => exitCode === undefined };
}

interface HeldRequest {
  /** The server has the request (it answered 100 Continue) and waits for its body. */
  accepted: Promise<void>;
  send(body: string): void;
  response: Promise<{ status: number; body: unknown }>;
}

/** A search whose body is held back until `send`: a request in flight for as long as the test wants. */
function holdRequest(port: number, body = SEARCH): HeldRequest {
  const outgoing: ClientRequest = request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
  });
  const accepted = new Promise<void>((resolve) => outgoing.once('continue', () => resolve()));
  const response = new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    outgoing.once('error', reject);
    outgoing.once('response', (incoming) => {
      let text = '';
      incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
      incoming.once('end', () => resolve({ status: incoming.statusCode ?? 0, body: JSON.parse(text) }));
      incoming.once('error', reject);
    });
  });
  outgoing.flushHeaders();
  return { accepted, send: (text) => outgoing.end(text), response };
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** Whether new connections are refused, asked again for a second at most (the listener closes as the signal is handled). */
async function refusesConnections(port: number): Promise<boolean> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await refused(port)) return true;
    await delay(20);
  }
  return false;
}

const get = (port: number, pathname: string) => fetch(`http://127.0.0.1:${port}${pathname}`, { signal: AbortSignal.timeout(3000) });
const search = (port: number) =>
  fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: SEARCH, signal: AbortSignal.timeout(3000) });

describe('the API process', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of databases) await database.stop();
  });

  /** Its own embedded PGlite, or a fresh database on the PostgreSQL server of DATABASE_URL. */
  async function databaseEnv(): Promise<NodeJS.ProcessEnv> {
    if (!loadConfig().databaseUrl) return { PGLITE_DATA_DIR: 'memory://' };
    const database = await startTestDatabase();
    databases.push(database);
    return { DATABASE_URL: database.database.url };
  }

  it('on SIGTERM takes no new connection, finishes the requests in flight within the grace period, then closes the database and exits 0', async () => {
    const api = await startApiProcess({ ...(await databaseEnv()), SHUTDOWN_GRACE_SECONDS: '3' });
    const finishing = holdRequest(api.port);
    const cut = holdRequest(api.port);
    await Promise.all([finishing.accepted, cut.accepted]);

    api.signal('SIGTERM');
    expect(await refusesConnections(api.port)).toBe(true);
    // Its body arrives after the signal: it is answered from the database, which is still open.
    finishing.send(SEARCH);
    expect(await finishing.response).toEqual({ status: 200, body: { data: { groups: { totalCount: 0 } } } });
    // One that is still unfinished when the grace period ends is cut, and the process goes on to stop.
    await expect(cut.response).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(await api.exited).toBe(0);
    expect(api.output()).toContain('"graceSeconds":3,"msg":"stopping"');
  }, 90_000);

  it('lives through a database outage: /health 200 and /ready 503 meanwhile, requests answered 503 within 3 s, and all well again once it is back', async () => {
    const database = await startTestDatabase();
    databases.push(database);
    const proxy = await startDatabaseProxy(database.database.url);
    const api = await startApiProcess({ DATABASE_URL: proxy.url });
    try {
      expect((await search(api.port)).status).toBe(200);
      await proxy.cut('refused');
      const outage = delay(6000);
      try {
        expect((await search(api.port)).status).toBe(503);
        expect((await get(api.port, '/ready')).status).toBe(503);
        expect((await get(api.port, '/health')).status).toBe(200);
        // Long enough for the job queue to poll (every 5 s) and fail.
        await outage;
      } finally {
        await proxy.restore();
      }
      expect((await search(api.port)).status).toBe(200);
      expect((await get(api.port, '/ready')).status).toBe(200);
      expect(api.running()).toBe(true);
      expect(api.output()).toContain('"msg":"the job queue failed"');
    } finally {
      api.signal('SIGTERM');
      await api.exited;
      await proxy.close();
    }
    expect(await api.exited).toBe(0);
  }, 90_000);

  it('in production without SMS_URL starts, and says once that no texts are sent', async () => {
    const api = await startApiProcess({ ...(await databaseEnv()), ...generateKeySettings('k1'), NODE_ENV: 'production', HOST: '127.0.0.1', SMTP_URL: 'smtp://127.0.0.1:9', SMS_URL: '', SMS_AUTHORIZATION: '' });
    try {
      expect((await search(api.port)).status).toBe(200);
    } finally {
      api.signal('SIGTERM');
    }
    expect(await api.exited).toBe(0);
    const warnings = api
      .output()
      .split('\n')
      .filter((line) => line.includes('no SMS_URL'));
    expect(warnings).toEqual([expect.stringContaining('"level":"warn"')]);
  }, 90_000);
});
