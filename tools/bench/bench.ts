/**
 * `npm run bench`: the public search under load, over HTTP and as raw SQL, at 5,000, 50,000 and
 * 500,000 generated groups, on PostgreSQL and on the embedded PGlite.
 *
 * For each database and size: a fresh database (a new one on the PostgreSQL server, dropped
 * afterwards; an in-memory PGlite), the generated groups loaded with bulk SQL, and the real API
 * (startApiServer) in a process of its own. For each search scenario it sends the same GraphQL
 * request a fixed number of times at a fixed concurrency and measures latency and throughput;
 * then it replays the SQL the API sent for that request (recorded from TypeORM) with `pg`
 * directly, at the same concurrency, on the same database; and prints both and their ratio.
 *
 * Flags (after `npm run bench --`):
 *   --sizes=5000,50000,500000    group counts (default all three)
 *   --backends=postgres,pglite   databases (default both)
 *   --pglite-sizes=5000          sizes also run on PGlite (default 5,000 only, to keep the run under 10 minutes; 50,000 adds about 4)
 *   --requests=300               measured requests per scenario and mode (default 300), or
 *   --seconds=12                 as many as fit in this time, when fewer (default 12: bounds the run)
 *   --warmup=30                  unmeasured requests before each measurement (default 30, at most 3 s)
 *   --concurrency=10             requests in flight (default 10)
 *   --scenarios=near,municipality,text   (default all; none: only loading, start-up and the roll-forward)
 *   --fields=first-page          the widget's query for its first page, with facet counts (default);
 *            page                "show more" (no facets); lean: a page without nextMeetings
 *   --explain                    print EXPLAIN (ANALYZE, BUFFERS) of each scenario's SQL at each size
 *   --keep                       keep the PostgreSQL databases (prints their URLs; drop them yourself)
 *   --count-cache=SECONDS        the API's COUNT_CACHE_SECONDS (default 0: every request counts, as a
 *                                new search does; the product's default is 60, measured warm)
 *   --get                        send the searches as GET requests (as the widget does) instead of POST
 *   --response-cache=SECONDS     the API's RESPONSE_CACHE_SECONDS (default 0: every request runs; the product's
 *                                default is 5: the same GET search again within 5 s is answered from memory)
 *   --profile=DIR                a V8 CPU profile of each API process while it serves, into DIR (open in Chrome DevTools)
 *   --overload[=SECONDS]         after the searches, the overload run (overload.ts): capacity of the warm municipality
 *                                search at --concurrency, then --overload-factor times that for SECONDS (default 10)
 *   --overload-factor=3          how many times the measured capacity the overload offers
 *   --overload-clients=1         how many client addresses the overload comes from (X-Forwarded-For; the
 *                                capacity run and the recovery's visitor come from 254 others)
 *   --rate-limit=N               the overload server's RATE_LIMIT_PER_MINUTE (default 0: off, every request comes from 127.0.0.1)
 *   --max-in-flight=N            its MAX_IN_FLIGHT (default: the API's)
 *   --max-event-loop-delay=MS    its MAX_EVENT_LOOP_DELAY_MS (default: the API's)
 *   --rate=200[,100,…]           after the searches, each scenario's search sent at this many requests per second on a
 *                                fixed schedule whatever the answers (open loop, as visitors arrive), to the same API
 *                                process: p50/p99 from each request's scheduled send, the 200s per second, failures and
 *                                the API's CPU per request; at most 2,000 unanswered and --rate-seconds + 10 s a rate
 *   --rate-seconds=10            how long each rate is sent
 *   --scale-out[=SECONDS]        at the end, on PostgreSQL: the API as deployed (main.ts) in one and two processes on the
 *                                database and Redis, behind nginx (installed apart: see scale-out.ts), each search for
 *                                SECONDS (default 10) by POST and as the widget's GET, and with nginx's cache on the GET
 * Environment: DATABASE_URL, the PostgreSQL server to create the benchmark databases on
 * (default postgresql://postgres@127.0.0.1:5432/postgres); REDIS_URL, where the overload server's rate
 * limit counts (default: in memory) and the scale-out's processes count together (default
 * redis://127.0.0.1:6379). Only loopback addresses are load-tested.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Client, Pool } from 'pg';
import { ROOT } from './generate';
import type { LoadReport } from './load';
import { openLoop, REFUSED, runOverload, type Outcome, type OverloadReport } from './overload';
import { cpuMeter, findNginx, NGINX_INSTALL_HINT, persistedGetPath, startNginx, startDeployedApi, widgetSearch, type CpuShare, type DeployedApi, type Nginx } from './scale-out';
import type { ControlMessage, GuardSettings, MeetingCheck, RecordedQuery, RollForwardCheck, ServerMessage, ServerOptions } from './server';
import { answersHealth, freePort, listening } from '../scripts/ports';

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  sizes: number[];
  backends: ('postgres' | 'pglite')[];
  pgliteSizes: number[];
  requests: number;
  seconds: number;
  warmup: number;
  concurrency: number;
  scenarios: string[];
  fields: 'first-page' | 'page' | 'lean';
  explain: boolean;
  profileDir: string | null;
  keep: boolean;
  countCacheSeconds: number;
  /** Searches as GET requests (the query in the URL) instead of POST. */
  get: boolean;
  responseCacheSeconds: number;
  /** --facets-wait: the API's FACETS_WAIT_MS (PostgreSQL only); null when not given: facets counted in the request, as before the setting. */
  facetsWaitMs: number | null;
  databaseUrl: string;
  /** 0: no overload run. */
  overloadSeconds: number;
  overloadFactor: number;
  /** How many client addresses the overload comes from. */
  overloadClients: number;
  /** The overload server's limits, as the API's environment variables. */
  guard: Record<string, string>;
  /** Requests per second of the fixed-rate runs, in the order given; empty: none. */
  rates: number[];
  rateSeconds: number;
  /** 0: no scale-out run; else each of its measurements lasts this long. */
  scaleOutSeconds: number;
  /** Where the scale-out's API processes count requests and failed sign-ins together. */
  redisUrl: string;
}

function parseOptions(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (const argument of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argument);
    if (!match?.[1]) throw new Error(`Unknown argument ${argument} (see tools/bench/README.md)`);
    flags.set(match[1], match[2] ?? 'true');
  }
  const known = ['sizes', 'backends', 'pglite-sizes', 'requests', 'seconds', 'warmup', 'concurrency', 'scenarios', 'fields', 'explain', 'profile', 'keep', 'count-cache', 'get', 'response-cache', 'facets-wait', 'overload', 'overload-factor', 'overload-clients', 'rate-limit', 'max-in-flight', 'max-event-loop-delay', 'rate', 'rate-seconds', 'scale-out'];
  for (const flag of flags.keys()) if (!known.includes(flag)) throw new Error(`Unknown flag --${flag}; known: ${known.map((name) => `--${name}`).join(' ')}`);
  const numbers = (value: string) =>
    value.split(',').map((part) => {
      const number = Number(part.replace(/[_k]/g, (unit) => (unit === 'k' ? '000' : '')));
      if (!Number.isInteger(number) || number <= 0) throw new Error(`Not a positive whole number: ${part}`);
      return number;
    });
  const one = (name: string, fallback: number) => {
    const value = flags.get(name);
    return value === undefined ? fallback : (numbers(value)[0] as number);
  };
  const backends = (flags.get('backends') ?? 'postgres,pglite').split(',');
  for (const backend of backends) if (backend !== 'postgres' && backend !== 'pglite') throw new Error(`Unknown backend ${backend}`);
  const scenarios = flags.get('scenarios') === 'none' ? [] : (flags.get('scenarios') ?? SCENARIOS.map((scenario) => scenario.name).join(',')).split(',');
  for (const name of scenarios) if (!SCENARIOS.some((scenario) => scenario.name === name)) throw new Error(`Unknown scenario ${name}`);
  const fields = flags.get('fields') ?? 'first-page';
  if (fields !== 'first-page' && fields !== 'page' && fields !== 'lean') throw new Error(`--fields is first-page, page or lean, not ${fields}`);
  if (fields === 'lean' && flags.has('get')) throw new Error('--get sends the widget\'s own query, which has no lean form: --fields is first-page or page with --get');
  const databaseUrl = process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
  const host = new URL(databaseUrl).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error(`DATABASE_URL must be on loopback for the benchmark, not ${host}`);
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  if (flags.has('scale-out') && new URL(redisUrl).hostname !== '127.0.0.1') throw new Error(`REDIS_URL must be redis://127.0.0.1:… for the scale-out, not ${redisUrl}`);
  return {
    sizes: numbers(flags.get('sizes') ?? '5000,50000,500000'),
    backends: backends as Options['backends'],
    pgliteSizes: numbers(flags.get('pglite-sizes') ?? '5000'),
    requests: one('requests', 300),
    seconds: one('seconds', 12),
    warmup: one('warmup', 30),
    concurrency: one('concurrency', 10),
    scenarios,
    fields,
    explain: flags.has('explain'),
    profileDir: flags.has('profile') ? path.resolve(flags.get('profile') === 'true' ? os.tmpdir() : (flags.get('profile') as string)) : null,
    keep: flags.has('keep'),
    countCacheSeconds: flags.get('count-cache') === '0' ? 0 : one('count-cache', 0),
    get: flags.has('get'),
    responseCacheSeconds: flags.get('response-cache') === '0' ? 0 : one('response-cache', 0),
    facetsWaitMs: !flags.has('facets-wait') ? null : flags.get('facets-wait') === '0' ? 0 : flags.get('facets-wait') === 'true' ? 250 : one('facets-wait', 250),
    databaseUrl,
    overloadSeconds: flags.has('overload') ? (flags.get('overload') === 'true' ? 10 : one('overload', 10)) : 0,
    overloadFactor: one('overload-factor', 3),
    overloadClients: one('overload-clients', 1),
    // Checked by the API's own configuration when its server starts (0 switches each off).
    guard: {
      RATE_LIMIT_PER_MINUTE: flags.get('rate-limit') ?? '0',
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
      ...(flags.has('max-in-flight') ? { MAX_IN_FLIGHT: flags.get('max-in-flight') as string } : {}),
      ...(flags.has('max-event-loop-delay') ? { MAX_EVENT_LOOP_DELAY_MS: flags.get('max-event-loop-delay') as string } : {}),
    },
    // A bare --rate: the target's 200 a second.
    rates: flags.has('rate') ? (flags.get('rate') === 'true' ? [200] : numbers(flags.get('rate') as string)) : [],
    rateSeconds: one('rate-seconds', 10),
    scaleOutSeconds: flags.has('scale-out') ? (flags.get('scale-out') === 'true' ? 10 : one('scale-out', 10)) : 0,
    redisUrl,
  };
}

