import { Pool, type PoolClient, type QueryResult } from 'pg';

/** The connections pg-boss gets besides the app's pool; PGlite's socket must accept both. */
export const QUEUE_POOL_SIZE = 2;

const DEADLOCK_DETECTED = '40P01';
const DEADLOCK_ATTEMPTS = 3;

export interface QueueDatabaseOptions {
  /** The database the queue lives in (its tables are in the schema `pgboss`). */
  url: string;
  maxConnections?: number;
  /** Connection errors of idle clients (a restarted server), which would otherwise end the process. */
  onError(error: Error): void;
}

/** What pg-boss calls for every query (its `db` option), and a close that waits for them. */
export interface QueueDatabase {
  executeSql(text: string, values?: unknown[]): Promise<QueryResult>;
  close(): Promise<void>;
}

/**
 * pg-boss's database: its own small pool, and two repairs its built-in one lacks.
 *
 * - pg-boss sends its schema creation and maintenance as one string, `BEGIN; ...; COMMIT;`. When a
 *   statement in it fails, PostgreSQL leaves that connection in an aborted transaction. On a server
 *   only that pooled connection is spoilt (until `idle_in_transaction_session_timeout`); behind
 *   PGlite's socket, where every connection shares one session, every other connection then waits
 *   forever. So a failed statement sent without parameters is followed by a ROLLBACK on the same
 *   connection.
 * - pg-boss's `create_queue` deadlocks when two processes create queues at the same moment on a
 *   fresh database (one of them fails to start). PostgreSQL rolls the victim back whole, so a
 *   statement that was chosen as a deadlock victim is simply sent again.
 */
export function openQueueDatabase(options: QueueDatabaseOptions): QueueDatabase {
  const pool = new Pool({
    connectionString: options.url,
    max: options.maxConnections ?? QUEUE_POOL_SIZE,
    application_name: 'pgboss',
    // A query stuck behind PGlite's single session fails instead of hanging, as the app's do; so does
    // a connection to a database that does not answer (a network that drops everything would hold it for minutes).
    query_timeout: 15_000,
    connectionTimeoutMillis: 15_000,
  });
  pool.on('error', options.onError);
  const inFlight = new Set<Promise<unknown>>();

  async function execute(text: string, values: unknown[] | undefined): Promise<QueryResult> {
    for (let attempt = 1; ; attempt += 1) {
      const client: PoolClient = await pool.connect();
      let broken: Error | undefined;
      // A connection lost under the query fails the query; the client's own 'error', unheard, would end the process.
      const lost = (error: Error) => (broken = error);
      client.on('error', lost);
      try {
        return await client.query(text, values);
      } catch (error) {
        const code = (error as { code?: string }).code;
        // Without a server error code (a timeout, a dropped socket) the connection's state is unknown: drop it.
        if (code === undefined) broken = error as Error;
        else if (values === undefined) await client.query('ROLLBACK').catch(() => undefined);
        if (code === DEADLOCK_DETECTED && attempt < DEADLOCK_ATTEMPTS) continue;
        throw error;
      } finally {
        client.removeListener('error', lost);
        client.release(broken);
      }
    }
  }

  return {
    executeSql(text, values) {
      const query = execute(text, values);
      inFlight.add(query);
      void query.catch(() => undefined).finally(() => inFlight.delete(query));
      return query;
    },
    async close() {
      // pg-boss records a finished job without awaiting it: let that land before the pool ends.
      await Promise.allSettled([...inFlight]);
      await pool.end();
    },
  };
}
