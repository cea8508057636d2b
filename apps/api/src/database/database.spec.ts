import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { GroupEntity } from '../groups/group.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { TEST_NOW, startTestDatabase, type TestDatabase } from '../testing/test-api';
import { MIGRATIONS } from './data-source';
import { startDatabase } from './database';
import { loadDemoDataIfEmpty } from './demo-data';
import { GroupDetails1764100000000 } from './migrations/1764100000000-group-details';
import { InitialSchema1763900000000 } from './migrations/1763900000000-initial-schema';
import { Places1764000000000 } from './migrations/1764000000000-places';

const TABLES = ['account_tokens', 'changes', 'embeds', 'group_messages', 'groups', 'join_requests', 'meetings', 'meetings_horizon', 'memberships', 'municipalities', 'municipality_neighbours', 'organisations', 'personal_data_access', 'places', 'places_version', 'sessions', 'units', 'users', 'venues', 'waiting_list_notices'];

async function tables(db: TestDatabase): Promise<string[]> {
  const rows: { table_name: string }[] = await db.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await startTestDatabase();
  });

  afterAll(async () => {
    await db.stop();
  });

  it('creates the tables, undoes every migration with down(), and applies them again', async () => {
    expect(await tables(db)).toEqual(TABLES);
    for (let step = 0; step < MIGRATIONS.length; step++) await db.dataSource.undoLastMigration();
    expect(await tables(db)).toEqual([]);
    await db.dataSource.runMigrations();
    expect(await tables(db)).toEqual(TABLES);
  });

  it('turns a weekly slot into an RFC 5545 schedule, and back again', async () => {
    for (let step = 0; step < MIGRATIONS.length; step++) await db.dataSource.undoLastMigration();
    const runner = db.dataSource.createQueryRunner();
    try {
      await new InitialSchema1763900000000().up(runner);
      const [organisation] = await runner.query(`INSERT INTO organisations (slug, name, country, default_language) VALUES ('o', 'O', 'SE', 'sv') RETURNING id`);
      await runner.query(
        `INSERT INTO groups (slug, organisation_id, name, topics, audience, format, languages, weekday, start_time, end_time, time_zone, enrolment)
         VALUES ('g', $1, '{"sv": "G"}', '{GRIEF}', 'AFFECTED', 'ONLINE', '{sv}', 'WEDNESDAY', '18:00', '19:30', 'Europe/Stockholm', 'OPEN')`,
        [organisation.id],
      );
      await new Places1764000000000().up(runner);
      await new GroupDetails1764100000000().up(runner);
      const [migrated] = await runner.query(`SELECT schedule FROM groups WHERE slug = 'g'`);
      expect(migrated.schedule).toEqual({
        timeZone: 'Europe/Stockholm',
        start: '2026-01-07T18:00',
        durationMinutes: 90,
        rrule: 'FREQ=WEEKLY',
        exdates: [],
        rdates: [],
        moves: [],
        pauses: [],
      });
      await new GroupDetails1764100000000().down(runner);
      const [restored] = await runner.query(`SELECT weekday, start_time, end_time, time_zone FROM groups WHERE slug = 'g'`);
      expect(restored).toEqual({ weekday: 'WEDNESDAY', start_time: '18:00:00', end_time: '19:30:00', time_zone: 'Europe/Stockholm' });
      await new Places1764000000000().down(runner);
      await new InitialSchema1763900000000().down(runner);
    } finally {
      await runner.release();
    }
    await db.dataSource.runMigrations();
    expect(await tables(db)).toEqual(TABLES);
  });
});

describe('demo data and constraints', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await startTestDatabase();
  });

  afterAll(async () => {
    await db.stop();
  });

  it('loads the demo data into an empty database once, and never twice', async () => {
    expect(await loadDemoDataIfEmpty(db.dataSource, TEST_NOW)).toBe(true);
    const groups = await db.dataSource.getRepository(GroupEntity).count();
    expect(await loadDemoDataIfEmpty(db.dataSource, TEST_NOW)).toBe(false);
    expect(await db.dataSource.getRepository(GroupEntity).count()).toBe(groups);
    expect(await db.dataSource.getRepository(OrganisationEntity).countBy({ isDemo: false })).toBe(2);
  });

  it('refuses a children’s or youth group without one or two facilitators, and an online group at a venue', async () => {
    const [children] = await db.dataSource.query(`SELECT id FROM groups WHERE age_band = 'CHILDREN' LIMIT 1`);
    await expect(db.dataSource.query(`UPDATE groups SET facilitator_count = 0 WHERE id = $1`, [children.id])).rejects.toThrow(/groups_children_facilitated/);
    await expect(db.dataSource.query(`UPDATE groups SET facilitator_count = 3 WHERE id = $1`, [children.id])).rejects.toThrow(/groups_children_facilitated/);
    const [inPerson] = await db.dataSource.query(`SELECT id FROM groups WHERE venue_id IS NOT NULL LIMIT 1`);
    await expect(db.dataSource.query(`UPDATE groups SET format = 'ONLINE' WHERE id = $1`, [inPerson.id])).rejects.toThrow(/check constraint/);
  });
});

describe('the embedded PGlite', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('keeps its data across restarts and refuses a second process on the same directory', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'groupfinder-pglite-'));
    dirs.push(parent);
    const dataDir = path.join(parent, 'data');
    const first = await startDatabase({ databaseUrl: undefined, dataDir });
    await expect(startDatabase({ databaseUrl: undefined, dataDir })).rejects.toThrow(/lock/i);
    const client = new Client({ connectionString: first.url });
    await client.connect();
    await client.query(`CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')`);
    await client.end();
    await first.stop();

    const second = await startDatabase({ databaseUrl: undefined, dataDir });
    const again = new Client({ connectionString: second.url });
    await again.connect();
    const { rows } = await again.query(`SELECT note FROM kept`);
    await again.end();
    await second.stop();
    expect(rows).toEqual([{ note: 'still here' }]);
  });
});
