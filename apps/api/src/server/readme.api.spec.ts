import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../config';
import { createScratchDatabase, startTestApi, type TestApi } from '../testing/test-api';
import { freePort } from '../testing/free-port';

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
      const command = written.replace('DATABASE_URL=...', `DATABASE_URL=${databaseUrl}`).replace('SMTP_URL=...', 'SMTP_URL=smtp://127.0.0.1:1').replace('API_PORT=...', `API_PORT=${port}`);
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