// ---------------------------------------------------------------------------------------------
// What is searched: what a visitor of the widget or a partner typically asks.

interface Scenario {
  name: string;
  description: string;
  variables: Record<string, unknown>;
}

/** What a group card of the widget asks for (GroupCard_Group in apps/widget/src/GroupCard.tsx). */
const GROUP_CARD = `
        id slug isDemo format ageLabel languages
        name { text language }
        enrolment { state label callToAction }
        schedule { summary timeZone }
        nextMeetings(first: 2) { start status statusLabel }
        municipality { name }
        venue { name town }`;

/**
 * The widget's query (WidgetGroups in apps/widget/src/useGroups.ts), with three selections:
 * `first-page` as the widget asks for its first page (counts and facet counts for the filters),
 * `page` as it asks for "show more" (no facets), `lean` a page without the next meetings (to see
 * what expanding schedules per request costs).
 */
const search = (fields: Options['fields']) => `query BenchSearch($filter: GroupFilter, $first: Int!, $sort: GroupSort) {
  groups(filter: $filter, first: $first, sort: $sort) {
    totalCount
    pageInfo { hasNextPage endCursor }${
      fields === 'first-page'
        ? `
    facets { topics { value count } languages { value count } }`
        : ''
    }
    edges {
      distanceKm
      node {${fields === 'lean' ? GROUP_CARD.replace(/\n\s*nextMeetings[^\n]*/, '') : GROUP_CARD}
      }
    }
  }
}`;

const SCENARIOS: Scenario[] = [
  {
    name: 'near',
    description: 'grief groups within 15 km of a town typed ("Lyngby"), nearest first',
    variables: { filter: { topics: ['GRIEF'], place: 'Lyngby', radiusKm: 15 }, first: 20, sort: 'DISTANCE' },
  },
  {
    name: 'municipality',
    description: 'addiction groups (with sub-topics) in one municipality (København, 101), next meeting first',
    variables: { filter: { country: 'DK', municipalityCode: '101', topics: ['ADDICTION'] }, first: 20, sort: 'NEXT_MEETING' },
  },
  {
    name: 'text',
    description: 'a word typed ("sorg": grief, by its synonyms in five languages) in Denmark, next meeting first',
    variables: { filter: { country: 'DK', text: 'sorg' }, first: 20, sort: 'NEXT_MEETING' },
  },
];

// ---------------------------------------------------------------------------------------------
// Measuring

interface Measurement {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  perSecond: number;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number;
}

/**
 * Runs `count` calls of `call` with `concurrency` in flight; stops issuing after `maxSeconds`. A call
 * that resolves to false (refused on purpose) is not measured.
 */
async function measure(count: number, concurrency: number, call: () => Promise<void | false>, maxSeconds: number): Promise<Measurement> {
  const latencies: number[] = [];
  let issued = 0;
  const start = performance.now();
  const deadline = start + maxSeconds * 1000;
  const worker = async () => {
    while (issued < count && performance.now() < deadline) {
      issued++;
      const begin = performance.now();
      if ((await call()) !== false) latencies.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), perSecond: latencies.length / seconds };
}

interface HttpAnswer {
  status: number;
  text: string;
  headers: IncomingHttpHeaders;
}

/** A small keep-alive HTTP client: less work per request than fetch, so the client steals little CPU from the server. */
class HttpClient {
  private readonly agent: Agent;
  private readonly target: URL;
  constructor(url: string, sockets: number) {
    this.target = new URL(url);
    if (this.target.hostname !== '127.0.0.1') throw new Error(`refusing to load-test ${this.target.hostname}: loopback only`);
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }
  post(body: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
    return this.send('POST', this.target.pathname, body, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers });
  }
  /** A GET of the endpoint with this query string (`?…`), as the widget sends a search. */
  get(query: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
    return this.send('GET', `${this.target.pathname}${query}`, null, headers);
  }
  private send(method: string, requestPath: string, body: string | null, headers: Record<string, string>): Promise<HttpAnswer> {
    return new Promise((resolve, reject) => {
      const req = request(
        { agent: this.agent, host: this.target.hostname, port: this.target.port, path: requestPath, method, headers: { 'accept-language': 'da', ...headers } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: response.headers }));
          response.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body ?? undefined);
    });
  }
  close(): void {
    this.agent.destroy();
  }
}

/** GET: the same operation and variables as a POST body, in the query string. */
/**
 * A scenario's search as the widget sends it by GET: its WidgetGroups named by hash (only our
 * persisted operations are answers a cache may keep), the scenario's filter, its default sort.
 */
function widgetGetPath(scenario: Scenario, fields: Options['fields']): string {
  const { sort: _sort, ...variables } = scenario.variables;
  return persistedGetPath('', widgetSearch().sha256, { ...variables, withFacets: fields === 'first-page' });
}

// ---------------------------------------------------------------------------------------------
// The API process

class ApiProcess {
  private readonly waiting: ((message: ServerMessage) => void)[] = [];
  private failure: string | null = null;
  private constructor(readonly child: ChildProcess) {
    child.on('message', (message: ServerMessage) => {
      if (message.type === 'failed') this.failure = message.message;
      this.waiting.shift()?.(message);
    });
    child.on('exit', (code) => {
      this.failure ??= `the API process exited with ${code}`;
      for (const resolve of this.waiting.splice(0)) resolve({ type: 'failed', message: this.failure });
    });
  }

