import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { loadConfig } from '../config';
import { createDataSource } from '../database/data-source';
import { startTestDatabase, type TestDatabase } from '../testing/test-api';
import { generateKeySettings, keyRingOf } from './keys';
import { countByKey, resealAll } from './reseal';
import { SealedValueError } from './sealed';
import { sealedPlace } from './sealed-columns';
import { SCRATCH_SEALED_TABLE, fillScratchTable, openScratchTable, type ScratchRequest } from './scratch-sealed-table';
import { rotatedKeySettings } from './testing';

const TABLES = [SCRATCH_SEALED_TABLE];
const PEOPLE = 40;

const people: ScratchRequest[] = Array.from({ length: PEOPLE }, (_, index) => ({
  id: randomUUID(),
  contact: index % 2 === 0 ? `person${index}@example.dk` : `+45 12 34 56 ${String(index).padStart(2, '0')}`,
  // Every third asks without a message.
  message: index % 3 === 0 ? null : `Jeg vil gerne være med i sorggruppen (${index}) 🌱`,
}));
const VALUES = { contact: PEOPLE, message: people.filter(({ message }) => message !== null).length };

const settings = generateKeySettings('k2026');
const before = keyRingOf(settings);
const after = keyRingOf(rotatedKeySettings(settings, 'k2027'));

/** In the order of their ids, as PostgreSQL orders uuids. */
const byId = (list: ScratchRequest[]) => [...list].sort((one, other) => (one.id < other.id ? -1 : 1));

