import { setTimeout as delay, setImmediate as nextTurn } from 'node:timers/promises';
import { InvalidScheduleError, meetingsBetween, type Meeting, type Schedule } from '@groupfinder/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { logger } from '../kernel/logger';

/** How far ahead meetings are expanded: enough for weekday filters, "starting soon" and the next meeting of monthly groups. */
export const MEETING_HORIZON_DAYS = 92;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A meeting stays in the table until a day after it ended (searches look only at coming ones). */
const KEEP_ENDED_MS = DAY_MS;
/** Meetings per INSERT. */
const INSERT_ROWS = 10_000;
/** Groups expanded between two turns of the event loop: the process serves requests while it rolls forward. */
const EXPAND_SLICE = 50;
/**
 * The transaction-level advisory lock that keeps changes and the roll-forward apart: a change's
 * refresh holds it shared until its transaction ends, each write of a roll-forward holds it alone.
 * Any number no other advisory lock uses.
 */
const MEETINGS_LOCK = 2_026_112_501;
/** The last batch of a pass reaches the last possible id, so that a group made meanwhile is not left out. */
const LAST_ID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
/** PostgreSQL's lock_not_available: FOR … NOWAIT found a row locked. */
const LOCK_NOT_AVAILABLE = '55P03';

/** The local weekday and minute of a meeting, read from its ISO start with offset ("2026-03-30T19:00:00+02:00"). */
export function localSlot(meeting: Meeting): { localWeekday: number; localMinute: number } {
  const [date = '', time = ''] = meeting.start.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { localWeekday: weekday === 0 ? 7 : weekday, localMinute: hour * 60 + minute };
}

/** The end of the horizon seen from `now`. */
export function horizonEnd(now: Date): Date {
  return new Date(now.getTime() + MEETING_HORIZON_DAYS * DAY_MS);
}

/** What a roll-forward did. */
export interface RollForwardReport {
  /** Groups whose schedules were expanded (every group, once per pass over them). */
  groups: number;
  meetingsAdded: number;
  /** Meetings that ended more than a day ago (and, when every group is expanded anew, all replaced ones). */
  meetingsDeleted: number;
  /** Groups whose next meeting changed. */
  nextMeetingsChanged: number;
  /** Where every group's meetings now end (exclusive). */
  expandedUntil: Date | null;
  /** False when another run took over (two at once, after one outlived its job's expiry): this one stopped. */
  completed: boolean;
}

export interface MeetingServiceOptions {
  /** Groups per transaction of a roll-forward: bounds its memory and how long a change may wait for it (default 2,000). */
  batchSize?: number;
  /** Tries of a batch while a group in it is being deleted or re-keyed, 0.2 s apart (default 50). */
  lockAttempts?: number;
}

interface StoredGroup {
  id: string;
  schedule: Schedule | null;
}

interface Expansion {
  id: string;
  meetings: Meeting[];
}

/** How far the meetings table is expanded (the one row of meetings_horizon). */
interface Horizon {
  expandedUntil: Date | null;
  rollingTo: Date | null;
  rolledThrough: string | null;
}

/** One pass over every group, by id, recorded in meetings_horizon while it is under way. */
interface Pass {
  /** Every group's meetings reach this (exclusive) when it is done. */
  until: Date;
  /** Where the groups' meetings end before it, so the pass adds [from, until); null: it replaces all of them, from `now`. */
  from: Date | null;
  now: Date;
  /** The groups up to this id are done; null: none yet. */
  after: string | null;
}

