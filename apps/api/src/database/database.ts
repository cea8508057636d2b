import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';
import { takeTurnsOnPGlite } from './pglite-socket-turns';

export interface DatabaseOptions {
  /** A PostgreSQL server to use as it is. */
  databaseUrl: string | undefined;
  /** Otherwise PGlite keeps its files here ("memory://" keeps nothing). */
  dataDir: string;
  /** Connections the socket accepts: above the app's pool (10) and the job queue's (2) together. */
  maxConnections?: number;
  /** An in-memory PGlite starts as this dump of a data directory (the tests' migrated template), else empty. */
  startFrom?: Blob;
}

export interface Database {
  /** A PostgreSQL connection URL, for PGlite too: the app talks to both alike, through `pg`. */
  url: string;
  embedded: boolean;
  /** The embedded database's data directory as a tarball (what `startFrom` takes). */
  dump?(): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * The database the API talks to: the given PostgreSQL server, or an embedded PGlite behind a
 * loopback socket (PGlite accepts any password and is always superuser, so never bind it wider).
 */
export async function startDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, stop: async () => undefined };

  const inMemory = options.dataDir.startsWith('memory://');
  let releaseLock: (() => void) | undefined;
  if (!inMemory) {
    mkdirSync(options.dataDir, { recursive: true });
    // Two processes on one PGlite directory silently lose writes: refuse a second one while the first lives.
    releaseLock = lockDataDir(path.join(options.dataDir, '..', `${path.basename(options.dataDir)}.pid`), `The PGlite data directory ${options.dataDir}`).release;
  }
  try {
    // The extensions the migrations create, loaded from PGlite's contrib set (PostgreSQL ships them too).
    const db = await PGlite.create(inMemory ? undefined : options.dataDir, { extensions: { cube, earthdistance, pg_trgm }, loadDataDir: options.startFrom });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections ?? 20 });
    // Without it, two connections' queries interleave in PGlite's one session and get each other's rows.
    takeTurnsOnPGlite(server);
    await server.start();
    return {
      url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
      embedded: true,
      dump: () => db.dumpDataDir('none'),
      async stop() {
        await server.stop();
        await db.close();
        releaseLock?.();
      },
    };
  } catch (error) {
    releaseLock?.();
    throw error;
  }
}
