import { randomUUID } from 'node:crypto';
import { CONSENT_VERSION, RETENTION } from '@groupfinder/domain';
import { loadDemoDataIfEmpty } from '../database/demo-data';
import { JoinRetention1764900000000 } from '../database/migrations/1764900000000-join-retention';
import { SCHEDULED_JOBS, startJobs } from '../jobs/jobs';
import { syncGazetteer } from '../places/place.service';
import { normaliseContact } from '../privacy/normalise';
import { sealedPlace } from '../privacy/sealed-columns';
import { generateKeySettings, keyRingOf } from '../privacy/keys';
import { resealAll } from '../privacy/reseal';
import { sealedColumns } from '../privacy/sealed-columns';
import { rotatedKeySettings } from '../privacy/testing';
import { startTestDatabase, TEST_NOW, type TestDatabase } from '../testing/test-api';
import { testVisitorsInTurn } from '../testing/test-people';
import { deleteExpired, retentionJob } from './retention.job';

const DAY_MS = 86_400_000;
const MS = 1;
/** Seed 001's relatives' group, of De Frivilliges Hus. */
const GROUP = 'smart-recovery-parorendegruppe-gladsaxe';
const ORGANISATION = 'de-frivilliges-hus-gladsaxe';
/** Another group of the same organisation, which ends in these tests. */
const ENDING = 'smart-recovery-soborg-torsdag';

const settings = generateKeySettings('k2026');
const keys = keyRingOf(settings);
let db: TestDatabase;

const after = (from: Date, ms: number) => new Date(from.getTime() + ms);
/** The test people (the run's log capture looks for them), each new in this file. */
const nextVisitor = testVisitorsInTurn();

beforeAll(async () => {
  db = await startTestDatabase();
  await syncGazetteer(db.dataSource);
  await loadDemoDataIfEmpty(db.dataSource, TEST_NOW);
});

afterAll(async () => {
  await db?.stop();
});

beforeEach(async () => {
  await db.dataSource.query(`DELETE FROM join_requests`);
  await db.dataSource.query(`DELETE FROM group_messages`);
  await db.dataSource.query(`DELETE FROM personal_data_access`);
  await db.dataSource.query(`UPDATE organisations SET request_retention_days = $1`, [RETENTION.requestDefaultDays]);
  await db.dataSource.query(`UPDATE groups SET enrolment = 'OPEN', archived_at = NULL WHERE slug = $1`, [ENDING]);
});

/** A request to join stored as askToJoin stores it: changed last at `updatedAt`, deleted from `deleteAfter` on. */
async function request(slug: string, updatedAt: Date, deleteAfter = after(updatedAt, RETENTION.requestDefaultDays * DAY_MS)): Promise<{ id: string; index: string }> {
  const id = randomUUID();
  const who = nextVisitor();
  const contact = who.email;
  const index = keys.blindIndex('contact', normaliseContact(contact));
  const seal = (column: string, value: string) => keys.seal(value, sealedPlace('join_requests', column, id));
  await db.dataSource.query(
    `INSERT INTO join_requests (id, group_id, kind, alias_sealed, contact_kind, contact_sealed, contact_index, message_sealed, language, consent_version, consented_at,
       idempotency_key, access_token_hash, created_at, updated_at, delete_after)
     SELECT $1, g.id, 'WAITING_LIST', $2, 'EMAIL', $3, $4, $5, 'da', $6, $7, $8, $9, $7, $7, $10 FROM groups g WHERE g.slug = $11`,
    [id, seal('alias_sealed', who.name), seal('contact_sealed', contact), index, seal('message_sealed', 'Hej'), CONSENT_VERSION, updatedAt, randomUUID(), randomUUID(), deleteAfter, slug],
  );
  return { id, index };
}

