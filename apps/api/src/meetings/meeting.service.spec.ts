import fc from 'fast-check';
import { setTimeout as delay } from 'node:timers/promises';
import { Temporal, meetingsBetween, validateSchedule, type Schedule } from '@groupfinder/domain';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { createDataSource } from '../database/data-source';
import { loadDemoDataIfEmpty } from '../database/demo-data';
import { syncGazetteer } from '../places/place.service';
import { beginUnitOfWork } from '../server/unit-of-work';
import { startTestDatabase, type TestDatabase } from '../testing/test-api';
import { MeetingService, horizonEnd } from './meeting.service';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** The demo data is loaded at this instant. Its horizon ends on 28 October, three days before summer time ends. */
const LOADED_AT = new Date('2027-07-28T09:00:00Z');
/**
 * The daily job's runs after it: on consecutive nights, then after two nights without a run (the
 * server was down), then a second run an hour later the same night (a process starting).
 */
const RUNS = ['2027-07-29T02:15:00Z', '2027-07-30T02:15:00Z', '2027-07-31T02:15:00Z', '2027-08-03T02:15:00Z', '2027-08-04T02:15:00Z', '2027-08-04T03:15:00Z', '2027-08-05T02:15:00Z'].map(
  (instant) => new Date(instant),
);
/** Small batches, so that every run crosses batch boundaries. */
const BATCH_SIZE = 7;

const schedule = (fields: Partial<Schedule> & Pick<Schedule, 'start' | 'rrule'>): Schedule => ({
  timeZone: 'Europe/Copenhagen',
  durationMinutes: 90,
  exdates: [],
  rdates: [],
  moves: [],
  pauses: [],
  ...fields,
});

/**
 * Schedules whose meetings change where the horizon's end passes during the runs (28 October to
 * 5 November 2027), written by hand.
 */