/**
 * The meetings table: every group's meetings of the coming MEETING_HORIZON_DAYS, expanded from its
 * schedule so that SQL can filter and sort on them, and `groups.next_meeting_at`.
 *
 * A change expands its group's meetings anew at once (`refresh(ids)`), in its own transaction. A
 * daily job rolls the horizon forward (`rollForward`): it expands only the days the horizon newly
 * covers, deletes meetings that are over, and moves the next meeting of the groups whose next
 * meeting has passed, in batches of groups so that memory stays bounded. Both give exactly the rows
 * a full expansion from the same `now` gives (a window's meetings are those of its parts).
 *
 * How they keep out of each other's way: each write of the roll-forward holds an advisory lock
 * alone, a refresh holds it shared until its transaction ends. A refresh expands its groups as far
 * as any group reaches (so the next roll-forward finds them like the others), and the roll-forward
 * re-reads each batch under the lock, never waiting for a row lock while holding it (NOWAIT, SKIP
 * LOCKED), so that a change holding a group's row and waiting for the lock cannot deadlock with it.
 */
export class MeetingService {
  private readonly batchSize: number;
  private readonly lockAttempts: number;

  constructor(
    private readonly dataSource: DataSource,
    options: MeetingServiceOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 2000;
    this.lockAttempts = options.lockAttempts ?? 50;
  }

