import { setTimeout as delay } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { retentionJob } from '../joining/retention.job';
import { logger } from '../kernel/logger';
import { meetingsRollForwardJob, nextMeetingsJob } from './meetings-roll-forward.job';
import { openQueueDatabase } from './queue-database';

const log = logger('jobs');

export interface JobContext {
  dataSource: DataSource;
  /** The time the run works from: the runner's clock. */
  now: Date;
}

/** Work done on a schedule through the PostgreSQL queue: one run at a time, however many API processes there are. */
export interface ScheduledJob {
  /** The queue's name, and the key that keeps its runs one at a time. */
  name: string;
  /** When a run is due (cron, UTC). */
  cron: string;
  /** The schedule's runs: at most one per period, however many processes send it. */
  periodSeconds: number;
  /** How long a run may take before pg-boss fails it and lets the next one start. */
  expireInSeconds: number;
  run(context: JobContext): Promise<void>;
}

/** Every job the API runs. */
export const SCHEDULED_JOBS: readonly ScheduledJob[] = [meetingsRollForwardJob, nextMeetingsJob, retentionJob];

/**
 * What a job sent for one piece of work carries: ids, nothing else. Its data stays in pg-boss's
 * tables (and their archive) for weeks, beyond the reach of the retention job, so no name,
 * address or text may ever be in it: send refuses anything but UUIDs.
 */
export type QueuedJobData = Readonly<Record<string, string>>;

/** How a queued job is sent: the queue's name and how often a failed run is tried again. */
export interface QueuedJobOptions {
  name: string;
  /** How long a run may take before pg-boss fails it (and tries again). */
  expireInSeconds: number;
  /** Runs after the first failed one… */
  retryLimit: number;
  /** … the first after about this long, each next one after about twice as long as the one before. */
  retryDelaySeconds: number;
}

export interface QueuedJobContext extends JobContext {
  /** This is the last run: when it fails, nothing tries again. */
  lastAttempt: boolean;
}

/** Work sent one piece at a time (Jobs.send) and done by whichever process takes it first. */
export interface QueuedJob<Data extends QueuedJobData = QueuedJobData> extends QueuedJobOptions {
  work(context: QueuedJobContext, data: Data): Promise<void>;
}

