import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../config';
import { createScratchDatabase, startTestApi, type TestApi } from '../testing/test-api';
import { freePort } from '../testing/free-port';
import { createDataSource } from '../database/data-source';
import { startDatabase } from '../database/database';
import { generateKeySettings, keyRingOf } from '../privacy/keys';
import { SCRATCH_SEALED_TABLE, fillScratchTable, openScratchTable } from '../privacy/scratch-sealed-table';
import { countByKey } from '../privacy/reseal';

/** The README's examples, run as a reader would run them: only the host, port and placeholders change. */
const ROOT = path.resolve(__dirname, '../../../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end === -1 ? undefined : end);
}

describe('the partner example (The API for partners)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('runs with curl against the demo data and answers the groups meeting in Gladsaxe, in Danish', async () => {
    const [, example = ''] = /```sh\n(curl [\s\S]*?)\n```/.exec(section('The API for partners')) ?? [];
    expect(example).toContain('http://localhost:4000/graphql');
    const command = example.replaceAll('http://localhost:4000', new URL(api.url).origin);
    const { stdout } = await promisify(execFile)('sh', ['-c', command]);
    const answer = JSON.parse(stdout) as { data?: { groups: { totalCount: number; edges: { node: { name: { text: string }; schedule: { summary: string } | null; isDemo: boolean } }[] } }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.groups.totalCount).toBeGreaterThan(0);
    expect(answer.data?.groups.edges.map(({ node }) => node.name.text)).toEqual(expect.arrayContaining(['SMART Recovery Søborg – mandag', 'SMART Recovery Søborg – torsdag']));
    const monday = answer.data?.groups.edges.find(({ node }) => node.name.text === 'SMART Recovery Søborg – mandag')?.node;
    expect(monday).toMatchObject({ schedule: { summary: 'Hver mandag kl. 19:00–20:30' }, isDemo: false });
  });
});