  static start(options: ServerOptions): ApiProcess {
    const child = fork(path.join(__dirname, 'server.ts'), [], {
      cwd: ROOT,
      execArgv: ['-r', '@swc-node/register'],
      // The API's compiler options (legacy decorators, decorator metadata), as `npm start` uses them.
      env: { ...process.env, SWC_NODE_PROJECT: path.join(ROOT, 'apps/api/tsconfig.json'), BENCH_SERVER_OPTIONS: JSON.stringify(options), NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new ApiProcess(child);
  }

  next<T extends ServerMessage['type']>(type: T, timeoutSeconds: number): Promise<Extract<ServerMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} from the API process within ${timeoutSeconds} s`)), timeoutSeconds * 1000);
      const settle = (message: ServerMessage) => {
        clearTimeout(timer);
        if (message.type === type) resolve(message as Extract<ServerMessage, { type: T }>);
        else reject(new Error(message.type === 'failed' ? `the API process failed: ${message.message}` : `expected ${type}, got ${message.type}`));
      };
      if (this.failure) settle({ type: 'failed', message: this.failure });
      else this.waiting.push(settle);
    });
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  send(message: ControlMessage): void {
    this.child.send(message);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.send({ type: 'stop' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// One run: a database, a size, every scenario

interface Row {
  backend: string;
  size: number;
  scenario: string;
  http: Measurement;
  sql: Measurement;
  statements: number;
  totalCount: number;
  /** The API process's CPU (user + system) per measured HTTP request, warm-up excluded. */
  apiCpuMsPerRequest: number;
}

interface RunReport {
  backend: string;
  size: number;
  load: LoadReport;
  check: MeetingCheck;
  loadSeconds: number;
  rssMiB: number;
  rollForward?: RollForwardCheck;
  startUp?: StartUp;
  overload?: { settings: GuardSettings; report: OverloadReport };
  /** The fixed-rate runs (`--rate`), per scenario and rate. */
  fixedRate?: RateRow[];
  /** The scale-out's measurements, or why there are none. */
  scaleOut?: ScaleOutRow[] | string;
}

interface ScaleOutRow {
  scenario: string;
  /** `direct`: the client to one API process; `nginx`: through nginx; `nginx + cache`: with its proxy_cache on. */
  setup: 'direct' | 'nginx' | 'nginx + cache';
  processes: number;
  method: 'POST' | 'GET';
  /** Of the answers that are 200. */
  measurement: Measurement;
  /** Answers 503 OVERLOADED: the API's load shedding (its defaults are on). */
  refused: number;
  cpu: CpuShare;
  /** Answers nginx served from its cache (X-Cache-Status: HIT), with the cache on. */
  cacheHits: number | null;
  /** The same search's statements straight over pg (measured before the scenario's rows); null when they were not recorded. */
  sqlPerSecond: number | null;
}

/** One scenario sent at one rate on a fixed schedule (open loop). Latencies from each request's scheduled send. */
interface RateRow {
  scenario: string;
  offeredPerSecond: number;
  seconds: number;
  /** Requests sent per second: below the offered rate when the client fell behind its schedule. */
  sentPerSecond: number;
  /** How late requests left their schedule: p99, ms. */
  sendLagP99: number;
  /** Answers 200 (without GraphQL errors), and per second from the start to the last answer (at least `seconds`). */
  ok: number;
  okPerSecond: number;
  /** Of the 200s. */
  p50: number;
  p99: number;
  /** Of every scheduled request, those not answered 200 (failed, unanswered, not sent) counted as slower than any answer: the target's. */
  p99Scheduled: number;
  /** Answers other than 200, by outcome ("503 OVERLOADED"; "0": the connection failed). */
  failures: Record<Outcome, number>;
  /** Still unanswered at the bound (`seconds` + 10 s from the start). */
  unanswered: number;
  /** Not sent: 2,000 were unanswered already. */
  notSent: number;
  /** The API process's CPU (user + system) per answered request, and the kernel's part of it. */
  apiCpuMsPerRequest: number;
  apiSystemCpuMsPerRequest: number;
  /** Cores each part used meanwhile (nginx: none). */
  cpu: CpuShare;
  /** Seconds the API process stayed busy after the bound with what was left unanswered (0: nothing was). */
  drainSeconds: number;
}

/** The client could not send at the rate (its own CPU, or the machine's). */
const fellBehind = (row: RateRow) => row.sentPerSecond < 0.98 * row.offeredPerSecond;
/** Requests left late: the client was held up now and then (the lag is in the latencies). */
const sentLate = (row: RateRow) => row.sendLagP99 > 10;
/** "offered 200/s, sent 190/s (p99 41 ms late: …)". */
const sendingText = (row: RateRow) =>
  `offered ${row.offeredPerSecond}/s, sent ${format(row.sentPerSecond, 0)}/s${fellBehind(row) ? ': the client could not send at the rate' : ''} ` +
  `(p99 ${format(row.sendLagP99)} ms after its time${sentLate(row) ? ': the client was held up, which the latencies include' : ''})`;
/** Other processes' CPU meanwhile (cores): the machine minus the client, the API and PostgreSQL. */
const otherCpu = (cpu: CpuShare) => cpu.machine - cpu.client - cpu.nginx - cpu.api.reduce((sum, share) => sum + share, 0) - cpu.postgres;

interface StartUp {
  /** Seconds from starting the API process to its first answer on /health: the first start on the database (pg-boss makes its schema)… */
  first: number;
  /** … and a restart. */
  again: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The API as `npm start` runs it (apps/api/src/main.ts in a process of its own, compiled on the
 * fly) on the loaded database, without demo data: seconds from spawning it to its first answer on
 * /health. Its clock is set where the meetings were rolled forward to, so that the day's
 * roll-forward it sends finds nothing left to do (it would not hold up the start either way).
 */
async function measureStartUp(databaseUrl: string, clockNow: Date): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: path.join(ROOT, 'apps/api'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      API_PORT: String(port),
      DEMO_DATA: '0',
      CLOCK_NOW: clockNow.toISOString(),
      // Never used: nothing is mailed. Port 9 (discard) on loopback.
      SMTP_URL: 'smtp://127.0.0.1:9',
      REDIS_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API stopped while starting: ${output.slice(-2000)}`);
      if (await answersHealth(port)) return (performance.now() - started) / 1000;
      if (performance.now() - started > 180_000) throw new Error(`the API did not answer on /health within 3 minutes: ${output.slice(-2000)}`);
      await delay(20);
    }
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    await exited;
    clearTimeout(timer);
  }
}

const verdictOf = (ok: boolean) => (ok ? 'met' : 'MISSED');
const format = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const thousands = (n: number) => n.toLocaleString('en');

async function explain(pool: Pool, queries: RecordedQuery[]): Promise<void> {
  for (const { query, parameters } of queries) {
    // Only what can be explained: not the transaction's start (with the viewer's settings) or its end.
    if (!/^\s*(SELECT|WITH)\b/i.test(query)) continue;
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, parameters);
    console.log(`\n      ${query.replace(/\s+/g, ' ').slice(0, 400)}${query.length > 400 ? '…' : ''}`);
    console.log(`      parameters: ${JSON.stringify(parameters).slice(0, 300)}`);
    for (const row of rows) console.log(`        ${row['QUERY PLAN']}`);
  }
}

/** The overload run (overload.ts) against the API process's guarded server, on the widget's municipality search. */
async function overload(options: Options, api: ApiProcess): Promise<{ settings: GuardSettings; report: OverloadReport }> {
  api.send({ type: 'guard' });
  const guarded = await api.next('guarded', 120);
  const scenario = SCENARIOS.find((candidate) => candidate.name === 'municipality') as Scenario;
  const body = JSON.stringify({ query: search(options.fields), variables: scenario.variables });
  // Sockets enough for every request the overload may leave unanswered: the client never queues them itself.
  const client = new HttpClient(guarded.url, 2_000);
  try {
    const { settings } = guarded;
    console.log(
      `    overload: ${options.overloadFactor}× the capacity of "${scenario.name}" for ${options.overloadSeconds} s from ${thousands(options.overloadClients)} client address${options.overloadClients === 1 ? '' : 'es'}; the API sheds over ${settings.maxInFlight || 'no bound of'} requests in flight ` +
        `or ${settings.maxEventLoopDelayMs ? `${settings.maxEventLoopDelayMs} ms` : 'no bound of'} event-loop delay; rate limit ${settings.rateLimitPerMinute ? `${settings.rateLimitPerMinute}/min per address, counted in ${settings.redis ? 'Redis' : 'memory'}` : 'off'}`,
    );
    const report = await runOverload(
      {
        // The API trusts X-Forwarded-For from loopback (TRUST_PROXY's default): the bench plays many clients.
        post: (from) =>
          client.post(body, { 'x-forwarded-for': from }).then(
            ({ status, text }) => (status === 200 ? '200' : `${status} ${/"code":"([A-Z_]+)"/.exec(text)?.[1] ?? ''}`.trim()),
            () => '0',
          ),
        sample: async () => {
          api.send({ type: 'sample' });
          return api.next('sample', 60);
        },
      },
      { concurrency: options.concurrency, factor: options.overloadFactor, seconds: options.overloadSeconds, floodClients: options.overloadClients },
    );
    const refused = REFUSED.reduce((sum, outcome) => sum + (report.outcomes[outcome] ?? 0), 0);
    console.log(
      `    capacity ${format(report.capacity.perSecond, 0)}/s at concurrency ${options.concurrency} (p99 ${format(report.capacity.p99)} ms); offered ${format(report.offeredPerSecond, 0)}/s: ` +
        `${thousands(report.sent)} sent${report.notSent > 0 ? `, ${thousands(report.notSent)} not (2,000 unanswered)` : ''} (${Object.entries(report.outcomes)
          .map(([status, count]) => `${thousands(count)} × ${status}`)
          .join(', ')}; ${format((100 * refused) / Math.max(1, report.sent), 0)} % refused), admitted p50 ${format(report.admitted.p50)} ms p99 ${format(report.admitted.p99)} ms, ` +
        `refused p99 ${format(report.refused.p99)} ms; RSS ${report.rssMiB.before} → ${report.rssMiB.peak} → ${report.rssMiB.after} MiB; ` +
        `full service ${report.fullServiceAfterSeconds === null ? 'NOT back within 30 s' : `${format(report.fullServiceAfterSeconds)} s`} after the overload`,
    );
    return { settings, report };
  } finally {
    client.close();
  }
}

/**
 * The fixed-rate runs (`--rate`): each scenario's search (as the closed-loop measurement sends it:
 * POST, or GET with `--get`) to the bench's API process, at each rate for `rateSeconds` on a fixed
 * schedule whatever the answers (overload.ts's open-loop sender), after a warm-up. Latency is
 * counted from each request's scheduled send, so a client that falls behind does not hide it.
 * Bounded: at most 2,000 unanswered, and `rateSeconds` + 10 s a rate (then what is still open is
 * counted unanswered and its connections closed).
 */
