/**
 * The embedded database alone in a process of its own, on the data directory given, for the specs
 * of its lock: prints `ready <url>` once it serves (or the reason it cannot, and exits 1), and
 * serves until it is stopped or killed.
 */
import { startDatabase } from '../database/database';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: embedded-database-process.ts <data directory>');

startDatabase({ databaseUrl: undefined, dataDir }).then(
  (database) => {
    console.log(`ready ${database.url}`);
    process.once('SIGTERM', () => void database.stop().then(() => process.exit(0)));
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
