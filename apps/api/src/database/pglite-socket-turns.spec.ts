import { Client, Pool } from 'pg';
import { startDatabase, type Database } from './database';

describe('PGlite behind its socket, several connections at once', () => {
  let database: Database;
  let pool: Pool;

  beforeAll(async () => {
    database = await startDatabase({ databaseUrl: undefined, dataDir: 'memory://' });
    pool = new Pool({ connectionString: database.url, max: 6, query_timeout: 15_000 });
    await pool.query(`CREATE TABLE turns (id int, label text)`);
  });

  afterAll(async () => {
    await pool.end();
    await database.stop();
  });

  it('answers each connection’s queries with its own rows while another one writes in a transaction', async () => {
    let writing = true;
    const writer = (async () => {
      for (let round = 0; writing; round += 1) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query('DELETE FROM turns');
          // A large parameterised insert arrives in several packets, as the meetings' do.
          const rows = Array.from({ length: 2000 }, (_, index) => [round * 2000 + index, 'x'.repeat(20)]);
          await client.query(`INSERT INTO turns SELECT * FROM unnest($1::int[], $2::text[])`, [rows.map((row) => row[0]), rows.map((row) => row[1])]);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      }
    })();
    const answers = await Promise.all(
      Array.from({ length: 4 }, async (_, reader) => {
        const seen: number[] = [];
        for (let query = 0; query < 100; query += 1) {
          const result = await pool.query(`SELECT $1::int AS reader, count(*)::int AS count FROM turns WHERE $2::text IS NULL OR label = $2`, [reader, null]);
          seen.push(...result.rows.map((row: { reader: number }) => row.reader));
        }
        return seen;
      }),
    );
    writing = false;
    await writer;
    expect(answers).toEqual([0, 1, 2, 3].map((reader) => Array(100).fill(reader)));
  });

  it('lets the others go on when a connection disappears in the middle of its transaction', async () => {
    const leaving = new Client({ connectionString: database.url });
    leaving.on('error', () => undefined);
    await leaving.connect();
    await leaving.query('BEGIN');
    await leaving.query(`INSERT INTO turns VALUES ($1, $2)`, [-1, 'left behind']);
    const waiting = pool.query(`SELECT count(*)::int AS count FROM turns WHERE label = $1`, ['left behind']);
    // Gone without COMMIT or ROLLBACK: its transaction is rolled back, and the waiting query runs.
    (leaving as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await waiting).rows).toEqual([{ count: 0 }]);
  });
});
