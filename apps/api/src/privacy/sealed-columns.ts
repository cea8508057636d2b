import type { SealedPlace } from './sealed';

/** A table's columns that hold sealed values (KeyRing.seal), and the column of its row ids (the `rowId` of their places). */
export interface SealedColumns {
  table: string;
  idColumn: string;
  columns: readonly string[];
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const registry = new Map<string, SealedColumns>();

/**
 * Tells resealAll (and `npm run keys:reseal`) about a table's sealed columns. Call it at the top
 * level of the module that defines the table's entity: data-source.ts imports every entity, so
 * whatever opens the database knows every sealed column. Registering the same table again with
 * the same columns changes nothing; with others, it throws.
 */
export function registerSealedColumns(entry: SealedColumns): void {
  for (const name of [entry.table, entry.idColumn, ...entry.columns]) {
    if (!IDENTIFIER.test(name)) throw new TypeError(`registerSealedColumns: ${name} is not a table or column name as the database spells it (a-z, 0-9, _)`);
  }
  if (entry.columns.length === 0) throw new TypeError(`registerSealedColumns: ${entry.table} names no sealed column`);
  const columns: SealedColumns = { table: entry.table, idColumn: entry.idColumn, columns: [...entry.columns] };
  const known = registry.get(entry.table);
  if (known && JSON.stringify(known) !== JSON.stringify(columns)) throw new Error(`registerSealedColumns: ${entry.table} is registered already, with other columns`);
  registry.set(entry.table, columns);
}

/** Every registered table with sealed columns. */
export function sealedColumns(): readonly SealedColumns[] {
  return [...registry.values()];
}

/** The place of a sealed column's value in the row `rowId`, for KeyRing.seal and open. */
export function sealedPlace(table: string, column: string, rowId: string | number): SealedPlace {
  return { table, column, rowId: String(rowId) };
}
