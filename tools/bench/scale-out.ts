/**
 * The pieces of `npm run bench -- --scale-out`: the API as deployed (apps/api/src/main.ts, as the
 * README's deploy command runs it) in one and two processes on one database and one Redis, behind
 * nginx (Debian's, started by the bench as a child process with a configuration of its own in a
 * temporary directory), and what each of them costs in CPU. bench.ts sends the requests.
 *
 * `nginxSite` writes the part of the configuration the README documents (Deploy, Production
 * deployment); tools/scripts/deploy.spec.ts keeps the two the same.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, closeSync, constants, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { answersHealth, freePort, listening } from '../scripts/ports';
import { ROOT } from './generate';

export const NGINX_INSTALL_HINT = 'DEBIAN_FRONTEND=noninteractive apt-get install -y nginx-light';

/** Debian's nginx (`/usr/sbin`, often not on a user's PATH), or any on the PATH; null when there is none. */
export function findNginx(): string | null {
  const directories = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];
  for (const directory of directories.filter(Boolean)) {
    const candidate = path.join(directory, 'nginx');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// nginx

export interface NginxSite {
  /** The upstream's name. */
  name: string;
  /** What `listen` says: a port, or address:port. */
  listen: string;
  /** The API processes, host:port. */
  servers: string[];
  /** A proxy_cache zone: public GET searches kept as their Cache-Control says (s-maxage). Null: no cache. */
  cacheZone: string | null;
}

/**
 * An upstream of API processes and a server that forwards /graphql to them:
 * least busy process first, connections to the processes kept open (HTTP/1.1 keepalive), the
 * client's address in X-Forwarded-For (the API trusts it from the proxy: TRUST_PROXY), and, with a
 * cache zone, GET searches kept for their `s-maxage`, one copy per Accept-Language (`Vary`);
 * POSTs and `no-store` answers are never kept. A process that refuses connections (stopping,
 * restarting) is skipped: nginx tries the next one.
 */
export function nginxSite(site: NginxSite): string {
  const cache = site.cacheZone
    ? [
        `        proxy_cache ${site.cacheZone};`,
        `        # One request per search goes to the API while the others wait for its answer.`,
        `        proxy_cache_lock on;`,
        `        add_header X-Cache-Status $upstream_cache_status always;`,
      ]
    : [];
  return [
    `upstream ${site.name} {`,
    `    least_conn;`,
    ...site.servers.map((server) => `    server ${server} max_fails=3 fail_timeout=10s;`),
    `    keepalive 32;`,
    `}`,
    ``,
    `server {`,
    `    listen ${site.listen};`,
    ``,
    `    location = /graphql {`,
    `        proxy_pass http://${site.name};`,
    `        proxy_http_version 1.1;`,
    `        proxy_set_header Connection "";`,
    `        proxy_set_header Host $host;`,
    `        proxy_set_header X-Forwarded-For $remote_addr;`,
    `        proxy_set_header X-Forwarded-Proto $scheme;`,
    ...cache,
    `    }`,
    `}`,
  ].join('\n');
}

/** The cache zone's storage (http level, once for every site that uses the zone). */
export function nginxCachePath(directory: string, zone: string): string {
  return `proxy_cache_path ${directory} keys_zone=${zone}:10m max_size=1g inactive=10m use_temp_path=off;`;
}

/** A whole nginx.conf for a process of its own: everything it writes stays in `directory`. */
export function nginxConfig(directory: string, sites: NginxSite[]): string {
  const zones = [...new Set(sites.map((site) => site.cacheZone).filter((zone): zone is string => zone !== null))];
  const indent = (text: string) =>
    text
      .split('\n')
      .map((line) => (line ? `    ${line}` : line))
      .join('\n');
  return [
    `# Written by tools/bench (--scale-out) for one run; nginx -p ${directory} -c ${directory}/nginx.conf`,
    // One worker: on 2 cores it proxies thousands of requests a second, and leaves the rest to the API.
    `worker_processes 1;`,
    `pid ${directory}/nginx.pid;`,
    `error_log ${directory}/error.log warn;`,
    `events { worker_connections 4096; }`,
    `http {`,
    `    access_log off;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${directory}/${kind}_temp;`),
    ...zones.map((zone) => `    ${nginxCachePath(`${directory}/cache-${zone}`, zone)}`),
    '',
    sites.map((site) => indent(nginxSite(site))).join('\n\n'),
    `}`,
    '',
  ].join('\n');
}

