import { setTimeout as delay } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
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
export const SCHEDULED_JOBS: readonly ScheduledJob[] = [meetingsRollForwardJob, nextMeetingsJob];

export interface JobsOptions {
  /** The database the queue lives in (PGlite's socket URL or DATABASE_URL); pg-boss keeps its tables in the schema `pgboss`. */
  url: string;
  /** What the jobs work on. */
  dataSource: DataSource;
  /** The jobs to schedule and work: all of them unless given. */
  jobs?: readonly ScheduledJob[];
  /** How often an idle worker asks the queue for work (at least 0.5). */
  pollingIntervalSeconds?: number;
  /** The clock the runs read; tests set it. */
  now?: () => Date;
}

export interface Jobs {
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
    async sendScheduledRun(job) {
      return (await boss.send(job.name, {}, scheduledRunOptions(job))) !== null;
    },
    async queueSizes() {
      return Object.fromEntries(await Promise.all(jobs.map(async (job) => [job.name, await boss.getQueueSize(job.name)] as const)));
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 30_000, wait: true });
      await database.close();
    },
  };
}
