import type { EntityManager } from 'typeorm';
import { AppError } from '../kernel/errors';
import type { FieldChange } from './change.entity';

/**
 * Writes the changed fields of one row if it is still at `version`, raising the version: two saves
 * from one version are exclusive (the second finds no row at that version). CONFLICT, with the
 * current version, when someone saved since; nothing is written then.
 */
export async function updateAtVersion(
  db: EntityManager,
  target: { table: string; id: string; version: number; columns: Record<string, string> },
  fields: FieldChange[],
  now: Date,
): Promise<number> {
  const assignments = fields.map((field, index) => `${target.columns[field.field]} = $${index + 4}`);
  const [rows] = (await db.query(
    `UPDATE ${target.table} SET ${assignments.join(', ')}, version = version + 1, updated_at = $3 WHERE id = $1 AND version = $2 RETURNING version`,
    [target.id, target.version, now, ...fields.map((field) => field.new)],
  )) as [{ version: number }[], number];
  const saved = rows[0];
  if (saved) return saved.version;
  const [current] = (await db.query(`SELECT version FROM ${target.table} WHERE id = $1`, [target.id])) as { version: number }[];
  throw new AppError('CONFLICT', { version: current?.version ?? target.version });
}