async function fixedRate(options: Options, api: ApiProcess, url: string, scenarios: Scenario[]): Promise<RateRow[]> {
  const rows: RateRow[] = [];
  const cpu = async () => {
    api.send({ type: 'sample' });
    return api.next('sample', 60);
  };
  for (const scenario of scenarios) {
    const body = JSON.stringify({ query: search(options.fields), variables: scenario.variables });
    const getPath = widgetGetPath(scenario, options.fields);
    const send = (client: HttpClient) => (options.get ? client.get(getPath) : client.post(body));
    const outcomeOf = ({ status, text }: HttpAnswer): Outcome =>
      status === 200 && !text.includes('"errors"') ? '200' : `${status} ${/"code":"([A-Z_]+)"/.exec(text)?.[1] ?? (status === 200 ? 'errors' : '')}`.trim();
    // Warm, as before the closed-loop measurement: caches filled, connections open.
    const warm = new HttpClient(url, options.concurrency);
    try {
      await measure(options.warmup, options.concurrency, () => send(warm).then(() => undefined), 3);
    } finally {
      warm.close();
    }
    for (const perSecond of options.rates) {
      // Sockets enough for every request the bound lets go unanswered: the client never queues them itself.
      const client = new HttpClient(url, 2_000);
      try {
        const cpuBefore = await cpu();
        const meter = cpuMeter({ nginx: () => [], api: [api.pid] });
        const deadline = performance.now() + (options.rateSeconds + 10) * 1000;
        const run = await openLoop(() => send(client).then(outcomeOf, () => '0'), { perSecond, seconds: options.rateSeconds }).settle(deadline);
        const cpuAfter = await cpu();
        const machine = meter();
        // Requests given up on still run in the API: the next rate starts once it is idle (at most 30 s).
        client.close();
        const drainSeconds = run.unanswered > 0 ? await untilIdle(cpu, 30) : 0;
        const latencies = run.answers.filter((answer) => answer.outcome === '200').map((answer) => answer.fromScheduledMs);
        latencies.sort((a, b) => a - b);
        const failures: Record<Outcome, number> = {};
        for (const { outcome } of run.answers) if (outcome !== '200') failures[outcome] = (failures[outcome] ?? 0) + 1;
        const scheduledLatencies = [...latencies, ...Array.from({ length: run.scheduled - latencies.length }, () => Number.POSITIVE_INFINITY)];
        const answered = Math.max(1, run.answers.length);
        const row: RateRow = {
          scenario: scenario.name,
          offeredPerSecond: perSecond,
          seconds: options.rateSeconds,
          sentPerSecond: run.sent / ((run.lastSentAt - run.startedAt + 1000 / perSecond) / 1000),
          sendLagP99: percentile(run.sendLagsMs, 0.99),
          ok: latencies.length,
          okPerSecond: latencies.length / Math.max(options.rateSeconds, (run.lastAnsweredAt - run.startedAt) / 1000),
          p50: percentile(latencies, 0.5),
          p99: percentile(latencies, 0.99),
          p99Scheduled: percentile(scheduledLatencies, 0.99),
          failures,
          unanswered: run.unanswered,
          notSent: run.notSent,
          apiCpuMsPerRequest: (cpuAfter.cpuMs - cpuBefore.cpuMs) / answered,
          apiSystemCpuMsPerRequest: (cpuAfter.systemCpuMs - cpuBefore.systemCpuMs) / answered,
          cpu: machine,
          drainSeconds,
        };
        rows.push(row);
        console.log(
          `    ${scenario.name.padEnd(12)} at ${perSecond}/s for ${options.rateSeconds} s: ${sendingText(row)}; ` +
            `200s ${format(row.okPerSecond, 0)}/s (${thousands(row.ok)} of ${thousands(run.scheduled)}), p50 ${format(row.p50)} ms p99 ${format(row.p99)} ms from the scheduled send; ` +
            `${failureText(row)}; API CPU ${format(row.apiCpuMsPerRequest)} ms a request (${format(row.apiSystemCpuMsPerRequest)} in the kernel) | ` +
            `CPU cores: client ${format(machine.client, 2)}, API ${format(machine.api[0] ?? Number.NaN, 2)}, PostgreSQL ${format(machine.postgres, 2)}, other ${format(otherCpu(machine), 2)}, machine ${format(machine.machine, 2)} of ${os.cpus().length}` +
            (drainSeconds > 0 ? ` | the API was busy ${format(drainSeconds)} s more with what was left unanswered` : ''),
        );
      } finally {
        client.close();
      }
    }
  }
  return rows;
}

/** Waits until the API process used under a tenth of a core for half a second, at most `limitSeconds`; returns the seconds waited. */
async function untilIdle(cpu: () => Promise<{ cpuMs: number }>, limitSeconds: number): Promise<number> {
  const started = performance.now();
  let last = (await cpu()).cpuMs;
  while (performance.now() - started < limitSeconds * 1000) {
    await delay(500);
    const now = (await cpu()).cpuMs;
    if (now - last < 50) break;
    last = now;
  }
  return (performance.now() - started) / 1000;
}

/** What did not come back 200: "none", or "3 × 503 OVERLOADED, 2 unanswered". */
function failureText(row: RateRow): string {
  const parts = [
    ...Object.entries(row.failures).map(([outcome, count]) => `${thousands(count)} × ${outcome}`),
    ...(row.unanswered > 0 ? [`${thousands(row.unanswered)} unanswered`] : []),
    ...(row.notSent > 0 ? [`${thousands(row.notSent)} not sent (2,000 unanswered)`] : []),
  ];
  return parts.length === 0 ? 'every answer 200' : parts.join(', ');
}

/** The answer to one request and the SQL the API sent for it. */
async function recorded(api: ApiProcess, request: () => Promise<HttpAnswer>): Promise<{ answer: HttpAnswer; queries: RecordedQuery[] }> {
  api.send({ type: 'record' });
  await api.next('recording', 30);
  const answer = await request();
  api.send({ type: 'recorded' });
  const { queries } = await api.next('recorded', 30);
  return { answer, queries };
}

/**
 * The SQL of the widget's first page for a scenario's filter, as a request sends it once its counts
 * and facets are kept: asked until a request sends no facet count (they are counted separately, and
 * the first asker may not wait for them).
 */
async function recordFirstPage(api: ApiProcess, client: HttpClient, scenario: Scenario): Promise<RecordedQuery[]> {
  const body = JSON.stringify({ query: widgetSearch().query, variables: firstPageVariables(scenario) });
  for (let attempt = 1; attempt <= 10; attempt++) {
    await client.post(body);
    await delay(500);
    const { answer, queries } = await recorded(api, () => client.post(body));
    if (answer.status !== 200 || answer.text.includes('"errors"')) throw new Error(`${scenario.name}, first page: ${answer.status} ${answer.text.slice(0, 300)}`);
    if (!queries.some(({ query }) => query.includes('FILTER (WHERE'))) return queries;
  }
  throw new Error(`${scenario.name}, first page: its facets were still being counted after 10 tries`);
}

/** The statements of one request, as the API runs them: one after another on one connection, its transaction's from START TRANSACTION to COMMIT. */
async function replay(pool: Pool, queries: RecordedQuery[]): Promise<void> {
  const connection = await pool.connect();
  try {
    for (const { query, parameters } of queries) await connection.query(query, parameters);
  } finally {
    connection.release();
  }
}

/** The raw SQL of one request sent on `pool` at the run's concurrency, as the HTTP side is: warmed up, then `count` requests measured for `seconds` at most. */
async function measureRawSql(pool: Pool, queries: RecordedQuery[], options: Options, count: number, seconds: number): Promise<Measurement> {
  await measure(options.warmup, options.concurrency, () => replay(pool, queries), 3);
  return measure(count, options.concurrency, () => replay(pool, queries), seconds);
}

/** The variables of the widget's first page for a scenario's filter: its sort is the default for that filter. */
function firstPageVariables(scenario: Scenario): Record<string, unknown> {
  const { sort: _sort, ...rest } = scenario.variables;
  return { ...rest, withFacets: true };
}

/**
 * The scale-out run (`--scale-out`): the API as the README deploys it (main.ts, production) in two
 * processes on the loaded database and one Redis, behind nginx with three sites: one process, both,
 * and both with nginx's cache on. Each search is measured for `scaleOutSeconds` straight to one
 * process, then through nginx to one and to two, by POST and as the widget's GET (its persisted
 * query, by hash), and last the GET with the cache on; with the CPU every part used meanwhile.
 */
