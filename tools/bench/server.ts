/**
 * The API process of one benchmark run, started by bench.ts with the API's tsconfig
 * (SWC_NODE_PROJECT): the database (the given PostgreSQL database, or an in-memory PGlite behind
 * its socket, as the API starts it), the API's migrations and gazetteer, the generated groups,
 * a check of the loaded meetings against the API's own MeetingService, then the real API server
 * (startApiServer) on a free port. It records the SQL the API sends while bench.ts asks it to,
 * so that the same statements can be replayed with `pg`, and at the end runs the daily
 * roll-forward of the meetings when asked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { loadApi, type Api, type Logger, type RollForwardReport } from './api';
import { loadBenchData, type LoadReport } from './load';

export interface ServerOptions {
  backend: 'postgres' | 'pglite';
  /** PostgreSQL: the fresh database made for this run. */
  databaseUrl?: string;
  size: number;
  /** ISO instant the meetings are expanded from (the same for the check). */
  now: string;
  /** Write a CPU profile of the serving (not the loading) here. */
  profileDir: string | null;
  /** The API's COUNT_CACHE_SECONDS. */
  countCacheSeconds: number;
  /** The API's RESPONSE_CACHE_SECONDS. */
  responseCacheSeconds: number;
  /** The API's FACETS_WAIT_MS; null: facets counted in the request (the API's own default on PGlite). */
  facetsWaitMs: number | null;
  /** The overload run's server: RATE_LIMIT_PER_MINUTE, MAX_IN_FLIGHT, MAX_EVENT_LOOP_DELAY_MS and REDIS_URL as given (the API's defaults for the others). */
  guard: Record<string, string>;
}

/** The limits the overload run's server was started with. */
export interface GuardSettings {
  rateLimitPerMinute: number;
  /** The rate limit counts in Redis (REDIS_URL), else in memory. */
  redis: boolean;
  maxInFlight: number;
  maxEventLoopDelayMs: number;
}

export interface RecordedQuery {
  query: string;
  parameters: unknown[];
}

export interface MeetingCheck {
  groups: number;
  /** MeetingService.refresh on these groups, with the same `now`. */
  milliseconds: number;
  /** Its meetings and next_meeting_at are exactly the ones the benchmark loaded. */
  identical: boolean;
}

export interface RollForwardCheck {
  /** MeetingService.rollForward of every group, a day after the load. */
  milliseconds: number;
  report: Omit<RollForwardReport, 'expandedUntil'>;
  /** How many groups were then expanded anew (MeetingService.refresh) at the same instant (0: not checked) … */
  sample: number;
  /** … and kept exactly their coming meetings and next meeting. */
  identical: boolean;
  /** With the check: the hourly next-meetings job that evening (MeetingService.advanceNextMeetings). */
  advance: { milliseconds: number; moved: number } | null;
}

export type ServerMessage =
  | { type: 'ready'; url: string; databaseUrl: string; load: LoadReport; check: MeetingCheck; rssMiB: number }
  | { type: 'recording' }
  | { type: 'recorded'; queries: RecordedQuery[] }
  | { type: 'rolled'; rollForward: RollForwardCheck }
  | { type: 'guarded'; url: string; settings: GuardSettings }
  | { type: 'sample'; rssMiB: number; eventLoopDelayMaxMs: number; cpuMs: number; systemCpuMs: number }
  | { type: 'failed'; message: string };

/**
 * `roll-forward`: the daily job's work at `now` (ISO), on the loaded database (it changes the
 * meetings, so it comes after the searches); with `check`, then a sample expanded anew.
 */
export type ControlMessage =
  | { type: 'record' }
  | { type: 'recorded' }
  | { type: 'roll-forward'; now: string; check: boolean }
  /** Start the overload run's server: load shedding and rate limit on, counts cached as in the product. */
  | { type: 'guard' }
  /** This process's RSS and its event loop's longest delay since the last sample. */
  | { type: 'sample' }
  | { type: 'stop' };

