import type { DataSource, EntityManager } from 'typeorm';
import type { KeyRing } from './sealed';
import { sealedColumns, sealedPlace, type SealedColumns } from './sealed-columns';

export interface ResealOptions {
  /** Rows per transaction; default 200. */
  batchSize?: number;
  /** The tables to go through; default every registered one (registerSealedColumns). */
  tables?: readonly SealedColumns[];
}

/** How many values of a column were sealed again under the active key. */
export interface ResealCount {
  table: string;
  column: string;
  resealed: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function quoted(name: string): string {
  if (!IDENTIFIER.test(name)) throw new TypeError(`resealAll: ${name} is not a table or column name as the database spells it (a-z, 0-9, _)`);
  return `"${name}"`;
}

/** A value under another key than the active one ($1); the key id is the second part of `gf1.<key id>.<iv>.<body>`. */
function needsResealing(column: string): string {
  return `(${quoted(column)} IS NOT NULL AND split_part(${quoted(column)}, '.', 2) <> $1)`;
}

/**
 * One transaction: up to `batchSize` rows that hold a value under an old key, after the row id
 * `after`, locked (FOR UPDATE) and each such value sealed again under the active key. With
 * `skipLocked`, rows others hold (the API changing one, another run of this) are passed over
 * rather than waited for; without, it waits for them, and then leaves out those that no longer
 * need it (PostgreSQL checks the condition again on the row as committed).
 */
async function resealBatch(
  manager: EntityManager,
  ring: KeyRing,
  entry: SealedColumns,
  { after, batchSize, skipLocked }: { after: unknown; batchSize: number; skipLocked: boolean },
  counts: number[],
): Promise<{ rows: number; last: unknown }> {
  const id = quoted(entry.idColumn);
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ${id}, ${entry.columns.map(quoted).join(', ')} FROM ${quoted(entry.table)}
     WHERE (${entry.columns.map(needsResealing).join(' OR ')})${after === undefined ? '' : ` AND ${id} > $2`}
     ORDER BY ${id} LIMIT ${batchSize} FOR UPDATE${skipLocked ? ' SKIP LOCKED' : ''}`,
    after === undefined ? [ring.activeKeyId] : [ring.activeKeyId, after],
  );
  for (const row of rows) {
    const rowId = row[entry.idColumn];
    const changes: { column: string; value: string }[] = [];
    entry.columns.forEach((column, index) => {
      const value = row[column];
      if (value === null || value === undefined) return;
      if (typeof value !== 'string') throw new TypeError(`resealAll: ${entry.table}.${column} is not a text column`);
      const place = sealedPlace(entry.table, column, String(rowId));
      if (!ring.needsResealing(value, place)) return;
      changes.push({ column, value: ring.reseal(value, place) });
      counts[index] = (counts[index] ?? 0) + 1;
    });
    if (changes.length === 0) continue;
    await manager.query(`UPDATE ${quoted(entry.table)} SET ${changes.map(({ column }, index) => `${quoted(column)} = $${index + 2}`).join(', ')} WHERE ${id} = $1`, [
      rowId,
      ...changes.map(({ value }) => value),
    ]);
  }
  return { rows: rows.length, last: rows.at(-1)?.[entry.idColumn] };
}

/**
 * Seals every value of the sealed columns that is under another key than the ring's active one
 * again under the active one, and says how many per column. In batches of rows in order of their
 * ids, each batch a transaction holding its rows (FOR UPDATE), so it can run while the API runs
 * and beside another run of itself: first passing over rows others hold, then once more waiting
 * for them. Each value is resealed once however many runs there are; a second run finds nothing.
 * A value that does not open (SealedValueError) stops it, its batch undone.
 *
 * Run it once every API process seals under the new key (restarted with it first in DATA_KEYS):
 * a process still on the old settings seals new values under the old key meanwhile.
 */
export async function resealAll(dataSource: DataSource, ring: KeyRing, { batchSize = 200, tables = sealedColumns() }: ResealOptions = {}): Promise<ResealCount[]> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('resealAll: batchSize is a whole number of rows, at least 1');
  const report: ResealCount[] = [];
  for (const entry of tables) {
    const counts = entry.columns.map(() => 0);
    for (const skipLocked of [true, false]) {
      let after: unknown = undefined;
      for (;;) {
        const batch = await dataSource.transaction((manager) => resealBatch(manager, ring, entry, { after, batchSize, skipLocked }, counts));
        // Fewer rows than asked for: the scan reached the end (rows passed over do not count towards the limit).
        if (batch.rows < batchSize) break;
        after = batch.last;
      }
    }
    entry.columns.forEach((column, index) => report.push({ table: entry.table, column, resealed: counts[index] ?? 0 }));
  }
  return report;
}

/** How many values of each sealed column are under each key id (the command shows which keys are still in use). */
export async function countByKey(dataSource: DataSource, tables: readonly SealedColumns[] = sealedColumns()): Promise<{ table: string; column: string; keyId: string; values: number }[]> {
  const counts: { table: string; column: string; keyId: string; values: number }[] = [];
  for (const entry of tables) {
    for (const column of entry.columns) {
      const rows: { key_id: string; n: string }[] = await dataSource.query(
        `SELECT split_part(${quoted(column)}, '.', 2) AS key_id, count(*) AS n FROM ${quoted(entry.table)} WHERE ${quoted(column)} IS NOT NULL GROUP BY 1 ORDER BY 1`,
      );
      counts.push(...rows.map((row) => ({ table: entry.table, column, keyId: row.key_id, values: Number(row.n) })));
    }
  }
  return counts;
}
