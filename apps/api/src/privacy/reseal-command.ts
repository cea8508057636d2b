/**
 * `npm run keys:reseal`: seals every value still under an old key of DATA_KEYS again under the
 * first one, on the database the API uses (DATABASE_URL, else the embedded PGlite of
 * PGLITE_DATA_DIR), and prints what it did and which keys are still in use (README, Keys).
 * On PostgreSQL it runs beside the API; the embedded database serves one process, so there the
 * API must be stopped first (its lock refuses this command meanwhile).
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { sealPlainSecrets } from '../auth/second-factor';
import { loadConfig } from '../config';
import { createDataSource } from '../database/data-source';
import { startDatabase, type Database } from '../database/database';
import { configureLogger } from '../kernel/logger';
import { loadKeyRing } from './keys';
import { countByKey, resealAll } from './reseal';
import { sealedColumns, type SealedColumns } from './sealed-columns';

async function openDatabase(config: ReturnType<typeof loadConfig>): Promise<Database> {
  try {
    return await startDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/ is locked by /.test(message)) throw error;
    throw new Error(`${message}.\nThe embedded database serves one process at a time: stop the API (npm start), run keys:reseal, then start the API again. On PostgreSQL (DATABASE_URL) it runs beside the API.`);
  }
}

async function reseal(print: (line: string) => void): Promise<void> {
  const config = loadConfig();
  configureLogger(config);
  const ring = loadKeyRing(config.keys);
  const oldKeys = ring.keyIds.slice(1);
  print(`Sealing under key ${ring.activeKeyId}${oldKeys.length > 0 ? `; DATA_KEYS also opens ${oldKeys.join(', ')}` : ''}.`);
  if (sealedColumns().length === 0) return print('No sealed columns are registered: nothing to reseal.');
  if (!config.databaseUrl && !config.dataDir.startsWith('memory://') && !existsSync(config.dataDir)) return print(`No embedded database in ${config.dataDir} yet: nothing to reseal.`);
  const database = await openDatabase(config);
  // No migrations: this changes values, never the schema. Tables not created yet hold nothing to reseal.
  const dataSource = createDataSource(database.url, { connectTimeoutMs: config.dbConnectTimeoutMs });
  try {
    await dataSource.initialize();
    const tables: SealedColumns[] = [];
    for (const entry of sealedColumns()) {
      const [{ present }] = (await dataSource.query(
        `SELECT count(*) = cardinality($2::text[]) AS present FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = ANY ($2)`,
        [entry.table, entry.columns],
      )) as [{ present: boolean }];
      if (present) tables.push(entry);
      else print(`${entry.table}: not in this database yet (start the API once to migrate it), nothing to reseal.`);
    }
    // As the API's start does: a secret stored in the clear by an older version is sealed first.
    if (tables.some((entry) => entry.table === 'users')) await sealPlainSecrets(dataSource, ring);
    for (const { table, column, resealed } of await resealAll(dataSource, ring, { tables })) print(`${table}.${column}: ${resealed} resealed`);
    const stillOld = (await countByKey(dataSource, tables)).filter(({ keyId }) => keyId !== ring.activeKeyId);
    for (const { table, column, keyId, values } of stillOld) print(`${table}.${column}: ${values} still under ${keyId}`);
    if (stillOld.length > 0) {
      print('An API process still seals under an old key: restart every process with the new DATA_KEYS, then run keys:reseal again.');
    } else {
      print(`Every sealed value is under ${ring.activeKeyId}.${oldKeys.length > 0 ? ` ${oldKeys.join(', ')} can be dropped from DATA_KEYS.` : ''}`);
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

if (require.main === module) {
  reseal((line) => console.log(line)).then(
    () => process.exit(0),
    (error: unknown) => {
      // Messages here name places, settings and key ids, never a value or a key.
      console.error(`keys:reseal failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