/** What services send work to the queue with. */
export interface JobSender {
  /**
   * Queues a run of the job with `data` (UUIDs only). With `within`, the job is written in that
   * transaction: it is queued when, and only when, the transaction commits (written as the
   * database owner: the queue's tables belong to it). With `afterSeconds`, it runs that long after
   * it was queued at the earliest.
   */
  send<Data extends QueuedJobData>(job: QueuedJobOptions, data: Data, options?: { within?: EntityManager; afterSeconds?: number }): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface JobsOptions {
  /** The database the queue lives in (PGlite's socket URL or DATABASE_URL); pg-boss keeps its tables in the schema `pgboss`. */
  url: string;
  /** What the jobs work on. */
  dataSource: DataSource;
  /** The jobs to schedule and work: all of them unless given. */
  jobs?: readonly ScheduledJob[];
  /** The jobs sent one piece at a time (Jobs.send) that this process works; none unless given. */
  queued?: readonly QueuedJob[];
  /** How often an idle worker asks the queue for work (at least 0.5). */
  pollingIntervalSeconds?: number;
  /** The clock the runs read; tests set it. */
  now?: () => Date;
}

export interface Jobs extends JobSender {
  /**
   * Runs a job now and waits for it. Processes asking in the same clock minute (starting
   * together) share one run. Rejects when the run failed after its retries; stops waiting after
   * `waitSeconds` with a warning and leaves the run queued (a run left active by a crashed
   * process holds the queue until it expires).
   */
  run(job: ScheduledJob, options?: { waitSeconds?: number }): Promise<void>;
  /** Sends the run the job's schedule sends when due; false when this period's run was sent already. */
  sendScheduledRun(job: ScheduledJob): Promise<boolean>;
  /** Takes no more work, lets a running job finish (30 s at most), closes the queue's connections. */
  stop(): Promise<void>;
  /** Runs waiting in each job's queue, not yet started (the metrics' queue depth). */
  queueSizes(): Promise<Record<string, number>>;
}

/** Runs asked for now (at start) in the same minute are one run. */
const RUN_NOW_SLOT_SECONDS = 60;

/** pg-boss's default: finished runs move to its archive after 12 hours. */
const PG_BOSS_ARCHIVE_SECONDS = 12 * 60 * 60;

// Fields pg-boss stores with a schedule and inserts as they are, so only the names its insert knows.
function runOptions(job: ScheduledJob) {
  return { singletonKey: job.name, expireInSeconds: job.expireInSeconds, retryLimit: 2, retryDelay: 5 };
}

function scheduledRunOptions(job: ScheduledJob) {
  return { ...runOptions(job), singletonSeconds: job.periodSeconds };
}

function queuedRunOptions(job: QueuedJobOptions) {
  return { expireInSeconds: job.expireInSeconds, retryLimit: job.retryLimit, retryDelay: job.retryDelaySeconds, retryBackoff: true };
}

/** pg-boss's database calls through a transaction of the app's (TypeORM returns an INSERT's rows as they are). */
function withinTransaction(manager: EntityManager) {
  return { executeSql: async (text: string, values?: unknown[]) => ({ rows: (await manager.query(text, values)) as unknown[] }) };
}

/**
 * Starts the job queue (pg-boss) on the app's database: creates its schema when missing, keeps each
 * job's schedule, and works the jobs in this process. Every process runs the same; pg-boss lets
 * one of them send each due run, the throttle key drops a second send in the same period, and the
 * `stately` queue policy keeps runs of a job from overlapping.
 */
export async function startJobs(options: JobsOptions): Promise<Jobs> {
  const jobs = options.jobs ?? SCHEDULED_JOBS;
  const now = options.now ?? (() => new Date());
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 5;
  const logError = (error: Error) => log.error('the job queue failed', { error: error.message });
  const database = openQueueDatabase({ url: options.url, onError: logError });
  // A finished run stays in the job table (where it keeps its period's slot taken) for at least one period.
  const archiveCompletedAfterSeconds = Math.max(PG_BOSS_ARCHIVE_SECONDS, ...jobs.map((job) => job.periodSeconds));
  const boss = new PgBoss({ db: database, pollingIntervalSeconds, archiveCompletedAfterSeconds });
  boss.on('error', logError);

  const workers = new Map<string, string>();
  try {
    await boss.start();
    for (const job of jobs) {
      await boss.createQueue(job.name, { name: job.name, policy: 'stately' });
      await boss.schedule(job.name, job.cron, {}, scheduledRunOptions(job));
      const work = async () => {
        try {
          await job.run({ dataSource: options.dataSource, now: now() });
        } catch (error) {
          log.error('a job failed', { job: job.name, error: error instanceof Error ? error.message : String(error) });
          throw error;
        }
      };
      workers.set(job.name, await boss.work(job.name, { pollingIntervalSeconds, batchSize: 1 }, work));
    }
    for (const job of options.queued ?? []) {
      await boss.createQueue(job.name, { name: job.name, policy: 'standard' });
      workers.set(
        job.name,
        await boss.work<QueuedJobData>(job.name, { pollingIntervalSeconds, batchSize: 1, includeMetadata: true }, async ([run]) => {
          if (!run) return;
          try {
            await job.work({ dataSource: options.dataSource, now: now(), lastAttempt: run.retryCount >= run.retryLimit }, run.data);
          } catch (error) {
            log.error('a job failed', { job: job.name, error: error instanceof Error ? error.message : String(error) });
            throw error;
          }
        }),
      );
    }
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    await database.close();
    throw error;
  }

  return {
    async run(job, { waitSeconds = 60 } = {}) {
      const worker = workers.get(job.name);
      if (!worker) throw new Error(`No worker for the job ${job.name}`);
      const id = await boss.send(job.name, {}, { ...runOptions(job), singletonSeconds: RUN_NOW_SLOT_SECONDS });
      // Our worker takes it now instead of at its next poll.
      boss.notifyWorker(worker);
      const deadline = Date.now() + waitSeconds * 1000;
      while (Date.now() < deadline) {
        if (id) {
          const state = (await boss.getJobById(job.name, id, { includeArchive: true }))?.state;
          if (state === 'failed') throw new Error(`The job ${job.name} failed`);
          if (state === 'completed' || state === 'cancelled' || state === undefined) return;
        } else if ((await boss.getQueueSize(job.name, { before: 'completed' })) === 0) {
          // Joined another process's run: it has finished (or failed, which its worker logged).
          return;
        }
        await delay(100);
      }
      log.warn('a job is still queued; going on without waiting', { job: job.name, waitSeconds });
    },
    async send(job, data, { within, afterSeconds = 0 } = {}) {
      if (!Object.values(data).every((value) => UUID.test(value))) throw new TypeError(`A run of ${job.name} carries ids only`);
      await boss.send(job.name, data, { ...queuedRunOptions(job), ...(afterSeconds > 0 ? { startAfter: afterSeconds } : {}), ...(within ? { db: withinTransaction(within) } : {}) });
      const worker = workers.get(job.name);
      // Our worker takes it at once instead of at its next poll (after the commit, when it was sent within a transaction: it looks again then).
      if (worker && !within && afterSeconds === 0) boss.notifyWorker(worker);
    },
    async sendScheduledRun(job) {
      return (await boss.send(job.name, {}, scheduledRunOptions(job))) !== null;
    },
    async queueSizes() {
      return Object.fromEntries(await Promise.all([...jobs, ...(options.queued ?? [])].map(async (job) => [job.name, await boss.getQueueSize(job.name)] as const)));
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 30_000, wait: true });
      await database.close();
    },
  };
}