  /**
   * Expands the meetings of the given groups anew, from `now` as far as the table reaches, and
   * stores each one's next meeting that is not cancelled: what a change calls, inside its own
   * transaction (`manager`). Without ids, every group's, in batches, and the table's horizon
   * starts again from `now` (the demo data's load, tests).
   */
  async refresh(groupIds?: string[], now = new Date(), manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!groupIds) {
      await this.expandEveryGroup(now);
      return;
    }
    if (groupIds.length === 0) return;
    await manager.transaction((db) => expandGroups(db, groupIds, now));
  }

  /**
   * The daily work: expands every group's schedule over the days between where the table ends
   * and `now` + the horizon, deletes the meetings that ended over a day ago, and stores the next
   * meeting of the groups whose next meeting has passed (or who had none). A table never expanded
   * (a new database) is expanded whole, in batches; a run that stopped half-way is finished first.
   */
  async rollForward(now = new Date()): Promise<RollForwardReport> {
    const report: RollForwardReport = { groups: 0, meetingsAdded: 0, meetingsDeleted: 0, nextMeetingsChanged: 0, expandedUntil: null, completed: false };
    let horizon = await readHorizon(this.dataSource.manager);
    if (horizon.rollingTo) {
      // The groups after the last one done still end where the table ended before.
      const pass = { until: horizon.rollingTo, from: windowStart(horizon.expandedUntil, now), now, after: horizon.rolledThrough };
      if (!(await this.walk(pass, report))) return report;
      horizon = await readHorizon(this.dataSource.manager);
    }
    const until = horizonEnd(now);
    report.expandedUntil = horizon.expandedUntil;
    if (horizon.expandedUntil && horizon.expandedUntil >= until) {
      report.completed = true;
      return report;
    }
    if (!(await this.begin(until, { unlessUnderWay: true }))) return report;
    report.completed = await this.walk({ until, from: windowStart(horizon.expandedUntil, now), now, after: null }, report);
    return report;
  }

  /**
   * Between the daily roll-forwards: moves the next meeting of every group whose next meeting has
   * begun to its following one, from the meetings table (no schedule is expanded), so that the
   * default sort is never more than a run stale. Groups a change holds are left to that change.
   * Says how many moved.
   */
  async advanceNextMeetings(now = new Date()): Promise<number> {
    let moved = 0;
    for (;;) {
      const ids: string[] = (
        await this.dataSource.query(`SELECT id FROM groups WHERE next_meeting_at < $1 ORDER BY next_meeting_at LIMIT $2`, [now, this.batchSize])
      ).map((row: { id: string }) => row.id);
      if (ids.length === 0) return moved;
      const skipped: string[] = [];
      moved += await this.dataSource.transaction(async (db) => {
        await db.query(`SELECT pg_advisory_xact_lock($1)`, [MEETINGS_LOCK]);
        return updateNextMeetings(db, ids, now, skipped);
      });
      // A batch made only of groups being changed: their changes store their next meetings.
      if (ids.length < this.batchSize || skipped.length === ids.length) return moved;
    }
  }

  /** Every group's meetings anew from `now` over the horizon, in batches; a roll-forward under way stops. */
  private async expandEveryGroup(now: Date): Promise<void> {
    const until = horizonEnd(now);
    await this.begin(until, { unlessUnderWay: false });
    await this.walk({ until, from: null, now, after: null }, { groups: 0, meetingsAdded: 0, meetingsDeleted: 0, nextMeetingsChanged: 0, expandedUntil: null, completed: false });
  }

  /** Records a pass to `until` as under way; false when one is (and `unlessUnderWay`). */
  private async begin(until: Date, { unlessUnderWay }: { unlessUnderWay: boolean }): Promise<boolean> {
    return this.dataSource.transaction(async (db) => {
      // After this commits, every refresh expands as far as `until`.
      await db.query(`SELECT pg_advisory_xact_lock($1)`, [MEETINGS_LOCK]);
      const [, begun] = await db.query(
        `UPDATE meetings_horizon SET rolling_to = $1, rolled_through = NULL ${unlessUnderWay ? 'WHERE rolling_to IS NULL' : ''}`,
        [until],
      );
      return begun === 1;
    });
  }

  /** Goes through the groups by id, a batch at a time, from `pass.after`; false when another run took over. */
  private async walk(pass: Pass, report: RollForwardReport): Promise<boolean> {
    const changing: string[] = [];
    let after = pass.after;
    for (;;) {
      // Read and expand (the slow part) outside any transaction; written under the lock below.
      const groups: StoredGroup[] = await this.dataSource.query(`SELECT id, CASE WHEN archived_at IS NULL THEN schedule END AS schedule FROM groups WHERE ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`, [
        after,
        this.batchSize,
      ]);
      const through = groups.length < this.batchSize ? LAST_ID : (groups[groups.length - 1] as StoredGroup).id;
      const expanded = new Map<string, { schedule: string; meetings: Meeting[] }>();
      for (const [index, group] of groups.entries()) {
        if (index % EXPAND_SLICE === EXPAND_SLICE - 1) await nextTurn();
        expanded.set(group.id, { schedule: JSON.stringify(group.schedule), meetings: meetingsOf(group, pass.from ?? pass.now, pass.until) });
      }
      const written = await this.writeBatch(pass, after, through, expanded, changing);
      if (!written) return false;
      report.groups += written.groups;
      report.meetingsAdded += written.added;
      report.meetingsDeleted += written.deleted;
      report.nextMeetingsChanged += written.nextChanged;
      if (through === LAST_ID) break;
      after = through;
    }
    report.expandedUntil = pass.until;
    if (changing.length > 0) {
      // Groups that were being changed while their batch was written: the change may have left their next meeting alone.
      report.nextMeetingsChanged += await this.dataSource.transaction(async (db) => {
        await db.query(`SELECT pg_advisory_xact_lock($1)`, [MEETINGS_LOCK]);
        return updateNextMeetings(db, [...new Set(changing)], pass.now, []);
      });
    }
    return true;
  }

  /**
   * Writes one batch, the groups in (after, through], in one transaction: its meetings, the
   * ended ones deleted, next meetings, and the pass's progress (the last batch ends the pass).
   * Null when another run has moved the progress on.
   */
  private async writeBatch(
    pass: Pass,
    after: string | null,
    through: string,
    expanded: Map<string, { schedule: string; meetings: Meeting[] }>,
    changing: string[],
  ): Promise<{ groups: number; added: number; deleted: number; nextChanged: number } | null> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(async (db) => {
          await db.query(`SELECT pg_advisory_xact_lock($1)`, [MEETINGS_LOCK]);
          const progress =
            through === LAST_ID
              ? `UPDATE meetings_horizon SET expanded_until = rolling_to, rolling_to = NULL, rolled_through = NULL`
              : `UPDATE meetings_horizon SET rolled_through = $3`;
          const [, moved] = await db.query(`${progress} WHERE rolling_to = $1 AND rolled_through IS NOT DISTINCT FROM $2::uuid`, [
            pass.until,
            after,
            ...(through === LAST_ID ? [] : [through]),
          ]);
          if (moved !== 1) return null;
          // The batch as it is now: groups made or changed since it was read are expanded here. KEY SHARE
          // keeps them from being deleted or re-keyed meanwhile; NOWAIT, since a change holding one may be
          // waiting for the lock held here (the batch is tried again).
          const groups: (StoredGroup & { next_meeting_at: Date | null })[] = await db.query(
            `SELECT id, CASE WHEN archived_at IS NULL THEN schedule END AS schedule, next_meeting_at FROM groups WHERE ($1::uuid IS NULL OR id > $1) AND id <= $2 ORDER BY id FOR KEY SHARE NOWAIT`,
            [after, through],
          );
          const expansions = groups.map((group): Expansion => {
            const read = expanded.get(group.id);
            const meetings = read && read.schedule === JSON.stringify(group.schedule) ? read.meetings : meetingsOf(group, pass.from ?? pass.now, pass.until);
            return { id: group.id, meetings };
          });
          const ids = groups.map((group) => group.id);
          const ended = new Date(pass.now.getTime() - KEEP_ENDED_MS);
          const [, deleted] =
            pass.from === null
              ? await db.query(`DELETE FROM meetings WHERE group_id = ANY($1::uuid[])`, [ids])
              : await db.query(`DELETE FROM meetings WHERE group_id = ANY($1::uuid[]) AND (starts_at >= $2 OR ends_at < $3)`, [ids, pass.from, ended]);
          const added = await insertMeetings(db, expansions);
          // A next meeting still to come stays the next one: the new days lie after it. Others may change.
          const stale = pass.from === null ? ids : groups.filter((group) => group.next_meeting_at === null || group.next_meeting_at < pass.now).map((group) => group.id);
          const nextChanged = await updateNextMeetings(db, stale, pass.now, changing);
          return { groups: groups.length, added, deleted: deleted as number, nextChanged };
        });
      } catch (error) {
        if ((error as { code?: string }).code === LOCK_NOT_AVAILABLE && attempt < this.lockAttempts) {
          await delay(200);
          continue;
        }
        throw error;
      }
    }
  }
}