describe('resealing under a new key', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await startTestDatabase();
  });

  afterAll(async () => {
    await db?.stop();
  });

  beforeEach(async () => {
    await fillScratchTable(db.dataSource, before, people);
  });

  it('seals every value again under the new key, in batches: all open as before, a raw SELECT shows none of them, and a second run changes nothing', async () => {
    expect(await resealAll(db.dataSource, after, { tables: TABLES, batchSize: 7 })).toEqual([
      { table: 'scratch_requests', column: 'contact', resealed: VALUES.contact },
      { table: 'scratch_requests', column: 'message', resealed: VALUES.message },
    ]);
    expect(await countByKey(db.dataSource, TABLES)).toEqual([
      { table: 'scratch_requests', column: 'contact', keyId: 'k2027', values: VALUES.contact },
      { table: 'scratch_requests', column: 'message', keyId: 'k2027', values: VALUES.message },
    ]);
    expect(await openScratchTable(db.dataSource, after)).toEqual(byId(people));
    // The old key alone opens nothing any more: it can be dropped.
    await expect(openScratchTable(db.dataSource, before)).rejects.toThrow(SealedValueError);

    const raw: { row: string }[] = await db.dataSource.query(`SELECT t::text AS row FROM scratch_requests t`);
    const everything = raw.map(({ row }) => row).join('\n');
    for (const { contact, message } of people) {
      expect(everything).not.toContain(contact);
      expect(everything).not.toContain(contact.replace(/\s/g, ''));
      if (message) expect(everything).not.toContain(message.slice(0, 20));
    }
    expect(everything).not.toMatch(/@example\.dk|sorggruppen/);

    const snapshot = await db.dataSource.query(`SELECT id, contact, message FROM scratch_requests ORDER BY id`);
    expect(await resealAll(db.dataSource, after, { tables: TABLES, batchSize: 7 })).toEqual([
      { table: 'scratch_requests', column: 'contact', resealed: 0 },
      { table: 'scratch_requests', column: 'message', resealed: 0 },
    ]);
    expect(await db.dataSource.query(`SELECT id, contact, message FROM scratch_requests ORDER BY id`)).toEqual(snapshot);
  });

  it('leaves alone the values the restarted API sealed under the new key already', async () => {
    const [first, second] = people as [ScratchRequest, ScratchRequest];
    await db.dataSource.query(`UPDATE scratch_requests SET contact = $2 WHERE id = $1`, [first.id, after.seal('ny@example.dk', sealedPlace('scratch_requests', 'contact', first.id))]);
    const [{ contact: untouched }] = await db.dataSource.query(`SELECT contact FROM scratch_requests WHERE id = $1`, [first.id]);
    expect(await resealAll(db.dataSource, after, { tables: TABLES })).toEqual([
      { table: 'scratch_requests', column: 'contact', resealed: VALUES.contact - 1 },
      { table: 'scratch_requests', column: 'message', resealed: VALUES.message },
    ]);
    expect(await db.dataSource.query(`SELECT contact FROM scratch_requests WHERE id = $1`, [first.id])).toEqual([{ contact: untouched }]);
    expect((await openScratchTable(db.dataSource, after)).find(({ id }) => id === second.id)).toEqual(second);
  });

  it('reseals each value once when two runs go at once, on two connections, and loses nothing', async () => {
    const other = createDataSource(db.database.url);
    await other.initialize();
    try {
      const runs = await Promise.all([resealAll(db.dataSource, after, { tables: TABLES, batchSize: 3 }), resealAll(other, after, { tables: TABLES, batchSize: 3 })]);
      const total = (column: string) => runs.flat().reduce((sum, count) => sum + (count.column === column ? count.resealed : 0), 0);
      expect({ contact: total('contact'), message: total('message') }).toEqual(VALUES);
    } finally {
      await other.destroy();
    }
    expect(await openScratchTable(db.dataSource, after)).toEqual(byId(people));
    expect(await countByKey(db.dataSource, TABLES)).toEqual([
      { table: 'scratch_requests', column: 'contact', keyId: 'k2027', values: VALUES.contact },
      { table: 'scratch_requests', column: 'message', keyId: 'k2027', values: VALUES.message },
    ]);
  });

  it('stops at a value that does not open, naming its place, and undoes the batch it was in', async () => {
    const [first, second] = people as [ScratchRequest, ScratchRequest];
    // The contact of one row copied into another: it opens nowhere but where it was sealed.
    await db.dataSource.query(`UPDATE scratch_requests SET contact = (SELECT contact FROM scratch_requests WHERE id = $1) WHERE id = $2`, [first.id, second.id]);
    const failure = resealAll(db.dataSource, after, { tables: TABLES, batchSize: PEOPLE });
    await expect(failure).rejects.toThrow(SealedValueError);
    await expect(failure).rejects.toThrow(`The value in scratch_requests.contact of row ${second.id} does not open`);
    expect(await countByKey(db.dataSource, TABLES)).toEqual([
      { table: 'scratch_requests', column: 'contact', keyId: 'k2026', values: VALUES.contact },
      { table: 'scratch_requests', column: 'message', keyId: 'k2026', values: VALUES.message },
    ]);
  });

  // PGlite runs one transaction at a time: a row held open by another connection stops everything there.
  (loadConfig().databaseUrl ? it : it.skip)('runs beside the API: passes over a row the API holds, waits for it at the end, and keeps what the API wrote (PostgreSQL)', async () => {
    const [held] = people as [ScratchRequest];
    const api = db.dataSource.createQueryRunner();
    await api.connect();
    try {
      await api.startTransaction();
      await api.query(`SELECT id FROM scratch_requests WHERE id = $1 FOR UPDATE`, [held.id]);
      const run = resealAll(db.dataSource, after, { tables: TABLES, batchSize: 5 });
      // Every other contact is resealed while the API holds its row.
      for (let attempt = 0; attempt < 600; attempt++) {
        const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM scratch_requests WHERE split_part(contact, '.', 2) = 'k2027'`);
        if (n === PEOPLE - 1) break;
        await delay(50);
      }
      expect(await countByKey(db.dataSource, TABLES)).toEqual(expect.arrayContaining([{ table: 'scratch_requests', column: 'contact', keyId: 'k2026', values: 1 }]));
      // The API (restarted with the new key) changes the person's contact, then lets go.
      await api.query(`UPDATE scratch_requests SET contact = $2 WHERE id = $1`, [held.id, after.seal('ny@example.dk', sealedPlace('scratch_requests', 'contact', held.id))]);
      await api.commitTransaction();
      expect(await run).toEqual([
        { table: 'scratch_requests', column: 'contact', resealed: VALUES.contact - 1 },
        { table: 'scratch_requests', column: 'message', resealed: VALUES.message },
      ]);
    } finally {
      if (api.isTransactionActive) await api.rollbackTransaction();
      await api.release();
    }
    expect(await openScratchTable(db.dataSource, after)).toEqual(byId(people.map((person) => (person.id === held.id ? { ...person, contact: 'ny@example.dk' } : person))));
  });
});