/** A message to a group stored as writeToGroup stores it, deleted from `deleteAfter` on. */
async function message(deleteAfter: Date, deliveredAt: Date | null): Promise<{ id: string; index: string }> {
  const id = randomUUID();
  const who = nextVisitor();
  const contact = who.phone;
  const index = keys.blindIndex('contact', normaliseContact(contact));
  const seal = (column: string, value: string) => keys.seal(value, sealedPlace('group_messages', column, id));
  await db.dataSource.query(
    `INSERT INTO group_messages (id, group_id, alias_sealed, contact_kind, contact_sealed, contact_index, message_sealed, language, consent_version, consented_at,
       idempotency_key, created_at, delivered_at, delete_after)
     SELECT $1, g.id, $2, 'PHONE', $3, $4, $5, 'da', $6, $7, $8, $7, $9, $10 FROM groups g WHERE g.slug = $11`,
    [id, seal('alias_sealed', who.name), seal('contact_sealed', contact), index, seal('message_sealed', 'Hej'), CONSENT_VERSION, TEST_NOW, randomUUID(), deliveredAt, deleteAfter, GROUP],
  );
  return { id, index };
}

async function requestIds(): Promise<string[]> {
  return (await db.dataSource.query(`SELECT id FROM join_requests ORDER BY id`)).map((row: { id: string }) => row.id);
}

async function messageIds(): Promise<string[]> {
  return (await db.dataSource.query(`SELECT id FROM group_messages ORDER BY id`)).map((row: { id: string }) => row.id);
}

/** Anything left of a person anywhere the database keeps what people send: their row, found by its blind index. */
async function traces(index: string): Promise<number> {
  const [{ count }] = await db.dataSource.query(
    `SELECT (SELECT count(*) FROM join_requests WHERE contact_index = $1) + (SELECT count(*) FROM group_messages WHERE contact_index = $1) AS count`,
    [index],
  );
  return Number(count);
}

