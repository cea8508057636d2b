import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GroupEntity } from '../groups/group.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { startTestDatabase, type TestDatabase } from '../testing/test-api';
import { MIGRATIONS } from './data-source';
import { startDatabase } from './database';
import { loadDemoDataIfEmpty } from './demo-data';

async function tables(db: TestDatabase): Promise<string[]> {
  const rows: { table_name: string }[] = await db.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe('migrations and demo data', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await startTestDatabase();
  });

  afterAll(async () => {
    await db.stop();
  });

  it('creates the tables, undoes every migration with down(), and applies them again', async () => {
    expect(await tables(db)).toEqual(['groups', 'municipalities', 'organisations', 'venues']);
    for (let step = 0; step < MIGRATIONS.length; step++) await db.dataSource.undoLastMigration();
    expect(await tables(db)).toEqual([]);
    await db.dataSource.runMigrations();
    expect(await tables(db)).toEqual(['groups', 'municipalities', 'organisations', 'venues']);
  });

  it('loads the demo data into an empty database once, and never twice', async () => {
    expect(await loadDemoDataIfEmpty(db.dataSource)).toBe(true);
    const groups = await db.dataSource.getRepository(GroupEntity).count();
    expect(await loadDemoDataIfEmpty(db.dataSource)).toBe(false);
    expect(await db.dataSource.getRepository(GroupEntity).count()).toBe(groups);
    expect(await db.dataSource.getRepository(OrganisationEntity).countBy({ isDemo: false })).toBe(2);
  });

  it('rejects a group that claims to meet online at a venue, and a schedule without an end', async () => {
    const [group] = await db.dataSource.query(`SELECT id FROM groups WHERE venue_id IS NOT NULL LIMIT 1`);
    await expect(db.dataSource.query(`UPDATE groups SET format = 'ONLINE' WHERE id = $1`, [group.id])).rejects.toThrow(/check constraint/);
    await expect(db.dataSource.query(`UPDATE groups SET end_time = NULL WHERE id = $1`, [group.id])).rejects.toThrow(/check constraint/);
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
    const { Client } = await import('pg');
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
