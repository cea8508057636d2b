/**
 * A sealed table of the tests' own (scratch_requests: a contact detail, and a message that may be
 * missing, as a join request has), registered on import. The README's `npm run keys:reseal`
 * example is run with this module preloaded (server/readme.api.spec.ts), so that the command as
 * written has old values to reseal whatever else is registered.
 */
import type { DataSource } from 'typeorm';
import type { KeyRing } from './sealed';
import { registerSealedColumns, sealedPlace, type SealedColumns } from './sealed-columns';

export const SCRATCH_SEALED_TABLE: SealedColumns = { table: 'scratch_requests', idColumn: 'id', columns: ['contact', 'message'] };
registerSealedColumns(SCRATCH_SEALED_TABLE);

export interface ScratchRequest {
  id: string;
  contact: string;
  message: string | null;
}

/** scratch_requests made afresh, holding `requests` sealed by `ring`. */
export async function fillScratchTable(dataSource: DataSource, ring: KeyRing, requests: readonly ScratchRequest[]): Promise<void> {
  await dataSource.query(`DROP TABLE IF EXISTS scratch_requests`);
  await dataSource.query(`CREATE TABLE scratch_requests (id uuid PRIMARY KEY, contact text NOT NULL, message text, status text NOT NULL DEFAULT 'NEW')`);
  for (const { id, contact, message } of requests) {
    await dataSource.query(`INSERT INTO scratch_requests (id, contact, message) VALUES ($1, $2, $3)`, [
      id,
      ring.seal(contact, sealedPlace('scratch_requests', 'contact', id)),
      message === null ? null : ring.seal(message, sealedPlace('scratch_requests', 'message', id)),
    ]);
  }
}

/** Every row of scratch_requests as `ring` opens it, in the order of their ids (throws SealedValueError when one does not open). */
export async function openScratchTable(dataSource: DataSource, ring: KeyRing): Promise<ScratchRequest[]> {
  const rows: ScratchRequest[] = await dataSource.query(`SELECT id, contact, message FROM scratch_requests ORDER BY id`);
  return rows.map(({ id, contact, message }) => ({
    id,
    contact: ring.open(contact, sealedPlace('scratch_requests', 'contact', id)),
    message: message === null ? null : ring.open(message, sealedPlace('scratch_requests', 'message', id)),
  }));
}