describe('when a group ended', () => {
  it('is noted when its enrolment becomes ENDED or it is archived, kept while either holds, and cleared when neither does', async () => {
    const endedAt = async () => ((await db.dataSource.query(`SELECT ended_at FROM groups WHERE slug = $1`, [ENDING])) as { ended_at: Date | null }[])[0]?.ended_at;
    expect(await endedAt()).toBeNull();
    const before = Date.now();
    await db.dataSource.query(`UPDATE groups SET enrolment = 'ENDED' WHERE slug = $1`, [ENDING]);
    const ended = await endedAt();
    expect(ended?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(ended?.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // Archived as well later on: it ended when it ended.
    await db.dataSource.query(`UPDATE groups SET archived_at = $2 WHERE slug = $1`, [ENDING, after(TEST_NOW, DAY_MS)]);
    expect(await endedAt()).toEqual(ended);
    await db.dataSource.query(`UPDATE groups SET enrolment = 'OPEN' WHERE slug = $1`, [ENDING]);
    expect(await endedAt()).toEqual(ended);
    await db.dataSource.query(`UPDATE groups SET archived_at = NULL WHERE slug = $1`, [ENDING]);
    expect(await endedAt()).toBeNull();
    await db.dataSource.query(`UPDATE groups SET archived_at = $2 WHERE slug = $1`, [ENDING, TEST_NOW]);
    expect(await endedAt()).toBeInstanceOf(Date);
  });

  it('is filled in by the migration for groups that had ended or were archived before it', async () => {
    const runner = db.dataSource.createQueryRunner();
    const migration = new JoinRetention1764900000000();
    await migration.down(runner);
    await db.dataSource.query(`UPDATE groups SET enrolment = 'ENDED' WHERE slug = $1`, [ENDING]);
    await db.dataSource.query(`UPDATE groups SET archived_at = $2 WHERE slug = $1`, [GROUP, TEST_NOW]);
    try {
      const before = Date.now();
      await migration.up(runner);
      const rows: { slug: string; ended_at: Date }[] = await db.dataSource.query(`SELECT slug, ended_at FROM groups WHERE ended_at IS NOT NULL ORDER BY slug`);
      expect(rows).toEqual([
        { slug: GROUP, ended_at: TEST_NOW },
        { slug: ENDING, ended_at: expect.any(Date) },
      ]);
      expect(rows[1]?.ended_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    } finally {
      await runner.release();
      await db.dataSource.query(`UPDATE groups SET archived_at = NULL WHERE slug = $1`, [GROUP]);
    }
  });
});

describe('the retention job, on its clock', () => {
  it('deletes a request from its own deletion time on, not a moment before, and audits it as deleted by the system', async () => {
    const { id, index } = await request(GROUP, TEST_NOW);
    const deleteAfter = after(TEST_NOW, RETENTION.requestDefaultDays * DAY_MS);
    expect(await deleteExpired(db.dataSource, after(deleteAfter, -MS))).toEqual({ joinRequests: 0, groupMessages: 0 });
    expect(await requestIds()).toEqual([id]);
    expect(await deleteExpired(db.dataSource, deleteAfter)).toEqual({ joinRequests: 1, groupMessages: 0 });
    expect(await requestIds()).toEqual([]);
    expect(await traces(index)).toBe(0);
    const [group] = await db.dataSource.query(`SELECT g.id, g.organisation_id FROM groups g JOIN organisations o ON o.id = g.organisation_id WHERE g.slug = $1 AND o.slug = $2`, [GROUP, ORGANISATION]);
    expect(await db.dataSource.query(`SELECT organisation_id, group_id, user_id, join_request_id, action, at FROM personal_data_access`)).toEqual([
      { organisation_id: group.organisation_id, group_id: group.id, user_id: null, join_request_id: id, action: 'DELETED', at: deleteAfter },
    ]);
  });

  it('deletes a request at its organisation’s retention after its last change, when the organisation shortened it since', async () => {
    const { id } = await request(GROUP, TEST_NOW);
    await db.dataSource.query(`UPDATE organisations SET request_retention_days = $2 WHERE slug = $1`, [ORGANISATION, RETENTION.requestMinDays]);
    const bound = after(TEST_NOW, RETENTION.requestMinDays * DAY_MS);
    expect(await deleteExpired(db.dataSource, after(bound, -MS))).toEqual({ joinRequests: 0, groupMessages: 0 });
    expect(await requestIds()).toEqual([id]);
    expect(await deleteExpired(db.dataSource, bound)).toEqual({ joinRequests: 1, groupMessages: 0 });
    expect(await requestIds()).toEqual([]);
  });

  it('deletes the requests of a group RETENTION.afterGroupEndsDays after it ended, and leaves those of the organisation’s other groups', async () => {
    const ending = await request(ENDING, TEST_NOW);
    const other = await request(GROUP, TEST_NOW);
    await db.dataSource.query(`UPDATE groups SET enrolment = 'ENDED' WHERE slug = $1`, [ENDING]);
    const endedAt = after(TEST_NOW, 2 * DAY_MS);
    await db.dataSource.query(`UPDATE groups SET ended_at = $2 WHERE slug = $1`, [ENDING, endedAt]);
    const bound = after(endedAt, RETENTION.afterGroupEndsDays * DAY_MS);
    expect(await deleteExpired(db.dataSource, after(bound, -MS))).toEqual({ joinRequests: 0, groupMessages: 0 });
    expect(await deleteExpired(db.dataSource, bound)).toEqual({ joinRequests: 1, groupMessages: 0 });
    expect(await requestIds()).toEqual([other.id]);
    expect(await traces(ending.index)).toBe(0);
  });

  it('keeps the requests of a group that ended and started again', async () => {
    const { id } = await request(ENDING, TEST_NOW);
    await db.dataSource.query(`UPDATE groups SET enrolment = 'ENDED' WHERE slug = $1`, [ENDING]);
    await db.dataSource.query(`UPDATE groups SET enrolment = 'FORMING' WHERE slug = $1`, [ENDING]);
    expect(await deleteExpired(db.dataSource, after(TEST_NOW, (RETENTION.afterGroupEndsDays + 1) * DAY_MS))).toEqual({ joinRequests: 0, groupMessages: 0 });
    expect(await requestIds()).toEqual([id]);
  });

  it('deletes a message from its deletion time on (delivered, or never), not a moment before, with nothing audited: nobody ever read it', async () => {
    const deliveredAt = after(TEST_NOW, 60_000);
    const delivered = await message(after(deliveredAt, RETENTION.messageAfterDeliveryDays * DAY_MS), deliveredAt);
    const givenUp = await message(after(TEST_NOW, (RETENTION.messageAfterDeliveryDays + 1) * DAY_MS), null);
    const bound = after(deliveredAt, RETENTION.messageAfterDeliveryDays * DAY_MS);
    expect(await deleteExpired(db.dataSource, after(bound, -MS))).toEqual({ joinRequests: 0, groupMessages: 0 });
    expect(await deleteExpired(db.dataSource, bound)).toEqual({ joinRequests: 0, groupMessages: 1 });
    expect(await messageIds()).toEqual([givenUp.id]);
    expect(await traces(delivered.index)).toBe(0);
    expect(await deleteExpired(db.dataSource, after(TEST_NOW, (RETENTION.messageAfterDeliveryDays + 1) * DAY_MS))).toEqual({ joinRequests: 0, groupMessages: 1 });
    expect(await messageIds()).toEqual([]);
    expect(await db.dataSource.query(`SELECT * FROM personal_data_access`)).toEqual([]);
  });
});

describe('the retention job on the job queue', () => {
  it('runs every hour on the job queue, on the runner’s clock, and its runs carry nothing', async () => {
    expect(SCHEDULED_JOBS).toContain(retentionJob);
    expect(retentionJob).toMatchObject({ cron: '25 * * * *', periodSeconds: 3600 });
    const { id } = await request(GROUP, TEST_NOW);
    const kept = await request(GROUP, after(TEST_NOW, DAY_MS));
    const clock = after(TEST_NOW, RETENTION.requestDefaultDays * DAY_MS);
    const jobs = await startJobs({ url: db.database.url, dataSource: db.dataSource, jobs: [retentionJob], pollingIntervalSeconds: 0.5, now: () => clock });
    try {
      await jobs.run(retentionJob);
    } finally {
      await jobs.stop();
    }
    expect(await requestIds()).toEqual([kept.id]);
    expect(await db.dataSource.query(`SELECT join_request_id FROM personal_data_access`)).toEqual([{ join_request_id: id }]);
    const runs: { data: unknown }[] = await db.dataSource.query(`SELECT data FROM pgboss.job WHERE name = $1 UNION ALL SELECT data FROM pgboss.archive WHERE name = $1`, [retentionJob.name]);
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) expect(run.data).toEqual({});
  });

  it('refuses to queue work that carries anything but ids', async () => {
    const jobs = await startJobs({ url: db.database.url, dataSource: db.dataSource, jobs: [], pollingIntervalSeconds: 0.5 });
    try {
      await expect(jobs.send({ name: 'group-message-delivery', expireInSeconds: 60, retryLimit: 0, retryDelaySeconds: 1 }, { messageId: nextVisitor().email })).rejects.toThrow('carries ids only');
    } finally {
      await jobs.stop();
    }
  });
});

describe('a message at rest', () => {
  it('is sealed again under a new key by `npm run keys:reseal`, and opens under it', async () => {
    const { id } = await message(after(TEST_NOW, DAY_MS), null);
    const registered = sealedColumns().find((entry) => entry.table === 'group_messages');
    expect(registered).toEqual({ table: 'group_messages', idColumn: 'id', columns: ['alias_sealed', 'contact_sealed', 'message_sealed'] });
    const rotated = keyRingOf(rotatedKeySettings(settings, 'k2027'));
    expect(await resealAll(db.dataSource, rotated, { tables: [registered!] })).toEqual([
      { table: 'group_messages', column: 'alias_sealed', resealed: 1 },
      { table: 'group_messages', column: 'contact_sealed', resealed: 1 },
      { table: 'group_messages', column: 'message_sealed', resealed: 1 },
    ]);
    const [row] = await db.dataSource.query(`SELECT message_sealed FROM group_messages WHERE id = $1`, [id]);
    expect(rotated.keyIdOf(row.message_sealed)).toBe('k2027');
    expect(rotated.open(row.message_sealed, sealedPlace('group_messages', 'message_sealed', id))).toBe('Hej');
  });
});