/** A TypeORM logger that keeps the queries sent while recording, and nothing otherwise. */
class QueryRecorder implements Logger {
  private queries: RecordedQuery[] | null = null;
  start(): void {
    this.queries = [];
  }
  stop(): RecordedQuery[] {
    const queries = this.queries ?? [];
    this.queries = null;
    return queries;
  }
  logQuery(query: string, parameters?: unknown[]): void {
    this.queries?.push({ query, parameters: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

const send = (message: ServerMessage) => process.send?.(message);
const log = (line: string) => console.log(`    ${line}`);

/** A sample of the groups: all at 5,000, 2,000 above (enough for the time per group). */
async function sampleOfGroups(dataSource: DataSource, size: number): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(`SELECT id FROM groups ORDER BY md5(id::text) LIMIT $1`, [size <= 5_000 ? size : 2_000]);
  return rows.map((row) => row.id);
}

/** The groups' meetings from `from` on and their next meetings, as one hash. */
async function fingerprint(dataSource: DataSource, ids: string[], from: Date): Promise<string> {
  const [row]: { meetings: string; next: string }[] = await dataSource.query(
    `SELECT (SELECT md5(string_agg(concat_ws('|', group_id, starts_at, ends_at, local_weekday, local_minute, status), ',' ORDER BY group_id, starts_at))
               FROM meetings WHERE group_id = ANY($1::uuid[]) AND starts_at >= $2) AS meetings,
            (SELECT md5(string_agg(concat_ws('|', id, next_meeting_at), ',' ORDER BY id)) FROM groups WHERE id = ANY($1::uuid[])) AS next`,
    [ids, from],
  );
  return `${row?.meetings}/${row?.next}`;
}

/** Refreshes a sample of groups with the API's MeetingService and checks nothing changed. */
async function checkMeetings(api: Api, dataSource: DataSource, size: number, now: Date): Promise<MeetingCheck> {
  // All groups at 5,000 (what main.ts did at every start before the daily roll-forward); a sample above, for the time per group.
  const ids = await sampleOfGroups(dataSource, size);
  const before = await fingerprint(dataSource, ids, now);
  const start = performance.now();
  await new api.MeetingService(dataSource).refresh(ids, now);
  const milliseconds = Math.round(performance.now() - start);
  return { groups: ids.length, milliseconds, identical: (await fingerprint(dataSource, ids, now)) === before };
}

/**
 * The daily job's roll-forward at `now`; with `check`, then a sample expanded anew at the same
 * instant, which must change nothing (it deletes the sample's past meetings, so only once).
 */
async function rollForward(api: Api, dataSource: DataSource, size: number, now: Date, check: boolean): Promise<RollForwardCheck> {
  const start = performance.now();
  const { expandedUntil: _until, ...report } = await new api.MeetingService(dataSource).rollForward(now);
  const milliseconds = Math.round(performance.now() - start);
  if (!check) return { milliseconds, report, sample: 0, identical: true, advance: null };
  const ids = await sampleOfGroups(dataSource, size);
  const before = await fingerprint(dataSource, ids, now);
  await new api.MeetingService(dataSource).refresh(ids, now);
  const identical = (await fingerprint(dataSource, ids, now)) === before;
  // The evening's hourly run: the groups whose next meeting began since the night's run move on.
  const advanceStart = performance.now();
  const moved = await new api.MeetingService(dataSource).advanceNextMeetings(new Date(now.getTime() + 19 * 60 * 60 * 1000));
  return { milliseconds, report, sample: ids.length, identical, advance: { milliseconds: Math.round(performance.now() - advanceStart), moved } };
}

/** Profiles this process until the returned function is called, then writes the profile. */
async function startProfile(file: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    console.log(`    CPU profile: ${file}`);
  };
}

async function main(): Promise<void> {
  const options = JSON.parse(process.env.BENCH_SERVER_OPTIONS ?? '{}') as ServerOptions;
  const now = new Date(options.now);
  const api = loadApi();
  const database = await api.startDatabase({ databaseUrl: options.backend === 'postgres' ? options.databaseUrl : undefined, dataDir: 'memory://', maxConnections: 40 });
  const recorder = new QueryRecorder();
  const dataSource = api.createDataSource(database.url);
  // The API's data source as openDataSource makes it, with a logger that can record.
  dataSource.setOptions({ logger: recorder });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await api.syncGazetteer(dataSource);

  const client = new Client({ connectionString: database.url });
  await client.connect();
  let load: LoadReport;
  try {
    load = await loadBenchData(client, api, options.size, now, database.embedded, log);
  } finally {
    await client.end();
  }
  const check = await checkMeetings(api, dataSource, options.size, now);

  const server = await api.startApiServer({ dataSource, port: 0, production: true, countCacheSeconds: options.countCacheSeconds, responseCacheSeconds: options.responseCacheSeconds, facetsWaitMs: options.facetsWaitMs, services: api.services() });
  // The server listens on all interfaces (the API's choice); the benchmark only ever calls loopback.
  const url = server.url.replace('//localhost:', '//127.0.0.1:');

  // The overload run's server, started when asked; the event loop watched from then on.
  let guarded: { server: Awaited<ReturnType<Api['startApiServer']>>; delay: ReturnType<typeof monitorEventLoopDelay> } | null = null;
  const guard = async (): Promise<ServerMessage> => {
    const config = api.loadConfig(options.guard);
    const settings: GuardSettings = { rateLimitPerMinute: config.rateLimitPerMinute, redis: Boolean(config.redisUrl), maxInFlight: config.maxInFlight, maxEventLoopDelayMs: config.maxEventLoopDelayMs };
    const guardedServer = await api.startApiServer({
      dataSource,
      port: 0,
      production: true,
      countCacheSeconds: 60,
      // Keys of its own in a Redis that may be a developer's.
      rateLimit: { perMinute: settings.rateLimitPerMinute, redisUrl: config.redisUrl, keyPrefix: `groupfinder:bench:${process.pid}:${Date.now()}` },
      loadShedding: { maxInFlight: settings.maxInFlight, maxEventLoopDelayMs: settings.maxEventLoopDelayMs },
      services: api.services(),
    });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    guarded = { server: guardedServer, delay };
    return { type: 'guarded', url: guardedServer.url.replace('//localhost:', '//127.0.0.1:'), settings };
  };
  const sample = (): ServerMessage => {
    const delay = guarded?.delay;
    // The histogram holds each interval between its 10 ms timer's runs.
    const eventLoopDelayMaxMs = delay && delay.count > 0 ? Math.max(0, delay.max / 1e6 - 10) : 0;
    delay?.reset();
    const cpu = process.cpuUsage();
    return { type: 'sample', rssMiB: Math.round(process.memoryUsage.rss() / 2 ** 20), eventLoopDelayMaxMs: Math.round(eventLoopDelayMaxMs), cpuMs: (cpu.user + cpu.system) / 1000, systemCpuMs: cpu.system / 1000 };
  };

  let stopProfile = options.profileDir ? await startProfile(path.join(options.profileDir, `api-${options.backend}-${options.size}-${process.pid}.cpuprofile`)) : null;
  /** The profile is of the serving: it ends before the roll-forward (which would fill it) or at the stop. */
  const endProfile = async () => {
    const stop = stopProfile;
    stopProfile = null;
    await stop?.();
  };

  process.on('message', (message: ControlMessage) => {
    if (message.type === 'record') {
      recorder.start();
      send({ type: 'recording' });
    } else if (message.type === 'recorded') {
      send({ type: 'recorded', queries: recorder.stop() });
    } else if (message.type === 'roll-forward') {
      endProfile()
        .then(() => rollForward(api, dataSource, options.size, new Date(message.now), message.check))
        .then(
          (result) => send({ type: 'rolled', rollForward: result }),
          (error: unknown) => send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
        );
    } else if (message.type === 'guard') {
      guard().then(send, (error: unknown) => send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
    } else if (message.type === 'sample') {
      send(sample());
    } else if (message.type === 'stop') {
      void (async () => {
        await endProfile();
        guarded?.delay.disable();
        await guarded?.server.stop();
        await server.stop();
        await dataSource.destroy();
        await database.stop();
        process.exit(0);
      })();
    }
  });
  send({ type: 'ready', url, databaseUrl: database.url, load, check, rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20) });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  setTimeout(() => process.exit(1), 100);
});