export interface Nginx {
  /** The master and its workers. */
  pids(): number[];
  stop(): Promise<void>;
}

/** Processes whose parent is `pid` (nginx's workers), from /proc; none where there is no /proc. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((entry) => {
        try {
          return Number(readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]) === pid;
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * nginx in the foreground as a child process, with `sites` on loopback ports; its configuration,
 * pid, logs, temporary files and cache in a directory of its own, removed when it stops.
 */
export async function startNginx(binary: string, sites: NginxSite[]): Promise<Nginx> {
  for (const site of sites) if (!site.listen.startsWith('127.0.0.1:')) throw new Error(`nginx listens on loopback only, not ${site.listen}`);
  const directory = mkdtempSync(path.join(os.tmpdir(), 'groupfinder-bench-nginx-'));
  // Started as root, nginx's workers run as nobody: they must reach the temporary and cache directories it makes in here.
  chmodSync(directory, 0o755);
  const file = path.join(directory, 'nginx.conf');
  writeFileSync(file, nginxConfig(directory, sites));
  const child = spawn(binary, ['-p', directory, '-c', file, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    const ports = sites.map((site) => Number(site.listen.split(':')[1]));
    const started = performance.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`nginx stopped: ${output.trim() || readTail(path.join(directory, 'error.log'))}`);
      if ((await Promise.all(ports.map(listening))).every(Boolean)) break;
      if (performance.now() - started > 10_000) throw new Error(`nginx did not listen within 10 s: ${output.trim()}`);
      await delay(20);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { pids: () => (child.pid ? [child.pid, ...childrenOf(child.pid)] : []), stop };
}

function readTail(file: string, characters = 2000): string {
  try {
    return readFileSync(file, 'utf8').slice(-characters);
  } catch {
    return '';
  }
}

/** nginx's own check of a configuration (`nginx -t`): null when it is accepted, else what nginx said. */
export function checkNginxConfig(binary: string, sites: NginxSite[]): string | null {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'groupfinder-nginx-check-'));
  try {
    chmodSync(directory, 0o755);
    const file = path.join(directory, 'nginx.conf');
    writeFileSync(file, nginxConfig(directory, sites));
    const result = spawnSync(binary, ['-t', '-p', directory, '-c', file, '-g', 'daemon off;'], { encoding: 'utf8' });
    return result.status === 0 ? null : `${result.stderr}${result.stdout}`;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The API as deployed

export interface DeployedApi {
  port: number;
  pid: number;
  /** The end of its log (JSON lines), for a failure. */
  logTail(): string;
  /** Its log's lines at level warn and above, but for the request lines (answers 503 and the like, counted apart). */
  warnings(): string[];
  stop(): Promise<void>;
}

/**
 * The README's deploy command (Deploy): `NODE_ENV=production SWC_NODE_PROJECT=apps/api/tsconfig.json
 * node -r @swc-node/register apps/api/src/main.ts` from the repository root, with `env` (the
 * database, Redis, ports and limits), listening on loopback only. Its log goes to a file in
 * `logDirectory`, as a container runtime would keep it. Resolves once /health answers.
 */
export async function startDeployedApi(env: Record<string, string>, logDirectory: string): Promise<DeployedApi> {
  const port = await freePort();
  const logFile = path.join(logDirectory, `api-${port}.log`);
  const log = openSync(logFile, 'w');
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      ...env,
      NODE_ENV: 'production',
      SWC_NODE_PROJECT: 'apps/api/tsconfig.json',
      API_PORT: String(port),
      // Production listens on every interface; the benchmark keeps to loopback.
      HOST: '127.0.0.1',
      // Production needs its keys (README, Keys); the benchmark seals nothing it keeps.
      DATA_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const logTail = () => readTail(logFile);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    await exited;
    clearTimeout(timer);
  };
  const started = performance.now();
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API stopped while starting: ${logTail()}`);
      if (await answersHealth(port)) break;
      if (performance.now() - started > 180_000) throw new Error(`the API did not answer on /health within 3 minutes: ${logTail()}`);
      await delay(50);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const warnings = () => readTail(logFile, Number.POSITIVE_INFINITY).split('\n').filter((line) => /"level":"(warn|error|fatal)"/.test(line) && !line.includes('"component":"http"'));
  return { port, pid: child.pid as number, logTail, warnings, stop };
}

// ---------------------------------------------------------------------------------------------
// Where the CPU goes

/** CPU seconds (user + system) each of these processes has used, from /proc; NaN for one that is gone, or without /proc. */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    // utime and stime: the 14th and 15th fields, 12th and 13th after the command; clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Every PostgreSQL server process on the machine (the server's, whoever's its connections are). */
function postgresPids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((entry) => {
        try {
          return readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres';
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}

/** The machine's busy and total CPU time (all cores, seconds), from /proc/stat. */
function machineCpu(): { busy: number; total: number } {
  try {
    const [, ...values] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
    const ticks = values.map(Number);
    // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
    const total = ticks.slice(0, 8).reduce((sum, value) => sum + value, 0);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return { busy: (total - idle) / 100, total: total / 100 };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
}

/** Cores used on average while a measurement ran (1.0: one core busy all the time). */
export interface CpuShare {
  client: number;
  nginx: number;
  /** Each API process. */
  api: number[];
  /** Every postgres process on the machine. */
  postgres: number;
  /** The whole machine: everything above and whatever else runs. */
  machine: number;
}

/** Starts counting CPU; the returned function says how many cores each part used since. */
export function cpuMeter(parts: { nginx: () => number[]; api: number[] }): () => CpuShare {
  const startedAt = performance.now();
  const client = process.cpuUsage();
  // A process that ends meanwhile (nginx's cache loader) counts until its last reading.
  const since = (before: Map<number, number>) =>
    [...before].reduce((total, [pid, then]) => {
      const now = cpuSecondsOf(pid);
      return Number.isNaN(now) ? total : total + now - then;
    }, 0);
  const nginxBefore = new Map(parts.nginx().map((pid) => [pid, cpuSecondsOf(pid)]));
  const apiBefore = parts.api.map(cpuSecondsOf);
  // Connections opened during the measurement are new processes: their whole CPU time counts.
  const postgresBefore = new Map(postgresPids().map((pid) => [pid, cpuSecondsOf(pid)]));
  const machineBefore = machineCpu();
  return () => {
    const seconds = (performance.now() - startedAt) / 1000;
    const used = process.cpuUsage(client);
    const machine = machineCpu();
    const postgres = postgresPids().reduce((total, pid) => {
      const now = cpuSecondsOf(pid);
      return Number.isNaN(now) ? total : total + now - (postgresBefore.get(pid) ?? 0);
    }, 0);
    return {
      client: (used.user + used.system) / 1e6 / seconds,
      nginx: since(nginxBefore) / seconds,
      api: parts.api.map((pid, index) => (cpuSecondsOf(pid) - (apiBefore[index] ?? 0)) / seconds),
      postgres: postgres / seconds,
      machine: ((machine.busy - machineBefore.busy) / (machine.total - machineBefore.total)) * os.cpus().length,
    };
  };
}

// ---------------------------------------------------------------------------------------------
// The widget's search, as it sends it

/** The widget's first-page query (WidgetGroups): its text and its SHA-256, as codegen listed it for persisted queries. */
export function widgetSearch(): { query: string; sha256: string } {
  const documents = JSON.parse(readFileSync(path.join(ROOT, 'apps/widget/src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
  const found = Object.entries(documents).find(([, text]) => /\bquery WidgetGroups\b/.test(text));
  if (!found) throw new Error('apps/widget/src/gql/persisted-documents.json has no WidgetGroups query (npm run generate)');
  return { query: found[1], sha256: found[0].replace(/^sha256:/, '') };
}

/** The path of a GET that names the query by its hash, as the widget's request.ts writes it. */
export function persistedGetPath(endpointPath: string, sha256: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ variables: JSON.stringify(variables), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256 } }) });
  return `${endpointPath}?${params}`;
}
