import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDataSource } from '../database/data-source';
import { startDatabase } from '../database/database';

const MIGRATIONS_DIR = path.join(__dirname, '..', 'database', 'migrations');

/** What the template is made of: a change to any migration, or another PGlite, makes a new one. */
function templateVersion(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json')));
  for (const file of readdirSync(MIGRATIONS_DIR).sort()) hash.update(file).update(readFileSync(path.join(MIGRATIONS_DIR, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * An in-memory PGlite's data directory with every migration run (and nothing else), made once
 * per version and kept in the system's temporary directory: each API test file's database starts
 * from it instead of migrating anew (seconds per file on PGlite). PostgreSQL needs none.
 */
export async function migratedTemplate(): Promise<Blob> {
  const file = path.join(tmpdir(), 'groupfinder-test-templates', `pglite-${templateVersion()}.tar`);
  if (!existsSync(file)) {
    const database = await startDatabase({ databaseUrl: undefined, dataDir: 'memory://' });
    try {
      const dataSource = await openDataSource(database.url);
      await dataSource.destroy();
      const dump = Buffer.from(await ((await database.dump?.()) as Blob).arrayBuffer());
      mkdirSync(path.dirname(file), { recursive: true });
      // Written whole, then renamed: a test file running beside never reads half a template.
      const partial = `${file}.${process.pid}`;
      writeFileSync(partial, dump);
      renameSync(partial, file);
    } finally {
      await database.stop();
    }
  }
  return new Blob([readFileSync(file)]);
}