describe('the deploy command (Deploy)', () => {
  let child: ChildProcess | undefined;
  let output = '';
  let dataDir: string;
  let dropDatabase = async () => undefined as void;

  afterAll(async () => {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'starts from the repository root as written, in production: /health answers, with security headers, no landing page, no introspection, no demo data',
    async () => {
      const [, written = ''] = /^- API: `([^`]+)`/m.exec(section('Deploy')) ?? [];
      expect(written).toMatch(/^NODE_ENV=production .*node .*apps\/api\/src\/main\.ts$/);
      // A database of its own: a new one on DATABASE_URL's server, else PGlite in a temporary directory.
      dataDir = mkdtempSync(path.join(tmpdir(), 'groupfinder-deploy-'));
      let databaseUrl = '';
      const { databaseUrl: server } = loadConfig();
      if (server) {
        const scratch = await createScratchDatabase(server, 'groupfinder_deploy');
        databaseUrl = scratch.url;
        dropDatabase = scratch.drop;
      }
      const port = await freePort();
      // Nothing is ever sent to this mail server: production only needs one to start.
      const keys = generateKeySettings('deploy');
      const command = written
        .replace('DATABASE_URL=...', `DATABASE_URL=${databaseUrl}`)
        .replace('SMTP_URL=...', 'SMTP_URL=smtp://127.0.0.1:1')
        .replace('DATA_KEYS=...', `DATA_KEYS=${keys.DATA_KEYS}`)
        .replace('BLIND_INDEX_KEY=...', `BLIND_INDEX_KEY=${keys.BLIND_INDEX_KEY}`)
        .replace('API_PORT=...', `API_PORT=${port}`);
      expect(command).not.toContain('...');
      // What an operator's shell has: no test settings (NODE_ENV=test, DATABASE_URL, HOST, LOG_LEVEL).
      child = spawn('sh', ['-c', command], {
        cwd: ROOT,
        env: { PATH: process.env['PATH'], HOME: process.env['HOME'] ?? dataDir, PGLITE_DATA_DIR: dataDir },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const base = `http://127.0.0.1:${port}`;
      let health: Response | undefined;
      for (let attempt = 0; attempt < 600 && !health && child.exitCode === null; attempt++) {
        health = await fetch(`${base}/health`).catch(() => undefined);
        if (!health) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect({ started: health?.status, output: health ? '' : output }).toEqual({ started: 200, output: '' });
      expect(await health?.json()).toEqual({ status: 'ok' });
      expect(Object.fromEntries(['x-content-type-options', 'strict-transport-security', 'referrer-policy', 'content-security-policy'].map((name) => [name, health?.headers.get(name)]))).toEqual({
        'x-content-type-options': 'nosniff',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'referrer-policy': 'no-referrer',
        'content-security-policy': "default-src 'none';frame-ancestors 'none'",
      });

      const post = async (query: string) =>
        (await (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as { data?: Record<string, unknown>; errors?: { extensions: { code: string } }[] };
      const introspection = await post(`{ __schema { types { name } } }`);
      expect(introspection.data).toBeUndefined();
      expect(introspection.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

      const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toMatch(/html/);
      expect(await page.text()).not.toMatch(/<html|cdn\.apollographql\.com/i);

      expect(await post(`{ groups { totalCount } }`)).toEqual({ data: { groups: { totalCount: 0 } } });

      // Its log is JSON lines, one saying where it listens.
      const lines = output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toContainEqual(expect.objectContaining({ level: 'info', msg: 'GraphQL API listening', url: `http://localhost:${port}/graphql` }));
    },
    240_000,
  );
});

describe('the key rotation command (Keys)', () => {
  const oldSettings = generateKeySettings('k2026');
  const newSettings = generateKeySettings('k2027');
  const [oldKey, newKey] = [oldSettings, newSettings].map(({ DATA_KEYS }) => DATA_KEYS.slice('k2026:'.length));
  const requests = [
    { id: '0b7a4f3e-5b8c-4d2a-9e1f-3c6d7e8f9a01', contact: 'ane@example.dk', message: 'Må jeg komme på ventelisten?' },
    { id: '5d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b02', contact: '+45 12 34 56 78', message: null },
  ];
  let dataDir: string;
  let databaseUrl = '';
  let dropDatabase = async () => undefined as void;

  beforeAll(async () => {
    // Its own database as the API would leave it (migrated), holding values sealed under the old key:
    // a new one on DATABASE_URL's server, else PGlite in a temporary directory, closed again.
    dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'groupfinder-keys-')), 'pglite');
    const { databaseUrl: server } = loadConfig();
    if (server) {
      const scratch = await createScratchDatabase(server, 'groupfinder_keys');
      databaseUrl = scratch.url;
      dropDatabase = scratch.drop;
    }
    const database = await startDatabase({ databaseUrl: databaseUrl || undefined, dataDir });
    const dataSource = createDataSource(database.url);
    try {
      await dataSource.initialize();
      await dataSource.runMigrations();
      await fillScratchTable(dataSource, keyRingOf(oldSettings), requests);
    } finally {
      await dataSource.destroy();
      await database.stop();
    }
  });

  afterAll(async () => {
    await dropDatabase();
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  /** The README's example with the placeholders filled in, run as written from the repository root (the scratch table registered in it too). */
  async function runExample(onServer = databaseUrl): Promise<{ code: number; stdout: string; stderr: string }> {
    const [, written = ''] = /```sh\n\s*(DATABASE_URL=[^\n]*npm run keys:reseal)\n/.exec(section('Keys')) ?? [];
    expect(written).toBe('DATABASE_URL=... BLIND_INDEX_KEY=... DATA_KEYS=k2027:NEW_KEY,k2026:OLD_KEY npm run keys:reseal');
    const command = written
      .replace('DATABASE_URL=...', `DATABASE_URL=${onServer}`)
      .replace('BLIND_INDEX_KEY=...', `BLIND_INDEX_KEY=${oldSettings.BLIND_INDEX_KEY}`)
      .replace('NEW_KEY', newKey as string)
      .replace('OLD_KEY', oldKey as string);
    const scratchTable = require.resolve('../privacy/scratch-sealed-table');
    return new Promise((resolve) => {
      execFile(
        'sh',
        ['-c', command],
        {
          cwd: ROOT,
          // What an operator's shell has, and PGlite's directory; the scratch table registered before the command runs.
          env: {
            PATH: process.env['PATH'],
            HOME: process.env['HOME'] ?? tmpdir(),
            PGLITE_DATA_DIR: dataDir,
            SWC_NODE_PROJECT: 'apps/api/tsconfig.json',
            NODE_OPTIONS: `--require @swc-node/register --require ${scratchTable}`,
          },
        },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  it(
    'seals every old value again under the new key and says so, and a second run finds nothing to do',
    async () => {
      const first = await runExample();
      expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
      const lines = first.stdout.split('\n').filter((line) => line && !line.startsWith('>') && !line.startsWith('{'));
      expect(lines[0]).toBe('Sealing under key k2027; DATA_KEYS also opens k2026.');
      expect(lines).toEqual(expect.arrayContaining(['scratch_requests.contact: 2 resealed', 'scratch_requests.message: 1 resealed']));
      // The line README quotes.
      expect(lines.at(-1)).toBe('Every sealed value is under k2027. k2026 can be dropped from DATA_KEYS.');

      const second = await runExample();
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('scratch_requests.contact: 0 resealed');

      const database = await startDatabase({ databaseUrl: databaseUrl || undefined, dataDir });
      const dataSource = createDataSource(database.url);
      try {
        await dataSource.initialize();
        // Opened with the new key alone: the old one can go.
        expect(await openScratchTable(dataSource, keyRingOf(newSettings))).toEqual(requests);
        expect(await countByKey(dataSource, [SCRATCH_SEALED_TABLE])).toEqual([
          { table: 'scratch_requests', column: 'contact', keyId: 'k2027', values: 2 },
          { table: 'scratch_requests', column: 'message', keyId: 'k2027', values: 1 },
        ]);
      } finally {
        await dataSource.destroy();
        await database.stop();
      }
    },
    120_000,
  );

  it(
    'refuses, saying why, while the API holds the embedded database',
    async () => {
      // This process holds the directory's lock as a running API would.
      const api = await startDatabase({ databaseUrl: undefined, dataDir });
      let refusal: Awaited<ReturnType<typeof runExample>>;
      try {
        // On the embedded database, whether or not the other tests run on PostgreSQL.
        refusal = await runExample('');
      } finally {
        await api.stop();
      }
      expect(refusal.code).toBe(1);
      expect(refusal.stderr).toContain(`keys:reseal failed: The PGlite data directory ${dataDir} is locked by process ${process.pid}`);
      expect(refusal.stderr).toContain('The embedded database serves one process at a time: stop the API (npm start), run keys:reseal, then start the API again.');
    },
    120_000,
  );
});