const TRICKY: Record<string, Schedule> = {
  // A Thursday meeting beyond the first horizon moved back into it, and one inside moved out beyond it.
  'moved-into-and-out-of-the-window': schedule({
    start: '2027-01-07T19:00',
    rrule: 'FREQ=WEEKLY;BYDAY=TH',
    moves: [
      { from: '2027-11-04T19:00', to: '2027-10-26T19:00' },
      { from: '2027-10-21T19:00', to: '2027-11-02T18:00' },
    ],
  }),
  // Moved from just after the first horizon's end to just before it, on the day it ends.
  'moved-across-the-edge': schedule({ start: '2027-01-06T10:00', rrule: 'FREQ=WEEKLY;BYDAY=WE', moves: [{ from: '2027-11-03T10:00', to: '2027-10-28T08:00' }] }),
  'paused-in-the-new-days': schedule({ start: '2027-01-04T10:00', rrule: 'FREQ=WEEKLY;BYDAY=MO', pauses: [{ from: '2027-10-30', until: '2027-11-03', reason: { en: 'Autumn break' } }] }),
  'cancelled-and-extra': schedule({ start: '2027-01-06T18:00', rrule: 'FREQ=WEEKLY;BYDAY=WE', exdates: ['2027-11-03T18:00', '2027-10-27T18:00'], rdates: ['2027-10-30T11:00'] }),
  // Cancelled and moved: stays cancelled at its time. Another moved onto a cancelled one: takes its place.
  'cancelled-moved-and-moved-onto-cancelled': schedule({
    start: '2027-01-05T17:00',
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    exdates: ['2027-11-02T17:00', '2027-10-26T17:00'],
    moves: [
      { from: '2027-11-02T17:00', to: '2027-11-01T17:00' },
      { from: '2027-10-19T17:00', to: '2027-10-26T17:00' },
    ],
  }),
  // Ends at its 22nd meeting, 29 October, as the horizon passes.
  'count-ending-at-the-edge': schedule({ start: '2027-06-04T17:00', rrule: 'FREQ=WEEKLY;BYDAY=FR;COUNT=22' }),
  // Five evenings from the first night: the next meeting moves every night, then there is none.
  'five-evenings-now': schedule({ start: '2027-07-29T20:00', durationMinutes: 60, rrule: 'FREQ=DAILY;COUNT=5' }),
  'until-a-date-at-the-edge': schedule({ start: '2027-01-03T14:00', rrule: 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20271031' }),
  'a-single-meeting-in-the-new-days': schedule({ start: '2027-10-30T12:00', rrule: null }),
  // 02:30 happens twice on 31 October in Copenhagen, 01:30 in London: the first of each.
  'nightly-across-the-end-of-summer-time': schedule({ start: '2027-10-20T02:30', durationMinutes: 120, rrule: 'FREQ=DAILY' }),
  'london-sundays-across-the-end-of-summer-time': schedule({ timeZone: 'Europe/London', start: '2027-01-03T01:30', rrule: 'FREQ=WEEKLY;BYDAY=SU' }),
  'last-tuesday-of-the-month': schedule({ timeZone: 'Europe/Warsaw', start: '2027-01-26T18:00', rrule: 'FREQ=MONTHLY;BYDAY=-1TU' }),
  'every-other-week-from-oslo': schedule({ timeZone: 'Europe/Oslo', start: '2027-01-07T18:30', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH' }),
  'no-schedule': schedule({ start: '2027-01-01T10:00', rrule: null, durationMinutes: 60 }),
  // At 02:15 UTC in summer time: on the instant the horizon ends (runs at 02:15 UTC, 92 days on), and in its first hour after.
  'daily-at-the-edge': schedule({ start: '2027-10-01T04:15', durationMinutes: 30, rrule: 'FREQ=DAILY' }),
  'daily-just-after-the-edge': schedule({ timeZone: 'UTC', start: '2027-10-01T02:45', durationMinutes: 30, rrule: 'FREQ=DAILY' }),
};

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * Random schedules (fast-check, seeded) whose cancellations, moves, extra meetings and breaks fall
 * on real meetings around the nights the job runs and the days the horizon's end passes. Only
 * schedules validateSchedule accepts, as stored ones are.
 */
function randomSchedules(count: number): Schedule[] {
  const shapes = fc.sample(
    fc.record({
      timeZone: fc.constantFrom('Europe/Copenhagen', 'Europe/Stockholm', 'Europe/Oslo', 'Europe/Warsaw', 'Europe/London', 'UTC'),
      startDay: fc.integer({ min: 0, max: 160 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.constantFrom(0, 15, 30, 45),
      durationMinutes: fc.constantFrom(30, 60, 90, 120, 600),
      kind: fc.constantFrom('WEEKLY', 'DAILY', 'MONTHLY_NTH', 'MONTHLY_LAST', 'SINGLE'),
      interval: fc.integer({ min: 1, max: 3 }),
      end: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 40 }).map((n) => `;COUNT=${n}`), fc.integer({ min: 60, max: 200 }).map((days) => `;UNTIL=${localDate(days)}`)),
      exceptions: fc.array(
        fc.record({ kind: fc.constantFrom('EXDATE', 'MOVE', 'RDATE', 'PAUSE'), pick: fc.nat(), shiftHours: fc.integer({ min: -80, max: 80 }) }),
        { maxLength: 8 },
      ),
    }),
    { seed: 20_271_028, numRuns: count * 3 },
  );
  const schedules: Schedule[] = [];
  for (const shape of shapes) {
    const start = Temporal.PlainDate.from('2027-06-01').add({ days: shape.startDay });
    const weekday = WEEKDAY_CODES[start.dayOfWeek - 1] as string;
    const startOn = (date: Temporal.PlainDate) => `${date.toString()}T${pad(shape.hour)}:${pad(shape.minute)}`;
    let base: Schedule;
    if (shape.kind === 'SINGLE') base = schedule({ timeZone: shape.timeZone, start: startOn(start), rrule: null, durationMinutes: shape.durationMinutes });
    else if (shape.kind === 'MONTHLY_LAST') {
      // The last such weekday of the start's month.
      const last = start.with({ day: start.daysInMonth });
      const day = last.subtract({ days: (last.dayOfWeek - start.dayOfWeek + 7) % 7 });
      base = schedule({ timeZone: shape.timeZone, start: startOn(day), rrule: `FREQ=MONTHLY;INTERVAL=${shape.interval};BYDAY=-1${weekday}${shape.end}`, durationMinutes: shape.durationMinutes });
    } else {
      const rule =
        shape.kind === 'WEEKLY'
          ? `FREQ=WEEKLY;INTERVAL=${shape.interval};BYDAY=${weekday}`
          : shape.kind === 'DAILY'
            ? `FREQ=DAILY;INTERVAL=${shape.interval}`
            : `FREQ=MONTHLY;INTERVAL=${shape.interval};BYDAY=${Math.min(4, Math.ceil(start.day / 7))}${weekday}`;
      const day = shape.kind === 'MONTHLY_NTH' && start.day > 28 ? start.subtract({ days: 7 }) : start;
      base = schedule({ timeZone: shape.timeZone, start: startOn(day), rrule: `${rule}${shape.end}`, durationMinutes: shape.durationMinutes });
    }
    if (validateSchedule(base).length > 0) continue;
    // Exceptions on the meetings of the weeks that matter, each kept only when the schedule stays valid.
    const meetings = meetingsBetween(base, new Date('2027-07-25T00:00:00Z'), new Date('2027-11-12T00:00:00Z')).map((meeting) => meeting.start.slice(0, 16));
    let current = base;
    for (const exception of shape.exceptions) {
      const at = meetings[exception.pick % Math.max(1, meetings.length)];
      if (!at) break;
      const shifted = Temporal.PlainDateTime.from(at).add({ hours: exception.shiftHours }).toString({ smallestUnit: 'minute' });
      const candidate: Schedule =
        exception.kind === 'EXDATE'
          ? { ...current, exdates: [...current.exdates, at] }
          : exception.kind === 'MOVE'
            ? { ...current, moves: [...current.moves, { from: at, to: shifted }] }
            : exception.kind === 'RDATE'
              ? { ...current, rdates: [...current.rdates, shifted] }
              : { ...current, pauses: [...current.pauses, { from: at.slice(0, 10), until: Temporal.PlainDate.from(at.slice(0, 10)).add({ days: Math.abs(exception.shiftHours) % 10 }).toString(), reason: {} }] };
      if (validateSchedule(candidate).length === 0) current = candidate;
    }
    schedules.push(current);
    if (schedules.length === count) break;
  }
  return schedules;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** 'YYYYMMDD', `days` after 1 June 2027. */
function localDate(days: number): string {
  return Temporal.PlainDate.from('2027-06-01').add({ days }).toString().replaceAll('-', '');
}

/** Adds a group as a copy of a demo group straight in the table, with its own slug and schedule; its meetings are not expanded. */
async function addGroup(dataSource: DataSource, slug: string, groupSchedule: Schedule | null): Promise<void> {
  const rows: { column_name: string }[] = await dataSource.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'groups' AND is_generated = 'NEVER'
        AND column_name NOT IN ('id', 'slug', 'schedule', 'next_meeting_at', 'country', 'created_at', 'updated_at')`,
  );
  const columns = rows.map((row) => `"${row.column_name}"`);
  await dataSource.query(
    `INSERT INTO groups (id, slug, schedule, ${columns.join(', ')})
     SELECT gen_random_uuid(), $1, $2, ${columns.map((column) => `g.${column}`).join(', ')} FROM groups g WHERE g.slug = 'smart-recovery-soborg-mandag'`,
    [slug, groupSchedule === null ? null : JSON.stringify(groupSchedule)],
  );
}

/** The coming meetings (from `from`) of every group, by its slug, and every group's next meeting. */
async function coming(dataSource: DataSource, from: Date, slugs?: string[]): Promise<{ meetings: string[]; next: string[] }> {
  const meetings: { row: string }[] = await dataSource.query(
    `SELECT concat_ws(' ', g.slug, to_char(m.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI'), to_char(m.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI'),
                      m.local_weekday, m.local_minute, m.status) AS row
       FROM meetings m JOIN groups g ON g.id = m.group_id
      WHERE m.starts_at >= $1 AND ($2::text[] IS NULL OR g.slug = ANY($2))
      ORDER BY g.slug, m.starts_at`,
    [from, slugs ?? null],
  );
  const next: { row: string }[] = await dataSource.query(
    `SELECT concat_ws(' ', slug, coalesce(to_char(next_meeting_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI'), 'none')) AS row
       FROM groups WHERE $1::text[] IS NULL OR slug = ANY($1) ORDER BY slug`,
    [slugs ?? null],
  );
  return { meetings: meetings.map(({ row }) => row), next: next.map(({ row }) => row) };
}

async function horizonRow(dataSource: DataSource): Promise<{ expanded_until: Date | null; rolling_to: Date | null; rolled_through: string | null }> {
  const [row] = await dataSource.query(`SELECT expanded_until, rolling_to, rolled_through FROM meetings_horizon`);
  return row;
}

async function meetingsEndedBefore(dataSource: DataSource, time: Date): Promise<number> {
  const [row] = await dataSource.query(`SELECT count(*)::int AS count FROM meetings WHERE ends_at < $1`, [time]);
  return row.count;
}

/** A fresh database with the demo data loaded at LOADED_AT and the tricky and random groups; no meetings expanded yet. */
async function startDatabaseWithGroups(): Promise<TestDatabase> {
  const db = await startTestDatabase();
  await syncGazetteer(db.dataSource);
  await loadDemoDataIfEmpty(db.dataSource, LOADED_AT, { accounts: false });
  for (const [slug, tricky] of Object.entries(TRICKY)) await addGroup(db.dataSource, `tricky-${slug}`, slug === 'no-schedule' ? null : tricky);
  for (const [index, random] of randomSchedules(30).entries()) await addGroup(db.dataSource, `random-${pad(index)}`, random);
  return db;
}

describe('the meetings table, rolled forward day by day', () => {
  /** Rolled forward by the daily job's roll-forward only (after its first run, which expands everything). */
  let rolled: TestDatabase;
  /** Every group's meetings expanded anew at each run's instant: what the roll-forward must equal. */
  let refreshed: TestDatabase;

  beforeAll(async () => {
    rolled = await startDatabaseWithGroups();
    refreshed = await startDatabaseWithGroups();
  });

  afterAll(async () => {
    await rolled?.stop();
    await refreshed?.stop();
  });

  it('gives exactly the meetings and next meetings of a full refresh, night after night, also after a change and across the end of summer time', async () => {
    const rolledMeetings = new MeetingService(rolled.dataSource, { batchSize: BATCH_SIZE });
    expect((await horizonRow(rolled.dataSource)).expanded_until).toBeNull();
    // The first run on a database never expanded expands every group.
    const first = await rolledMeetings.rollForward(LOADED_AT);
    await new MeetingService(refreshed.dataSource).refresh(undefined, LOADED_AT);
    expect(first).toMatchObject({ completed: true, expandedUntil: horizonEnd(LOADED_AT) });
    expect(first.groups).toBeGreaterThan(50);
    expect(await coming(rolled.dataSource, LOADED_AT)).toEqual(await coming(refreshed.dataSource, LOADED_AT));

    for (const [night, now] of RUNS.entries()) {
      const report = await rolledMeetings.rollForward(now);
      await new MeetingService(refreshed.dataSource).refresh(undefined, now);
      expect(report).toMatchObject({ completed: true, expandedUntil: horizonEnd(now) });
      expect(await horizonRow(rolled.dataSource)).toEqual({ expanded_until: horizonEnd(now), rolling_to: null, rolled_through: null });
      const expected = await coming(refreshed.dataSource, now);
      expect(await coming(rolled.dataSource, now)).toEqual(expected);
      // What is over for more than a day is gone; the rest of the day before stays.
      expect(await meetingsEndedBefore(rolled.dataSource, new Date(now.getTime() - DAY_MS))).toBe(0);

      if (night === 2) {
        // A change in the afternoon: a meeting beyond the horizon's end moved to just before it, and a break.
        const changedAt = new Date(now.getTime() + 12 * HOUR_MS);
        const changed: Schedule = {
          ...(TRICKY['every-other-week-from-oslo'] as Schedule),
          moves: [{ from: '2027-11-11T18:30', to: '2027-10-29T12:00' }],
          pauses: [{ from: '2027-08-05', until: '2027-08-05', reason: {} }],
        };
        for (const db of [rolled, refreshed]) await db.dataSource.query(`UPDATE groups SET schedule = $1 WHERE slug = 'tricky-every-other-week-from-oslo'`, [changed]);
        const [{ id }] = await rolled.dataSource.query(`SELECT id FROM groups WHERE slug = 'tricky-every-other-week-from-oslo'`);
        const [{ id: sameInRefreshed }] = await refreshed.dataSource.query(`SELECT id FROM groups WHERE slug = 'tricky-every-other-week-from-oslo'`);
        await rolledMeetings.refresh([id], changedAt);
        await new MeetingService(refreshed.dataSource).refresh([sameInRefreshed], changedAt);
        const group = ['tricky-every-other-week-from-oslo'];
        expect(await coming(rolled.dataSource, changedAt, group)).toEqual(await coming(refreshed.dataSource, changedAt, group));
        expect((await coming(rolled.dataSource, changedAt, group)).meetings).toContainEqual(expect.stringMatching(/ 2027-10-29T10:00 .* MOVED$/));
      }
      if (night === 3) {
        // A change whose request began two hours before this run: its group must still reach as far as the others.
        const changedAt = new Date(now.getTime() - 2 * HOUR_MS);
        const changed: Schedule = { ...(TRICKY['nightly-across-the-end-of-summer-time'] as Schedule), exdates: ['2027-10-25T02:30'] };
        const slug = 'tricky-nightly-across-the-end-of-summer-time';
        for (const db of [rolled, refreshed]) await db.dataSource.query(`UPDATE groups SET schedule = $1 WHERE slug = $2`, [changed, slug]);
        const [{ id }] = await rolled.dataSource.query(`SELECT id FROM groups WHERE slug = $1`, [slug]);
        await rolledMeetings.refresh([id], changedAt);
        const [{ last }] = await rolled.dataSource.query(`SELECT max(m.starts_at) AS last FROM meetings m JOIN groups g ON g.id = m.group_id WHERE g.slug = $1`, [slug]);
        // 02:30 in Copenhagen on 3 November, within the table's horizon but after the change's own.
        expect(last).toEqual(new Date('2027-11-03T01:30:00Z'));
      }
    }
    // The runs did meet what they were written for.
    const last = await coming(rolled.dataSource, RUNS.at(-1) as Date);
    for (const status of ['SCHEDULED', 'CANCELLED', 'MOVED']) expect(last.meetings.some((row) => row.endsWith(` ${status}`))).toBe(true);
    expect(last.next).toContain('tricky-five-evenings-now none');
    expect(last.meetings.filter((row) => row.startsWith('tricky-nightly-across-the-end-of-summer-time ')).map((row) => row.split(' ')[1])).toEqual(
      expect.arrayContaining(['2027-10-31T00:30', '2027-11-01T01:30']),
    );
  });

  it('moves on, hour by hour between the nightly runs, every group whose next meeting has begun, to the first coming one in the table', async () => {
    // The evening after the last night's run: many groups' next meetings of the day have begun.
    const evening = new Date((RUNS.at(-1) as Date).getTime() + 19 * HOUR_MS);
    const amiss = async () => {
      const [row] = await rolled.dataSource.query(
        `SELECT count(*)::int AS count FROM groups g WHERE g.next_meeting_at IS DISTINCT FROM (
           SELECT min(m.starts_at) FROM meetings m WHERE m.group_id = g.id AND m.status <> 'CANCELLED' AND m.starts_at >= $1 AND m.starts_at < $2)`,
        [evening, horizonEnd(evening)],
      );
      return row.count as number;
    };
    const before = await amiss();
    expect(before).toBeGreaterThan(2);
    // Batches of two, so that the run crosses batch boundaries.
    const moved = await new MeetingService(rolled.dataSource, { batchSize: 2 }).advanceNextMeetings(evening);
    expect(moved).toBe(before);
    expect(await amiss()).toBe(0);
  });

  it('leaves the same table when two runs work at once (a run that outlived its expiry, and the next), one of them giving way', async () => {
    const now = new Date('2027-08-09T02:15:00Z');
    const reports = await Promise.all([
      new MeetingService(rolled.dataSource, { batchSize: BATCH_SIZE }).rollForward(now),
      new MeetingService(rolled.dataSource, { batchSize: BATCH_SIZE + 4 }).rollForward(now),
    ]);
    await new MeetingService(refreshed.dataSource).refresh(undefined, now);
    expect(reports.some((report) => report.completed)).toBe(true);
    expect(await horizonRow(rolled.dataSource)).toEqual({ expanded_until: horizonEnd(now), rolling_to: null, rolled_through: null });
    expect(await coming(rolled.dataSource, now)).toEqual(await coming(refreshed.dataSource, now));
  });

  it('finishes a run that stopped half-way (its process ended) where it stopped', async () => {
    const now = new Date('2027-08-10T02:15:00Z');
    // Another process's connections to the same database, ended while its run is under way.
    const other = createDataSource(rolled.database.url);
    await other.initialize();
    const stopped = new MeetingService(other, { batchSize: 2 }).rollForward(now);
    const failed = expect(stopped).rejects.toThrow();
    while ((await horizonRow(rolled.dataSource)).rolled_through === null) await delay(5);
    await other.destroy();
    await failed;
    expect(await horizonRow(rolled.dataSource)).toMatchObject({ rolling_to: horizonEnd(now), rolled_through: expect.any(String) });

    const report = await new MeetingService(rolled.dataSource, { batchSize: BATCH_SIZE }).rollForward(now);
    await new MeetingService(refreshed.dataSource).refresh(undefined, now);
    expect(report).toMatchObject({ completed: true, expandedUntil: horizonEnd(now) });
    // Only the groups after the last batch written.
    expect(report.groups).toBeLessThan(await groupCount(rolled.dataSource));
    expect(await horizonRow(rolled.dataSource)).toEqual({ expanded_until: horizonEnd(now), rolling_to: null, rolled_through: null });
    expect(await coming(rolled.dataSource, now)).toEqual(await coming(refreshed.dataSource, now));
  });

  it('expands a changed group at once inside the change’s transaction, under the app’s role', async () => {
    const now = new Date('2027-08-10T14:00:00Z');
    const slug = 'tricky-last-tuesday-of-the-month';
    const [{ id }] = await rolled.dataSource.query(`SELECT id FROM groups WHERE slug = $1`, [slug]);
    const changed = { ...TRICKY['last-tuesday-of-the-month'], exdates: ['2027-08-31T18:00'] };
    for (const db of [rolled, refreshed]) await db.dataSource.query(`UPDATE groups SET schedule = $2 WHERE slug = $1`, [slug, changed]);
    const work = await beginUnitOfWork(rolled.dataSource);
    try {
      const scope = { platformAdmin: true, organisationIds: [], unitIds: [], groupIds: [], municipalityIds: [] };
      await work.setViewer({ userId: '00000000-0000-4000-8000-000000000001', sessionId: 'test', secondFactor: true, scope });
      const [{ role }] = await work.db.query(`SELECT current_user AS role`);
      expect(role).toBe('groupfinder_app');
      await new MeetingService(rolled.dataSource).refresh([id], now, work.db);
      await work.finish('commit');
    } catch (error) {
      await work.finish('rollback');
      throw error;
    }
    const { meetings, next } = await coming(rolled.dataSource, now, [slug]);
    // 18:00 in Warsaw, summer time until 31 October.
    expect(meetings.map((row) => `${row.split(' ')[1]} ${row.split(' ').at(-1)}`)).toEqual(['2027-08-31T16:00 CANCELLED', '2027-09-28T16:00 SCHEDULED', '2027-10-26T16:00 SCHEDULED']);
    expect(next).toEqual([`${slug} 2027-09-28T16:00`]);
  });

  // On PGlite one transaction runs at a time: a change holding a row while a run waits cannot happen there.
  (loadConfig().databaseUrl ? it : it.skip)('lets a change that holds a group’s row finish while the run waits for it, without a deadlock (PostgreSQL)', async () => {
    const now = new Date('2027-08-11T02:15:00Z');
    const slug = 'tricky-cancelled-and-extra';
    const change = rolled.dataSource.createQueryRunner();
    await change.connect();
    await change.startTransaction();
    let runFinished = false;
    try {
      // A new slug takes the group's strongest row lock (the slug is unique), as deleting it would.
      const [[{ id }]] = await change.query(`UPDATE groups SET slug = $2 WHERE slug = $1 RETURNING id`, [slug, `${slug}-renamed`]);
      const run = new MeetingService(rolled.dataSource, { batchSize: BATCH_SIZE }).rollForward(now);
      void run.then(() => (runFinished = true));
      await delay(1000);
      expect(runFinished).toBe(false);
      // The change expands its group while the run waits for the row (and holds nothing the change needs).
      await new MeetingService(rolled.dataSource).refresh([id], now, change.manager);
      await change.commitTransaction();
      expect(await run).toMatchObject({ completed: true, expandedUntil: horizonEnd(now) });
    } finally {
      if (change.isTransactionActive) await change.rollbackTransaction();
      await change.release();
    }
    await refreshed.dataSource.query(`UPDATE groups SET slug = $2 WHERE slug = $1`, [slug, `${slug}-renamed`]);
    await new MeetingService(refreshed.dataSource).refresh(undefined, now);
    expect(await coming(rolled.dataSource, now)).toEqual(await coming(refreshed.dataSource, now));
  });
});

async function groupCount(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query(`SELECT count(*)::int AS count FROM groups`);
  return row.count;
}