async function readHorizon(db: EntityManager): Promise<Horizon> {
  const [row]: { expanded_until: Date | null; rolling_to: Date | null; rolled_through: string | null }[] = await db.query(
    `SELECT expanded_until, rolling_to, rolled_through FROM meetings_horizon`,
  );
  if (!row) throw new Error('meetings_horizon has no row: run the migrations');
  return { expandedUntil: row.expanded_until, rollingTo: row.rolling_to, rolledThrough: row.rolled_through };
}

/** Where a pass's new days begin: the table's end, or `now` when that has passed; null when never expanded. */
function windowStart(expandedUntil: Date | null, now: Date): Date | null {
  return expandedUntil && latest(expandedUntil, now);
}

function latest(first: Date, ...others: (Date | null)[]): Date {
  return new Date(Math.max(first.getTime(), ...others.map((date) => date?.getTime() ?? Number.NEGATIVE_INFINITY)));
}

/** A group's meetings that start in [from, until); none for a schedule that cannot be read (logged with the group's id). */
function meetingsOf(group: StoredGroup, from: Date, until: Date): Meeting[] {
  if (!group.schedule || from >= until) return [];
  try {
    return meetingsBetween(group.schedule, from, until);
  } catch (error) {
    if (!(error instanceof InvalidScheduleError)) throw error;
    logger('meetings').error('a schedule cannot be expanded', { groupId: group.id, problem: error.problem.code, at: error.problem.path });
    return [];
  }
}