async function scaleOut(options: Options, databaseUrl: string, firstPageSql: ReadonlyMap<string, RecordedQuery[]>, cleanups: (() => Promise<void>)[]): Promise<ScaleOutRow[] | string> {
  const nginxBinary = findNginx();
  if (!nginxBinary) {
    const reason = `nginx is not installed; install it with \`${NGINX_INSTALL_HINT}\` (the bench starts it itself, on loopback)`;
    console.log(`    scale-out skipped: ${reason}`);
    return reason;
  }
  const redisAnswers = await listening(Number(new URL(options.redisUrl).port || 6379));
  const logDirectory = mkdtempSync(path.join(os.tmpdir(), 'groupfinder-bench-scale-out-'));
  const apis: DeployedApi[] = [];
  let nginx: Nginx | null = null;
  const clients: HttpClient[] = [];
  // The raw SQL's own connections, idle while the API's rows run.
  const pool = new Pool({ connectionString: databaseUrl, max: options.concurrency });
  const stop = async () => {
    for (const client of clients.splice(0)) client.close();
    if (!pool.ended) await pool.end();
    await nginx?.stop();
    nginx = null;
    await Promise.all(apis.splice(0).map((api) => api.stop()));
    rmSync(logDirectory, { recursive: true, force: true });
  };
  cleanups.push(stop);
  try {
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: options.redisUrl,
      DEMO_DATA: 'false',
      // Required in production; nothing is sent.
      SMTP_URL: 'smtp://127.0.0.1:1',
      // Counted (in Redis, one call per request) but never reached: every request comes from 127.0.0.1.
      RATE_LIMIT_PER_MINUTE: '1000000',
      COUNT_CACHE_SECONDS: String(options.countCacheSeconds),
      RESPONSE_CACHE_SECONDS: String(options.responseCacheSeconds),
    };
    // One after the other: the first makes the job queue's tables.
    for (let count = 0; count < 2; count++) apis.push(await startDeployedApi(env, logDirectory));
    const upstream = (api: DeployedApi) => `127.0.0.1:${api.port}`;
    const [first, second] = apis as [DeployedApi, DeployedApi];
    const ports = [await freePort(), await freePort(), await freePort()] as const;
    nginx = await startNginx(nginxBinary, [
      { name: 'one_process', listen: `127.0.0.1:${ports[0]}`, servers: [upstream(first)], cacheZone: null },
      { name: 'two_processes', listen: `127.0.0.1:${ports[1]}`, servers: [upstream(first), upstream(second)], cacheZone: null },
      { name: 'two_processes_cached', listen: `127.0.0.1:${ports[2]}`, servers: [upstream(first), upstream(second)], cacheZone: 'public_searches' },
    ]);
    const proxy = nginx;
    console.log(
      `    scale-out: main.ts in production, 2 processes (pids ${apis.map((api) => api.pid).join(', ')}) on this database; rate limit and sign-in throttle in ${options.redisUrl} ` +
        `(${redisAnswers ? 'answering' : 'NOT answering: each process counts in its own memory'}); counts and facets cached ${options.countCacheSeconds} s and GET answers ${options.responseCacheSeconds} s per process; nginx ${nginxBinary} on 127.0.0.1:${ports.join(', ')}`,
    );
    const client = (url: string) => {
      const created = new HttpClient(url, options.concurrency);
      clients.push(created);
      return created;
    };
    const direct = client(`http://127.0.0.1:${first.port}/graphql`);
    const [viaOne, viaTwo, viaCache] = ports.map((port) => client(`http://127.0.0.1:${port}/graphql`)) as [HttpClient, HttpClient, HttpClient];
    const widget = widgetSearch();
    const rows: ScaleOutRow[] = [];
    const chosen = SCENARIOS.filter((candidate) => options.scenarios.includes(candidate.name));
    for (const scenario of chosen.length > 0 ? chosen : SCENARIOS.filter((candidate) => candidate.name === 'municipality')) {
      const variables = firstPageVariables(scenario);
      // The same search's SQL straight over pg, measured first: what the rows are set beside.
      const queries = firstPageSql.get(scenario.name);
      const rawSql = queries ? await measureRawSql(pool, queries, options, Number.POSITIVE_INFINITY, options.scaleOutSeconds) : null;
      if (rawSql) console.log(`    ${scenario.name.padEnd(12)} ${'raw SQL, the same statements'.padEnd(32)} p50 ${format(rawSql.p50)} ms p99 ${format(rawSql.p99)} ms ${format(rawSql.perSecond, 0)}/s`);
      const body = JSON.stringify({ query: widget.query, variables });
      const query = persistedGetPath('', widget.sha256, variables);
      const cells: { setup: ScaleOutRow['setup']; processes: number; method: ScaleOutRow['method']; client: HttpClient }[] = [
        // Rows compared are measured one after the other: the machine's other work drifts.
        { setup: 'direct', processes: 1, method: 'POST', client: direct },
        { setup: 'nginx', processes: 1, method: 'POST', client: viaOne },
        { setup: 'nginx', processes: 2, method: 'POST', client: viaTwo },
        { setup: 'nginx', processes: 1, method: 'GET', client: viaOne },
        { setup: 'nginx', processes: 2, method: 'GET', client: viaTwo },
        { setup: 'nginx + cache', processes: 2, method: 'GET', client: viaCache },
      ];
      for (const cell of cells) {
        let hits = 0;
        let refused = 0;
        const call = async () => {
          const answer = cell.method === 'POST' ? await cell.client.post(body) : await cell.client.get(query);
          if (answer.status === 503 && answer.text.includes('"OVERLOADED"')) {
            refused++;
            return false;
          }
          if (answer.status !== 200 || answer.text.includes('"errors"')) throw new Error(`scale-out ${scenario.name} ${cell.method}: ${answer.status} ${answer.text.slice(0, 300)}`);
          if (cell.method === 'GET' && answer.headers['cache-control'] !== `public, max-age=0, s-maxage=60`) throw new Error(`scale-out: a public GET answered Cache-Control ${answer.headers['cache-control']}`);
          if (answer.headers['x-cache-status'] === 'HIT') hits++;
        };
        // Warm: both processes' count caches filled (least_conn spreads the warm-up too), connections open.
        await measure(Math.max(options.warmup, 4 * options.concurrency), options.concurrency, call, 3);
        hits = 0;
        refused = 0;
        const meter = cpuMeter({ nginx: () => proxy.pids(), api: apis.map((api) => api.pid) });
        const measurement = await measure(Number.POSITIVE_INFINITY, options.concurrency, call, options.scaleOutSeconds);
        const cpu = meter();
        const row: ScaleOutRow = { scenario: scenario.name, ...cell, measurement, refused, cpu, cacheHits: cell.setup === 'nginx + cache' ? hits : null, sqlPerSecond: rawSql?.perSecond ?? null };
        rows.push(row);
        console.log(
          `    ${scenario.name.padEnd(12)} ${`${cell.setup}, ${cell.processes} process${cell.processes === 1 ? '' : 'es'}, ${cell.method}`.padEnd(32)} ` +
            `p50 ${format(measurement.p50)} ms p99 ${format(measurement.p99)} ms ${format(measurement.perSecond, 0)}/s (${thousands(measurement.requests)}${refused > 0 ? `; ${thousands(refused)} × 503 OVERLOADED` : ''}) | ` +
            `CPU cores: client ${format(cpu.client, 2)}, nginx ${format(cpu.nginx, 2)}, API ${cpu.api.map((share) => format(share, 2)).join(' + ')}, PostgreSQL ${format(cpu.postgres, 2)}, machine ${format(cpu.machine, 2)} of ${os.cpus().length}` +
            (row.cacheHits === null ? '' : ` | ${format((100 * row.cacheHits) / Math.max(1, measurement.requests), 1)} % from nginx's cache`),
        );
      }
    }
    // What the processes said beyond their request lines (the job queue, Redis, the database).
    for (const [index, api] of apis.entries()) {
      const warnings = api.warnings();
      console.log(`    API process ${index + 1}: ${warnings.length === 0 ? 'no warnings or errors in its log' : `${warnings.length} warnings or errors in its log, the first: ${warnings.slice(0, 3).join(' | ').slice(0, 1500)}`}`);
    }
    return rows;
  } catch (error) {
    if (interrupted) throw error;
    const reason = `the scale-out run failed: ${error instanceof Error ? error.message : String(error)}${apis[0] ? `\n      the first API process's log ends: ${apis[0].logTail().slice(-1000)}` : ''}`;
    console.log(`    ${reason}`);
    return reason;
  } finally {
    await stop();
  }
}

