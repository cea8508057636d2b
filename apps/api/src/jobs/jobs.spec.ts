import { setTimeout as delay } from 'node:timers/promises';
import { loadDemoDataIfEmpty } from '../database/demo-data';
import { MEETING_HORIZON_DAYS, MeetingService } from '../meetings/meeting.service';
import { syncGazetteer } from '../places/place.service';
import { captureOutput } from '../testing/capture-output';
import { startTestDatabase, type TestDatabase } from '../testing/test-api';
import { startJobs, type Jobs, type ScheduledJob } from './jobs';
import { meetingsRollForwardJob } from './meetings-roll-forward.job';

const DAY_MS = 24 * 60 * 60 * 1000;
/** When the demo data was loaded and its meetings expanded. */
const LOADED_AT = new Date('2027-03-01T09:00:00Z');
/** The runners' clock: two weeks on, so the meetings of those two weeks are past. */
const ROLLED_AT = new Date(LOADED_AT.getTime() + 14 * DAY_MS);
const POLLING_INTERVAL_SECONDS = 0.5;

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await delay(50);
  }
}

describe('jobs on the PostgreSQL queue', () => {
  let db: TestDatabase;
  const runners: Jobs[] = [];
  /** Which runner ran each run of the roll-forward. */
  let runs: string[];

  /** An API process's job runner: the real roll-forward job, noting who ran it. */
  async function startRunner(name: string): Promise<Jobs> {
    const job: ScheduledJob = {
      ...meetingsRollForwardJob,
      run: async (context) => {
        runs.push(name);
        await meetingsRollForwardJob.run(context);
      },
    };
    const runner = await startJobs({ url: db.database.url, dataSource: db.dataSource, jobs: [job], pollingIntervalSeconds: POLLING_INTERVAL_SECONDS, now: () => ROLLED_AT });
    runners.push(runner);
    return runner;
  }

  async function queuedRuns(state?: string): Promise<number> {
    const [row] = await db.dataSource.query(`SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1 AND ($2::text IS NULL OR state::text = $2)`, [
      meetingsRollForwardJob.name,
      state ?? null,
    ]);
    return row.count;
  }

  async function meetingsEndedBefore(time: Date): Promise<number> {
    const [row] = await db.dataSource.query(`SELECT count(*)::int AS count FROM meetings WHERE ends_at < $1`, [time]);
    return row.count;
  }

  /** Groups whose next meeting is not the first coming one in the meetings table. */
  async function nextMeetingsAmiss(from: Date): Promise<number> {
    const [row] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM groups g
        WHERE g.next_meeting_at IS DISTINCT FROM (SELECT min(m.starts_at) FROM meetings m WHERE m.group_id = g.id AND m.status <> 'CANCELLED' AND m.starts_at >= $1)`,
      [from],
    );
    return row.count;
  }

  async function groupsWithNextMeetingBefore(time: Date): Promise<number> {
    const [row] = await db.dataSource.query(`SELECT count(*)::int AS count FROM groups WHERE next_meeting_at < $1`, [time]);
    return row.count;
  }

  beforeAll(async () => {
    db = await startTestDatabase();
    await syncGazetteer(db.dataSource);
    await loadDemoDataIfEmpty(db.dataSource, LOADED_AT);
  });

  beforeEach(async () => {
    runs = [];
    await new MeetingService(db.dataSource).refresh(undefined, LOADED_AT);
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    // Each test starts with an empty queue (the schema exists once the first runner started).
    await db.dataSource.query(`TRUNCATE pgboss.job, pgboss.archive`);
  });

  afterAll(async () => {
    await db.stop();
  });

  it('runs the schedule’s due run once with two runners on one database, and rolls the meetings forward to its clock', async () => {
    const [first, second] = [await startRunner('first'), await startRunner('second')];
    expect(await meetingsEndedBefore(new Date(ROLLED_AT.getTime() - DAY_MS))).toBeGreaterThan(0);
    expect(await groupsWithNextMeetingBefore(ROLLED_AT)).toBeGreaterThan(0);

    // Both processes send the day's run, as pg-boss's clock does when the cron is due (and each process at start): one is kept.
    const sent = await Promise.all([first.sendScheduledRun(meetingsRollForwardJob), second.sendScheduledRun(meetingsRollForwardJob)]);
    expect(sent.filter(Boolean)).toHaveLength(1);
    await until(async () => (await queuedRuns('completed')) === 1);
    // Both workers poll a few more times: nothing else runs.
    await delay(4 * POLLING_INTERVAL_SECONDS * 1000);
    expect(runs).toHaveLength(1);
    expect(await queuedRuns()).toBe(1);
    // The period's run is not sent again once it has run.
    expect(await second.sendScheduledRun(meetingsRollForwardJob)).toBe(false);

    // The meetings reach 92 days from the runner's clock; those over for a day are gone.
    expect(await meetingsEndedBefore(new Date(ROLLED_AT.getTime() - DAY_MS))).toBe(0);
    expect(await groupsWithNextMeetingBefore(ROLLED_AT)).toBe(0);
    const [window] = await db.dataSource.query(`SELECT min(starts_at) AS first, max(starts_at) AS last FROM meetings`);
    expect(window.last.getTime()).toBeGreaterThan(LOADED_AT.getTime() + MEETING_HORIZON_DAYS * DAY_MS);
    expect(window.last.getTime()).toBeLessThan(ROLLED_AT.getTime() + MEETING_HORIZON_DAYS * DAY_MS);
    expect(await nextMeetingsAmiss(ROLLED_AT)).toBe(0);
  });

  it('keeps the daily schedule in the queue, sending the run sent above', async () => {
    await startRunner('first');
    const schedules = await db.dataSource.query(`SELECT name, cron, timezone, options FROM pgboss.schedule WHERE name = $1`, [meetingsRollForwardJob.name]);
    expect(schedules).toEqual([
      {
        name: 'meetings-roll-forward',
        cron: '15 2 * * *',
        timezone: 'UTC',
        options: { singletonKey: 'meetings-roll-forward', singletonSeconds: 86_400, expireInSeconds: 7200, retryLimit: 2, retryDelay: 5 },
      },
    ]);
  });

  it('expands every group on its first run on a database whose meetings were never expanded', async () => {
    await db.dataSource.query(`DELETE FROM meetings`);
    await db.dataSource.query(`UPDATE groups SET next_meeting_at = NULL`);
    await db.dataSource.query(`UPDATE meetings_horizon SET expanded_until = NULL`);
    const [first, second] = [await startRunner('first'), await startRunner('second')];
    // As two processes starting on a new database: each sends the day's run and goes on.
    await Promise.all([first.sendScheduledRun(meetingsRollForwardJob), second.sendScheduledRun(meetingsRollForwardJob)]);
    await until(async () => (await queuedRuns('completed')) === 1);
    expect(runs).toHaveLength(1);
    const [window] = await db.dataSource.query(`SELECT count(*)::int AS count, min(starts_at) AS first, max(starts_at) AS last FROM meetings`);
    expect(window.count).toBeGreaterThan(0);
    expect(window.first.getTime()).toBeGreaterThanOrEqual(ROLLED_AT.getTime());
    expect(window.last.getTime()).toBeLessThan(ROLLED_AT.getTime() + MEETING_HORIZON_DAYS * DAY_MS);
    expect(await groupsWithNextMeetingBefore(ROLLED_AT)).toBe(0);
    expect(await nextMeetingsAmiss(ROLLED_AT)).toBe(0);
  });

  it('tells the start-up that its run failed, after trying it three times', async () => {
    const logged = captureOutput();
    const failing: ScheduledJob = {
      ...meetingsRollForwardJob,
      name: 'always-failing',
      run: async () => {
        runs.push('failing');
        throw new Error('the database is gone');
      },
    };
    try {
      const runner = await startJobs({ url: db.database.url, dataSource: db.dataSource, jobs: [failing], pollingIntervalSeconds: POLLING_INTERVAL_SECONDS });
      runners.push(runner);
      await expect(runner.run(failing)).rejects.toThrow('The job always-failing failed');
      expect(runs).toEqual(['failing', 'failing', 'failing']);
      expect(logged.text()).toContain('"job":"always-failing","error":"the database is gone","msg":"a job failed"');
    } finally {
      logged.stop();
    }
  });

  it('lets a running job finish when it stops', async () => {
    let finished = false;
    const slow: ScheduledJob = {
      ...meetingsRollForwardJob,
      run: async () => {
        runs.push('slow');
        await delay(1000);
        finished = true;
      },
    };
    const runner = await startJobs({ url: db.database.url, dataSource: db.dataSource, jobs: [slow], pollingIntervalSeconds: POLLING_INTERVAL_SECONDS });
    await runner.sendScheduledRun(slow);
    await until(async () => runs.length === 1);
    await runner.stop();
    expect(finished).toBe(true);
    expect(await queuedRuns('completed')).toBe(1);
  });
});