async function insertMeetings(db: EntityManager, expansions: Expansion[]): Promise<number> {
  const rows = expansions.flatMap(({ id, meetings }) => meetings.map((meeting) => ({ id, meeting, slot: localSlot(meeting) })));
  for (let index = 0; index < rows.length; index += INSERT_ROWS) {
    const chunk = rows.slice(index, index + INSERT_ROWS);
    await db.query(
      `INSERT INTO meetings (group_id, starts_at, ends_at, local_weekday, local_minute, status)
       SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::int2[], $5::int2[], $6::text[])`,
      [
        chunk.map((row) => row.id),
        chunk.map((row) => row.meeting.start),
        chunk.map((row) => row.meeting.end),
        chunk.map((row) => row.slot.localWeekday),
        chunk.map((row) => row.slot.localMinute),
        chunk.map((row) => row.meeting.status),
      ],
    );
  }
  return rows.length;
}

/**
 * Stores the next meeting (not cancelled, within the horizon) of these groups from the meetings
 * table; says how many changed. Groups whose row a change holds are skipped (never waited for:
 * the change may be waiting for the lock the caller holds) and added to `changing`.
 */
async function updateNextMeetings(db: EntityManager, ids: string[], now: Date, changing: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const locked: { id: string }[] = await db.query(`SELECT id FROM groups WHERE id = ANY($1::uuid[]) FOR NO KEY UPDATE SKIP LOCKED`, [ids]);
  const held = new Set(locked.map((row) => row.id));
  changing.push(...ids.filter((id) => !held.has(id)));
  if (held.size === 0) return 0;
  const [, changed] = await db.query(
    `UPDATE groups g SET next_meeting_at = n.next
       FROM (SELECT c.id, (SELECT min(m.starts_at) FROM meetings m
                            WHERE m.group_id = c.id AND m.status <> 'CANCELLED' AND m.starts_at >= $2 AND m.starts_at < $3) AS next
               FROM unnest($1::uuid[]) AS c(id)) n
      WHERE g.id = n.id AND g.next_meeting_at IS DISTINCT FROM n.next`,
    [[...held], now, horizonEnd(now)],
  );
  return changed as number;
}

/**
 * Expands the meetings of the given groups anew inside the caller's transaction `db` (a change's
 * unit of work), from `now` as far as the table reaches, and stores each one's next meeting that
 * is not cancelled. An archived group gets none.
 */
export async function expandGroups(db: EntityManager, groupIds: string[], now: Date): Promise<void> {
  // Waits for a batch of the roll-forward being written; the next one waits for this transaction.
  await db.query(`SELECT pg_advisory_xact_lock_shared($1)`, [MEETINGS_LOCK]);
  const horizon = await readHorizon(db);
  const until = latest(horizonEnd(now), horizon.expandedUntil, horizon.rollingTo);
  const groups: StoredGroup[] = await db.query(`SELECT id, CASE WHEN archived_at IS NULL THEN schedule END AS schedule FROM groups WHERE id = ANY($1::uuid[])`, [groupIds]);
  const expansions: Expansion[] = groups.map((group) => ({ id: group.id, meetings: meetingsOf(group, now, until) }));
  const ids = groups.map((group) => group.id);
  await db.query(`DELETE FROM meetings WHERE group_id = ANY($1::uuid[])`, [ids]);
  await insertMeetings(db, expansions);
  const end = horizonEnd(now).getTime();
  const next = expansions.map(({ meetings }) => {
    const upcoming = meetings.find((meeting) => meeting.status !== 'CANCELLED');
    // Within the horizon, as the roll-forward counts it.
    return upcoming && Date.parse(upcoming.start) < end ? new Date(upcoming.start).toISOString() : null;
  });
  await db.query(
    `UPDATE groups g SET next_meeting_at = n.next FROM unnest($1::uuid[], $2::timestamptz[]) AS n(id, next)
      WHERE g.id = n.id AND g.next_meeting_at IS DISTINCT FROM n.next`,
    [ids, next],
  );
}