async function run(options: Options, backend: 'postgres' | 'pglite', size: number, rows: Row[], reports: RunReport[], cleanups: (() => Promise<void>)[]): Promise<void> {
  console.log(`\n== ${backend}, ${thousands(size)} groups`);
  let databaseUrl: string | undefined;
  let dropDatabase = async () => undefined as void;
  if (backend === 'postgres') {
    const name = `groupfinder_bench_${randomBytes(5).toString('hex')}`;
    const admin = new Client({ connectionString: options.databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(options.databaseUrl);
    target.pathname = `/${name}`;
    databaseUrl = target.toString();
    dropDatabase = async () => {
      if (options.keep) return console.log(`    kept ${target.toString()}: DROP DATABASE ${name} when done`);
      const client = new Client({ connectionString: options.databaseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
    cleanups.push(dropDatabase);
  }

  const started = performance.now();
  const loadedAt = new Date();
  const api = ApiProcess.start({ backend, databaseUrl, size, now: loadedAt.toISOString(), profileDir: options.profileDir, countCacheSeconds: options.countCacheSeconds, responseCacheSeconds: options.responseCacheSeconds, facetsWaitMs: backend === 'pglite' ? null : options.facetsWaitMs, guard: options.guard });
  cleanups.push(() => api.stop());
  let http: HttpClient | undefined;
  let pool: Pool | undefined;
  try {
    const ready = await api.next('ready', 12 * 60);
    const loadSeconds = (performance.now() - started) / 1000;
    const runReport: RunReport = { backend, size, load: ready.load, check: ready.check, loadSeconds, rssMiB: ready.rssMiB };
    reports.push(runReport);
    console.log(
      `    loaded in ${format(loadSeconds)} s: ${thousands(ready.load.groups)} groups, ${thousands(ready.load.venues)} venues, ` +
        `${thousands(ready.load.organisations)} organisations, ${thousands(ready.load.municipalities)} municipalities, ${thousands(ready.load.meetings)} meetings ` +
        `(${ready.load.distinctSchedules} distinct schedules); MeetingService.refresh of ${thousands(ready.check.groups)} groups took ${thousands(ready.check.milliseconds)} ms ` +
        `and ${ready.check.identical ? 'left the loaded meetings exactly as they were' : 'CHANGED the loaded meetings'}`,
    );
    http = new HttpClient(ready.url, options.concurrency);
    pool = new Pool({ connectionString: ready.databaseUrl, max: options.concurrency });
    const sqlPool = pool;
    const httpClient = http;
    const firstPageSql = new Map<string, RecordedQuery[]>();

    for (const scenario of SCENARIOS.filter((candidate) => options.scenarios.includes(candidate.name))) {
      const body = JSON.stringify({ query: search(options.fields), variables: scenario.variables });
      // `fresh`: a URL no answer is kept for (RESPONSE_CACHE_SECONDS), so that the SQL recorded is a search's own.
      const getPath = widgetGetPath(scenario, options.fields);
      const send = (text: string, fresh = false) => (options.get ? httpClient.get(`${getPath}${fresh ? `&fresh=${Date.now()}` : ''}`) : httpClient.post(text));
      // With the count cache, the SQL of a request that finds it warm is what the measured requests send.
      if (options.countCacheSeconds > 0) await send(body);
      // One request while the API records its SQL: that is what the raw-SQL side replays.
      const { answer: first, queries } = await recorded(api, () => send(body, true));
      const parsed = JSON.parse(first.text) as { data?: { groups: { totalCount: number; edges: unknown[] } }; errors?: unknown[] };
      if (first.status !== 200 || parsed.errors || !parsed.data) throw new Error(`${scenario.name}: the API answered ${first.status} ${first.text.slice(0, 500)}`);
      if (parsed.data.groups.edges.length === 0) throw new Error(`${scenario.name}: found no groups; the benchmark would measure nothing`);

      const callHttp = async () => {
        const response = await send(body);
        if (response.status !== 200 || response.text.includes('"errors"')) throw new Error(`${scenario.name}: ${response.status} ${response.text.slice(0, 300)}`);
      };
      await measure(options.warmup, options.concurrency, callHttp, 3);
      const apiCpu = async () => {
        api.send({ type: 'sample' });
        return api.next('sample', 60);
      };
      const cpuBefore = await apiCpu();
      const httpMeasurement = await measure(options.requests, options.concurrency, callHttp, options.seconds);
      const cpuAfter = await apiCpu();
      const apiCpuMsPerRequest = (cpuAfter.cpuMs - cpuBefore.cpuMs) / httpMeasurement.requests;
      const apiSystemCpuMsPerRequest = (cpuAfter.systemCpuMs - cpuBefore.systemCpuMs) / httpMeasurement.requests;
      const sqlMeasurement = await measureRawSql(sqlPool, queries, options, options.requests, options.seconds);
      rows.push({ backend, size, scenario: scenario.name, http: httpMeasurement, sql: sqlMeasurement, statements: queries.length, totalCount: parsed.data.groups.totalCount, apiCpuMsPerRequest });
      console.log(
        `    ${scenario.name.padEnd(12)} ${thousands(parsed.data.groups.totalCount).padStart(7)} found, ${queries.length} statements | ` +
          `HTTP p50 ${format(httpMeasurement.p50)} ms p99 ${format(httpMeasurement.p99)} ms ${format(httpMeasurement.perSecond, 0)}/s, API CPU ${format(apiCpuMsPerRequest)} ms a request (${format(apiSystemCpuMsPerRequest)} in the kernel) | ` +
          `SQL p50 ${format(sqlMeasurement.p50)} ms p99 ${format(sqlMeasurement.p99)} ms ${format(sqlMeasurement.perSecond, 0)}/s`,
      );
      if (options.explain) await explain(sqlPool, queries);
      // The scale-out sets its rows beside the SQL of the widget's first page, recorded here where the API can record it.
      if (options.scaleOutSeconds > 0 && backend === 'postgres') firstPageSql.set(scenario.name, await recordFirstPage(api, httpClient, scenario));
    }

    const measured = SCENARIOS.filter((candidate) => options.scenarios.includes(candidate.name));
    if (options.rates.length > 0 && measured.length > 0) {
      console.log(`    fixed rate (open loop), ${options.rates.join(', ')} requests a second for ${options.rateSeconds} s each, ${options.get ? 'GET' : 'POST'}:`);
      runReport.fixedRate = await fixedRate(options, api, ready.url, measured);
    }

    if (options.overloadSeconds > 0) runReport.overload = await overload(options, api);

    // The daily job's work on the two nights after the load (it changes the meetings, so after the
    // searches); the second is the one reported: by then a day of meetings is over and is deleted.
    let rolledTo = loadedAt;
    for (const night of [1, 2]) {
      rolledTo = new Date(loadedAt.getTime() + night * DAY_MS);
      api.send({ type: 'roll-forward', now: rolledTo.toISOString(), check: night === 2 });
      const { rollForward } = await api.next('rolled', 60 * 60);
      runReport.rollForward = rollForward;
      console.log(
        `    roll-forward, night ${night}: ${format(rollForward.milliseconds / 1000)} s for ${thousands(rollForward.report.groups)} groups ` +
          `(+${thousands(rollForward.report.meetingsAdded)} −${thousands(rollForward.report.meetingsDeleted)} meetings, ${thousands(rollForward.report.nextMeetingsChanged)} next meetings moved); ` +
          (rollForward.sample > 0
            ? `${thousands(rollForward.sample)} groups expanded anew at the same instant ${rollForward.identical ? 'kept exactly their meetings' : 'CHANGED their meetings'}`
            : 'not checked'),
      );
    }
    // The API's own start (main.ts) on the loaded database: the first on it, and a restart.
    const startUpUrl = ready.databaseUrl;
    runReport.startUp = { first: await measureStartUp(startUpUrl, rolledTo), again: await measureStartUp(startUpUrl, rolledTo) };
    console.log(`    API start-up (process start to first answer on /health): ${format(runReport.startUp.first)} s the first time, ${format(runReport.startUp.again)} s again`);

    if (options.scaleOutSeconds > 0) {
      if (backend === 'pglite') {
        runReport.scaleOut = 'PostgreSQL only: an embedded PGlite belongs to one process';
      } else {
        // The bench's own API process and pool go first: their connections and CPU are not the deployment's.
        http.close();
        http = undefined;
        await pool.end();
        pool = undefined;
        await api.stop();
        runReport.scaleOut = await scaleOut(options, ready.databaseUrl, firstPageSql, cleanups);
      }
    }
  } finally {
    http?.close();
    await pool?.end();
    await api.stop();
    await dropDatabase();
    cleanups.length = 0;
  }
}

// ---------------------------------------------------------------------------------------------
// The report

/** A Markdown table: the first `textColumns` columns left-aligned, the numbers after them right-aligned. */
function table(headers: string[], body: string[][], textColumns = 3): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...body.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => (column < textColumns ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  return [line(headers), `|${widths.map((width, column) => (column < textColumns ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

function report(options: Options, rows: Row[], reports: RunReport[], loadBefore: number[]): void {
  console.log(
    `\n## Results (concurrency ${options.concurrency}; ${options.requests} requests per cell, or fewer when ${options.seconds} s were up (n); after ${options.warmup} warm-up requests; ` +
      `fields ${options.fields}; ${options.countCacheSeconds > 0 ? `counts and facets cached ${options.countCacheSeconds} s` : 'counts and facets computed for every request'}${options.facetsWaitMs === null ? '' : `, facets waited for ${options.facetsWaitMs} ms at most (PostgreSQL)`}; ${options.get ? 'GET' : 'POST'}${options.responseCacheSeconds > 0 ? `, answers kept ${options.responseCacheSeconds} s` : ''})\n`,
  );
  console.log(
    table(
      ['database', 'groups', 'scenario', 'found', 'HTTP p50 ms', 'HTTP p99 ms', 'HTTP req/s', 'SQL p50 ms', 'SQL p99 ms', 'SQL req/s', 'HTTP/SQL req/s', 'API CPU ms/req', 'n HTTP/SQL'],
      rows.map((row) => [
        row.backend,
        thousands(row.size),
        row.scenario,
        thousands(row.totalCount),
        format(row.http.p50),
        format(row.http.p99),
        format(row.http.perSecond, 0),
        format(row.sql.p50),
        format(row.sql.p99),
        format(row.sql.perSecond, 0),
        format(row.http.perSecond / row.sql.perSecond, 2),
        format(row.apiCpuMsPerRequest),
        `${row.http.requests}/${row.sql.requests}`,
      ]),
    ),
  );
  const rated = reports.filter((entry) => entry.fixedRate && entry.fixedRate.length > 0);
  if (rated.length > 0) {
    console.log(
      `\n## Fixed rate (open loop: each scenario's search sent on a fixed schedule whatever the answers, ${options.rateSeconds} s a rate, to the same API process; ${options.get ? 'GET' : 'POST'}${options.responseCacheSeconds > 0 ? `, answers kept ${options.responseCacheSeconds} s` : ''})\n`,
    );
    console.log(
      table(
        ['database', 'groups', 'scenario', 'offered req/s', 'sent req/s', 'send lag p99 ms', '200 req/s', 'p50 ms', 'p99 ms', 'not 200', 'API CPU ms/req', 'CPU client', 'CPU API', 'CPU PostgreSQL', 'CPU other', 'CPU machine', 'p99 < 50 ms'],
        rated.flatMap((entry) =>
          (entry.fixedRate ?? []).map((row) => [
            entry.backend,
            thousands(entry.size),
            row.scenario,
            thousands(row.offeredPerSecond),
            format(row.sentPerSecond, 0),
            format(row.sendLagP99),
            format(row.okPerSecond, 0),
            format(row.p50),
            format(row.p99),
            failureText(row),
            format(row.apiCpuMsPerRequest),
            format(row.cpu.client, 2),
            format(row.cpu.api[0] ?? Number.NaN, 2),
            format(row.cpu.postgres, 2),
            format(otherCpu(row.cpu), 2),
            format(row.cpu.machine, 2),
            row.p99Scheduled < 50 ? 'yes' : 'no',
          ]),
        ),
      ),
    );
    console.log(
      `\np50 and p99: of the 200s, from each request's scheduled send (a client behind its schedule adds its lag). Sent below offered: the client could not send at the rate (its CPU, or the machine's); send lag: how long after its time a request left. ` +
        `200 req/s: the 200s over the schedule's length (or until the last answer, when later). p99 < 50 ms: of every request scheduled, those not answered 200 counted as slower than any answer. ` +
        `Not 200: answers by status and code (0: the connection failed); unanswered after ${options.rateSeconds} + 10 s; not sent when 2,000 were unanswered. API CPU: the API process's user + system CPU per answered request. ` +
        `CPU columns: cores used on average while the rate was sent (1.00: one core all the time), from /proc: the bench's client, the API process, every postgres process, other (the machine minus the client, the API and PostgreSQL), the machine (${os.cpus().length} cores).`,
    );
    for (const entry of rated) {
      const cells = entry.fixedRate ?? [];
      for (const scenario of [...new Set(cells.map((row) => row.scenario))]) {
        const own = cells.filter((row) => row.scenario === scenario);
        const behind = own.filter(fellBehind).map((row) => `offered ${row.offeredPerSecond}/s, sent ${format(row.sentPerSecond, 0)}/s`);
        const late = own.filter((row) => !fellBehind(row) && sentLate(row)).map((row) => `${row.offeredPerSecond}/s: p99 ${format(row.sendLagP99)} ms`);
        const held = own.filter((row) => row.p99Scheduled < 50).sort((a, b) => b.offeredPerSecond - a.offeredPerSecond)[0];
        console.log(
          `- ${entry.backend} ${thousands(entry.size)} ${scenario}: ` +
            (own.length > 1 ? `highest rate tried with p99 under 50 ms: ${held ? `${held.offeredPerSecond}/s (p99 ${format(held.p99)} ms)` : `none of ${own.map((row) => row.offeredPerSecond).join(', ')}/s`}` : `p99 under 50 ms at ${own[0]?.offeredPerSecond}/s: ${held ? 'yes' : 'no'}`) +
            (behind.length > 0 ? `; the client could not send at the rate (${behind.join('; ')})` : '') +
            (late.length > 0 ? `; requests left late (${late.join(', ')}): the client was held up, which the latencies include` : ''),
        );
      }
    }
  }

  console.log('\n## Loading\n');
  console.log(
    table(
      ['database', 'groups', 'meetings', 'load s', 'groups MB', 'meetings MB', 'MeetingService', 'steps (s)'],
      reports.map((entry) => [
        entry.backend,
        thousands(entry.size),
        thousands(entry.load.meetings),
        format(entry.loadSeconds),
        format((entry.load.sizes.groups ?? 0) / 2 ** 20, 0),
        format((entry.load.sizes.meetings ?? 0) / 2 ** 20, 0),
        `${thousands(entry.check.groups)} groups in ${format(entry.check.milliseconds / 1000)} s (all ≈ ${format((entry.check.milliseconds / 1000) * (entry.size / entry.check.groups), 0)} s)${entry.check.identical ? ', same rows' : ', DIFFERENT rows'}`,
        Object.entries(entry.load.timings)
          .map(([step, secondsTaken]) => `${step} ${secondsTaken}`)
          .join('; '),
      ]),
    ),
  );

  console.log('\n## Start-up and the daily roll-forward of the meetings\n');
  const rolled = reports.filter((entry) => entry.rollForward && entry.startUp);
  console.log(
    table(
      ['database', 'groups', 'start-up s', 'restart s', 'roll-forward s', 'groups rolled', 'meetings + / −', 'next moved', 'same as refresh', 'hourly next-meetings s (moved)', 'full refresh ≈ s'],
      rolled.map((entry) => {
        const roll = entry.rollForward as RollForwardCheck;
        const startUp = entry.startUp as StartUp;
        return [
          entry.backend,
          thousands(entry.size),
          format(startUp.first),
          format(startUp.again),
          format(roll.milliseconds / 1000),
          thousands(roll.report.groups),
          `${thousands(roll.report.meetingsAdded)} / ${thousands(roll.report.meetingsDeleted)}`,
          thousands(roll.report.nextMeetingsChanged),
          `${roll.identical ? 'yes' : 'NO'} (${thousands(roll.sample)})`,
          roll.advance ? `${format(roll.advance.milliseconds / 1000)} (${thousands(roll.advance.moved)})` : '-',
          format((entry.check.milliseconds / 1000) * (entry.size / entry.check.groups), 0),
        ];
      }),
    ),
  );
  console.log(
    `\nStart-up: the API's main.ts in its own process, from spawning it to its first answer on /health (it no longer waits for the meetings). ` +
      `Roll-forward: MeetingService.rollForward two days after the load (the second night's run), as the daily job runs it. ` +
      `Hourly next-meetings: MeetingService.advanceNextMeetings 19 hours after that run, the groups whose next meeting began since then moving on. ` +
      `Full refresh: every group's meetings expanded anew, what every start and every hour did before (estimated from the sample in the loading table).`,
  );

  const overloaded = reports.filter((entry) => entry.overload);
  if (overloaded.length > 0) {
    console.log(
      `\n## Overload (${options.overloadFactor}× the measured capacity for ${options.overloadSeconds} s, open loop; the warm municipality search; capacity at concurrency ${options.concurrency})\n`,
    );
    console.log(
      table(
        ['database', 'groups', 'limits', 'capacity req/s', 'p99 ms', 'offered req/s', 'sent', '200', '503 OVERLOADED', '429 RATE_LIMITED', 'other', 'refused %', 'admitted p50 ms', 'admitted p99 ms', 'refused p99 ms', 'RSS MiB before/peak/after', 'loop delay max ms', 'full service s', 'drained s'],
        overloaded.map((entry) => {
          const { settings, report: run } = entry.overload as NonNullable<RunReport['overload']>;
          const refused = REFUSED.reduce((sum, outcome) => sum + (run.outcomes[outcome] ?? 0), 0);
          const other = run.sent - refused - (run.outcomes['200'] ?? 0);
          return [
            entry.backend,
            thousands(entry.size),
            `${settings.maxInFlight || '-'} in flight, ${settings.maxEventLoopDelayMs || '-'} ms, ${settings.rateLimitPerMinute ? `${settings.rateLimitPerMinute}/min${settings.redis ? ' (Redis)' : ''}` : '-/min'}`,
            format(run.capacity.perSecond, 0),
            format(run.capacity.p99),
            format(run.offeredPerSecond, 0),
            `${thousands(run.sent)}${run.notSent > 0 ? ` (${thousands(run.notSent)} not sent)` : ''}`,
            thousands(run.outcomes['200'] ?? 0),
            thousands(run.outcomes['503 OVERLOADED'] ?? 0),
            thousands(run.outcomes['429 RATE_LIMITED'] ?? 0),
            thousands(other),
            format((100 * refused) / Math.max(1, run.sent), 0),
            format(run.admitted.p50),
            format(run.admitted.p99),
            format(run.refused.p99),
            `${run.rssMiB.before}/${run.rssMiB.peak}/${run.rssMiB.after}`,
            `${run.eventLoopDelayMaxMs.capacity}/${run.eventLoopDelayMaxMs.overload}`,
            run.fullServiceAfterSeconds === null ? '> 30' : format(run.fullServiceAfterSeconds),
            format(run.drainedAfterSeconds),
          ];
        }),
      ),
    );
    console.log(
      `\nLimits: MAX_IN_FLIGHT, MAX_EVENT_LOOP_DELAY_MS, RATE_LIMIT_PER_MINUTE of the overload's server (- : off). Not sent: the client holds at most 2,000 unanswered. Refused: 503 OVERLOADED and 429 RATE_LIMITED, the load shedding's and the rate limit's; other: anything else (the run's line names them; 0: the connection failed). ` +
        `Loop delay: the API process's longest event-loop delay during the capacity run / the overload. Full service: from the end of the overload until one request at a time, every 100 ms, ` +
        `is answered 200 within the capacity run's p99 (at least 250 ms) five times in a row. Drained: until the overload's last request was answered.`,
    );
    for (const entry of overloaded) {
      const run = (entry.overload as NonNullable<RunReport['overload']>).report;
      console.log(
        `- ${entry.backend} ${thousands(entry.size)}: admitted p99 under 1 s: ${verdictOf(run.admitted.p99 < 1000)} (${format(run.admitted.p99)} ms); ` +
          `full service within 5 s: ${verdictOf(run.fullServiceAfterSeconds !== null && run.fullServiceAfterSeconds <= 5)}; memory: ${run.rssMiB.peak - run.rssMiB.before} MiB more at its peak, ${run.rssMiB.after - run.rssMiB.before} MiB after`,
      );
    }
  }

  const scaledOut = reports.filter((entry) => entry.scaleOut !== undefined);
  if (scaledOut.length > 0) {
    console.log(
      `\n## Scale-out (main.ts in production behind nginx, on one PostgreSQL and one Redis; the widget's first-page search at concurrency ${options.concurrency}, ${options.scaleOutSeconds} s a row; ` +
        `counts and facets cached ${options.countCacheSeconds} s and GET answers ${options.responseCacheSeconds} s per process)\n`,
    );
    const measured = scaledOut.flatMap((entry) => (typeof entry.scaleOut === 'string' ? [] : (entry.scaleOut ?? []).map((row) => ({ entry, row }))));
    if (measured.length > 0) {
      console.log(
        table(
          ['database', 'groups', 'scenario', 'setup', 'request', 'processes', 'p50 ms', 'p99 ms', 'req/s', 'n', '503', 'SQL req/s', 'HTTP/SQL', 'CPU client', 'CPU nginx', 'CPU API', 'CPU PostgreSQL', 'CPU other', 'CPU machine', 'from cache %'],
          measured.map(({ entry, row }) => [
            entry.backend,
            thousands(entry.size),
            row.scenario,
            row.setup,
            row.method === 'GET' ? 'GET (persisted)' : 'POST',
            String(row.processes),
            format(row.measurement.p50),
            format(row.measurement.p99),
            format(row.measurement.perSecond, 0),
            thousands(row.measurement.requests),
            thousands(row.refused),
            row.sqlPerSecond === null ? '-' : format(row.sqlPerSecond, 0),
            row.sqlPerSecond === null ? '-' : format(row.measurement.perSecond / row.sqlPerSecond, 2),
            format(row.cpu.client, 2),
            format(row.cpu.nginx, 2),
            row.cpu.api.map((share) => format(share, 2)).join(' + '),
            format(row.cpu.postgres, 2),
            format(row.cpu.machine - row.cpu.client - row.cpu.nginx - row.cpu.api.reduce((sum, share) => sum + share, 0) - row.cpu.postgres, 2),
            format(row.cpu.machine, 2),
            row.cacheHits === null ? '-' : format((100 * row.cacheHits) / Math.max(1, row.measurement.requests), 1),
          ]),
          5,
        ),
      );
      console.log(
        `\nCPU: cores used on average during the row (1.00: one core all the time), from /proc: the bench's client, nginx (master and workers), each API process, every postgres process, the rest (other: whatever else runs on the machine), and the whole machine (${os.cpus().length} cores). ` +
          `POST sends the widget's query text; GET names it by its SHA-256 (persisted query), as the widget does. p50, p99, req/s and n count the 200s; 503: answers OVERLOADED (load shedding, on with the API's defaults), not measured. ` +
          `SQL req/s: the same search's statements, recorded from the bench's API and replayed straight over pg on a pool of ${options.concurrency} (one connection per request) just before the scenario's rows; HTTP/SQL: the row's req/s over it. ` +
          `Rate limit on (1,000,000 a minute, counted in Redis).`,
      );
      for (const entry of scaledOut) {
        if (typeof entry.scaleOut === 'string' || !entry.scaleOut) continue;
        const cells = entry.scaleOut;
        for (const scenario of [...new Set(cells.map((row) => row.scenario))]) {
          const at = (setup: ScaleOutRow['setup'], processes: number, method: ScaleOutRow['method']) =>
            cells.find((row) => row.scenario === scenario && row.setup === setup && row.processes === processes && row.method === method)?.measurement.perSecond ?? Number.NaN;
          console.log(
            `- ${entry.backend} ${thousands(entry.size)} ${scenario}: two processes serve ${format(at('nginx', 2, 'POST') / at('nginx', 1, 'POST'), 2)}× one's requests by POST and ${format(at('nginx', 2, 'GET') / at('nginx', 1, 'GET'), 2)}× by GET; ` +
              `one process serves ${format(at('nginx', 1, 'POST') / at('direct', 1, 'POST'), 2)}× by POST through nginx what it serves directly; nginx's cache serves ${format(at('nginx + cache', 2, 'GET') / at('nginx', 2, 'GET'), 1)}× the GETs of two processes`,
          );
        }
      }
    }
    for (const entry of scaledOut) if (typeof entry.scaleOut === 'string') console.log(`- ${entry.backend} ${thousands(entry.size)}: no scale-out run: ${entry.scaleOut}`);
  }

  console.log('\n## Targets\n');
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'MISSED');
  for (const backend of options.backends) {
    const own = rows.filter((row) => row.backend === backend);
    if (own.length === 0) continue;
    for (const scenario of options.scenarios) {
      const cells = own.filter((row) => row.scenario === scenario);
      const at = (size: number) => cells.find((row) => row.size === size);
      const p99 = at(50_000)?.http.p99;
      const small = at(5_000)?.http.p50;
      const large = at(500_000)?.http.p50;
      const ratios = cells.map((row) => row.http.perSecond / row.sql.perSecond);
      console.log(
        `- ${backend} ${scenario}: p99 at 50,000 < 50 ms: ${verdict(p99 === undefined ? null : p99 < 50)} (${format(p99 ?? Number.NaN)} ms); ` +
          `HTTP ≥ 0.5 × SQL throughput: ${verdict(ratios.length === 0 ? null : ratios.every((ratio) => ratio >= 0.5))} (${ratios.map((ratio) => format(ratio, 2)).join(', ')}); ` +
          `p50 at 500,000 ≤ 2 × p50 at 5,000: ${verdict(small === undefined || large === undefined ? null : large <= 2 * small)} (${format(large ?? Number.NaN)} vs ${format(small ?? Number.NaN)} ms)`,
      );
    }
  }
  if (options.rates.length > 0) {
    // The target: a p99 under 50 ms at 50,000 groups while visitors arrive at 200 a second.
    const TARGET_RATE = 200;
    for (const backend of options.backends) {
      for (const scenario of options.scenarios) {
        const at50k = reports.find((entry) => entry.backend === backend && entry.size === 50_000)?.fixedRate?.filter((row) => row.scenario === scenario) ?? [];
        const atTarget = at50k.find((row) => row.offeredPerSecond === TARGET_RATE);
        const held = at50k.filter((row) => row.p99Scheduled < 50).sort((a, b) => b.offeredPerSecond - a.offeredPerSecond)[0];
        const answer = !atTarget
          ? `not measured${at50k.length > 0 ? ` (rates tried: ${at50k.map((row) => row.offeredPerSecond).join(', ')}/s)` : ''}`
          : `${atTarget.p99Scheduled < 50 ? 'yes' : 'no'} (${Number.isFinite(atTarget.p99Scheduled) ? `${format(atTarget.p99Scheduled)} ms` : `${format(atTarget.p99)} ms for the 200s, and ${failureText(atTarget)}: more than 1 % not answered 200`}), ` +
            `reached ${format(atTarget.okPerSecond, 0)} answers 200 a second (offered ${TARGET_RATE}/s, sent ${format(atTarget.sentPerSecond, 0)}/s${fellBehind(atTarget) ? ': the client could not send at the rate' : ''})`;
        if (at50k.length === 0 && !reports.some((entry) => entry.backend === backend)) continue;
        console.log(
          `- ${backend} ${scenario}: p99 at 50,000 < 50 ms at ${TARGET_RATE} req/s: ${answer}` +
            (at50k.length > 1 ? `; highest rate tried with p99 under 50 ms: ${held ? `${held.offeredPerSecond}/s` : 'none'}` : ''),
        );
      }
    }
  }
  console.log(
    `\nMachine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${format(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}; ` +
      `load average before ${loadBefore.map((value) => format(value, 2)).join(' ')}, after ${os
        .loadavg()
        .map((value) => format(value, 2))
        .join(' ')}. Client, API and database share the machine.`,
  );
}

/** Set on Ctrl-C: the run's own failures that follow (its database dropped under it) are not news. */
let interrupted = false;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const loadBefore = os.loadavg();
  const started = performance.now();
  const rows: Row[] = [];
  const reports: RunReport[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  process.on('SIGINT', () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error('\nInterrupted: stopping the API and dropping the benchmark database…');
    void Promise.allSettled(cleanups.map((cleanup) => cleanup())).then(() => process.exit(130));
  });
  console.log(`Scenarios (each: GraphQL over HTTP to 127.0.0.1, then the same SQL through pg):`);
  for (const scenario of SCENARIOS.filter((candidate) => options.scenarios.includes(candidate.name))) console.log(`  ${scenario.name}: ${scenario.description}`);
  for (const backend of options.backends) {
    for (const size of options.sizes) {
      if (backend === 'pglite' && !options.pgliteSizes.includes(size)) continue;
      await run(options, backend, size, rows, reports, cleanups);
    }
  }
  report(options, rows, reports, loadBefore);
  console.log(`Total ${format((performance.now() - started) / 60000)} minutes.`);
}

main().catch((error: unknown) => {
  if (interrupted) return;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
