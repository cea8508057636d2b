import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findNginx, NGINX_INSTALL_HINT, nginxCachePath, nginxSite, startNginx, type Nginx } from '../bench/scale-out';
import { freePort } from './ports';

/** README.md's production deployment (Deploy) against what the benchmark runs and what the Dockerfile builds. */
const ROOT = path.resolve(__dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const DOCKERFILE = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');

function part(title: string): string {
  const start = README.indexOf(`\n### ${title}\n`);
  expect(start).toBeGreaterThan(-1);
  const next = /\n#{2,3} /.exec(README.slice(start + 1));
  return README.slice(start, next ? start + 1 + next.index : undefined);
}

/** The README's nginx example, without the list's indentation. */
function readmeNginx(): string {
  const [, indent = '', block = ''] = /\n( *)```nginx\n([\s\S]*?)\n *```/.exec(part('Production deployment')) ?? [];
  return block
    .split('\n')
    .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n');
}

/** The README's example as the benchmark writes it. */
const EXAMPLE = `${nginxCachePath('/var/cache/nginx/groupfinder', 'groupfinder_public')}\n\n${nginxSite({ name: 'groupfinder_api', listen: '80', servers: ['10.0.0.11:4000', '10.0.0.12:4000'], cacheZone: 'groupfinder_public' })}`;

describe('the nginx configuration (Deploy, Production deployment)', () => {
  it('in the README is the one the benchmark runs', () => {
    expect(readmeNginx()).toBe(EXAMPLE);
  });
});

const nginx = findNginx();

describe('nginx in front of two API processes', () => {
  // Debian's nginx, as Chromium for the journeys: .ci/run installs it; without it these fail saying how to.
  const binary = nginx ?? '';
  const upstreams: { server: Server; port: number; requests: { method: string; forwardedFor: string | undefined }[] }[] = [];
  let proxy: Nginx;
  let plain: string;
  let cached: string;

  /** Answers as the API does: a GET of the persisted search public for 60 s and per language, anything else not to be kept. */
  async function startUpstream(index: number) {
    const port = await freePort();
    const requests: (typeof upstreams)[number]['requests'] = [];
    const server = createServer((request, response) => {
      requests.push({ method: request.method ?? '', forwardedFor: request.headers['x-forwarded-for'] as string | undefined });
      const isPublic = request.method === 'GET' && !request.url?.includes('private');
      response.setHeader('content-type', 'application/json');
      response.setHeader('cache-control', isPublic ? 'public, max-age=0, s-maxage=60' : 'no-store');
      if (isPublic) response.setHeader('vary', 'Accept-Language');
      response.end(JSON.stringify({ process: index, language: request.headers['accept-language'] ?? null }));
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    upstreams.push({ server, port, requests });
  }

  beforeAll(async () => {
    if (!nginx) throw new Error(`nginx is not installed: ${NGINX_INSTALL_HINT}`);
    await startUpstream(0);
    await startUpstream(1);
    const servers = upstreams.map(({ port }) => `127.0.0.1:${port}`);
    const [plainPort, cachedPort] = [await freePort(), await freePort()];
    proxy = await startNginx(binary, [
      { name: 'two_processes', listen: `127.0.0.1:${plainPort}`, servers, cacheZone: null },
      { name: 'two_processes_cached', listen: `127.0.0.1:${cachedPort}`, servers, cacheZone: 'public_searches' },
    ]);
    plain = `http://127.0.0.1:${plainPort}`;
    cached = `http://127.0.0.1:${cachedPort}`;
  });

  beforeEach(() => {
    for (const upstream of upstreams) upstream.requests.length = 0;
  });

  afterAll(async () => {
    await proxy?.stop();
    for (const { server } of upstreams) await new Promise((resolve) => server.close(resolve));
  });

  it('accepts the README’s example as written', async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'groupfinder-readme-nginx-'));
    try {
      chmodSync(directory, 0o755);
      // Only what the machine decides changes: where the cache lives and the port (80 may be taken, or not ours).
      const example = readmeNginx()
        .replace('/var/cache/nginx/groupfinder', path.join(directory, 'cache'))
        .replace(/listen 80;/, `listen 127.0.0.1:${await freePort()};`);
      const temporary = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${directory}/${kind};`).join(' ');
      writeFileSync(path.join(directory, 'nginx.conf'), `pid ${directory}/nginx.pid; error_log ${directory}/error.log; events {} http { ${temporary}\n${example}\n}\n`);
      const { stderr } = await promisify(execFile)(binary, ['-t', '-p', directory, '-c', path.join(directory, 'nginx.conf')]);
      expect(stderr).toContain('test is successful');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('spreads the requests over both processes and names the client itself, whatever the client claims', async () => {
    for (let request = 0; request < 6; request++) {
      const answer = await fetch(`${plain}/graphql`, { method: 'POST', headers: { 'x-forwarded-for': '203.0.113.9' }, body: '{}' });
      expect(answer.status).toBe(200);
    }
    expect(upstreams.map(({ requests }) => requests.length)).toEqual([3, 3]);
    expect(new Set(upstreams.flatMap(({ requests }) => requests.map(({ forwardedFor }) => forwardedFor)))).toEqual(new Set(['127.0.0.1']));
    expect((await fetch(`${plain}/metrics`)).status).toBe(404);
  });

  it('keeps a public GET answer per language with its cache on, and never a POST or a no-store answer', async () => {
    const ask = async (url: string, init: RequestInit = {}) => {
      const answer = await fetch(url, init);
      return { cache: answer.headers.get('x-cache-status'), body: (await answer.json()) as { language: string | null } };
    };
    const search = `${cached}/graphql?variables=%7B%7D&extensions=%7B%7D`;
    expect(await ask(search, { headers: { 'accept-language': 'da' } })).toEqual({ cache: 'MISS', body: expect.objectContaining({ language: 'da' }) });
    expect(await ask(search, { headers: { 'accept-language': 'da' } })).toEqual({ cache: 'HIT', body: expect.objectContaining({ language: 'da' }) });
    expect(await ask(search, { headers: { 'accept-language': 'sv' } })).toEqual({ cache: 'MISS', body: expect.objectContaining({ language: 'sv' }) });
    expect(await ask(search, { headers: { 'accept-language': 'sv' } })).toEqual({ cache: 'HIT', body: expect.objectContaining({ language: 'sv' }) });

    const privateAnswer = `${cached}/graphql?private=1`;
    expect([(await ask(privateAnswer)).cache, (await ask(privateAnswer)).cache]).toEqual(['MISS', 'MISS']);
    const post = () => ask(`${cached}/graphql`, { method: 'POST', body: '{}' });
    expect([(await post()).cache, (await post()).cache]).toEqual([null, null]);
    // What reached the processes: the first GET of each language, the private answers and the POSTs.
    expect(upstreams.flatMap(({ requests }) => requests.map(({ method }) => method)).sort()).toEqual(['GET', 'GET', 'GET', 'GET', 'POST', 'POST']);
  });
});

describe('the Dockerfile (Deploy, Production deployment)', () => {
  /** The instructions of the stage the image is built from: the last one. */
  const finalStage = DOCKERFILE.slice(DOCKERFILE.lastIndexOf('\nFROM '));
  const instruction = (stage: string, name: string) =>
    stage
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .filter((line) => line.startsWith(`${name} `))
      .map((line) => line.slice(name.length + 1).trim());

  it('runs the README’s deploy command as a non-root user, on Node 20, with a health check on /health', () => {
    const [, command = ''] = /^- API: `([^`]+)`/m.exec(README) ?? [];
    expect(command).toMatch(/ SWC_NODE_PROJECT=apps\/api\/tsconfig\.json node -r @swc-node\/register apps\/api\/src\/main\.ts$/);
    expect(command).toMatch(/^NODE_ENV=production /);
    const environment = instruction(finalStage, 'ENV').join(' ');
    for (const setting of ['NODE_ENV=production', 'SWC_NODE_PROJECT=apps/api/tsconfig.json', 'HOST=0.0.0.0', 'API_PORT=4000']) expect(environment.split(/\s+/)).toContain(setting);
    expect(instruction(finalStage, 'CMD').map((text) => JSON.parse(text) as string[])).toEqual([['node', '-r', '@swc-node/register', 'apps/api/src/main.ts']]);
    expect(instruction(finalStage, 'USER')).toEqual(['node']);
    expect(instruction(finalStage, 'EXPOSE')).toEqual(['4000']);
    expect(instruction(DOCKERFILE, 'FROM')[0]).toMatch(/^node:20-bookworm-slim /);
    expect(instruction(DOCKERFILE, 'RUN')).toContain('npm ci && npm cache clean --force');
  });

  it('compiles the native modules where a compiler is, and ships the API without one', () => {
    // argon2's prebuilt binary does not load on bookworm: npm ci compiles it (npm run check:container found the slim image could not).
    const install = DOCKERFILE.slice(0, DOCKERFILE.indexOf('RUN npm ci'));
    const toolchain = instruction(install, 'RUN').find((run) => run.includes('apt-get install')) ?? '';
    for (const tool of ['python3', 'make', 'g++']) expect(toolchain.split(/\s+/)).toContain(tool);
    expect(instruction(finalStage, 'FROM')).toEqual(['node:20-bookworm-slim AS api']);
    expect(instruction(finalStage, 'RUN').join(' ')).not.toMatch(/apt-get|g\+\+/);
    expect(instruction(finalStage, 'COPY')).toEqual(['--from=workspace /app /app']);
  });

  it('installs every workspace: each one’s package.json is copied before npm ci, and every file it copies exists', () => {
    const { workspaces } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] };
    const manifests = workspaces.flatMap((pattern) =>
      pattern.endsWith('/*')
        ? readdirSync(path.join(ROOT, pattern.slice(0, -2)))
            .map((name) => `${pattern.slice(0, -1)}${name}`)
            .filter((directory) => existsSync(path.join(ROOT, directory, 'package.json')))
        : [pattern],
    );
    const copies = instruction(DOCKERFILE, 'COPY').filter((copy) => !copy.startsWith('--from'));
    const beforeInstall = instruction(DOCKERFILE.slice(0, DOCKERFILE.indexOf('RUN npm ci')), 'COPY');
    for (const directory of manifests) expect(beforeInstall).toContain(`${directory}/package.json ${directory}/`);
    for (const copy of copies) for (const source of copy.split(/\s+/).slice(0, -1)) expect(existsSync(path.join(ROOT, source))).toBe(true);
  });

  it('has a health check that says whether /health answers 200', async () => {
    const [healthCheck = ''] = instruction(DOCKERFILE, 'HEALTHCHECK');
    const [, argv = '[]'] = /CMD (\[.*\])$/.exec(healthCheck) ?? [];
    const [program, ...args] = JSON.parse(argv) as string[];
    expect(program).toBe('node');
    let status = 200;
    const port = await freePort();
    const server = createServer((request, response) => {
      response.statusCode = request.url === '/health' ? status : 404;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const exitCode = () =>
      promisify(execFile)(process.execPath, args, { env: { API_PORT: String(port) } }).then(
        () => 0,
        (error: { code?: number }) => error.code ?? -1,
      );
    try {
      expect(await exitCode()).toBe(0);
      status = 503;
      expect(await exitCode()).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
