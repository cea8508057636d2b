import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database/migrations/1764300000000-accounts';
import { boundQueries, PATIENT_TIMEOUTS, statementWaitMs, type RequestTimeouts } from '../database/unavailable';
import type { Viewer } from '../kernel/context';

/** One transaction for one request: scoped by row-level security, committed or rolled back once. */
export interface UnitOfWork {
  readonly db: EntityManager;
  asSystem<T>(work: (db: EntityManager) => Promise<T>): Promise<T>;
  /** Sets who is asking for the rest of the transaction (null: anonymous), as PostgreSQL sees it. */
  setViewer(viewer: Viewer | null): Promise<void>;
  finish(outcome: 'commit' | 'rollback'): Promise<void>;
}

/**
 * `SET LOCAL` through set_config(…, true): the only kind of setting that stays per request behind
 * PGlite's shared session. The request's statement_timeout with it (PGlite ignores it).
 */
async function applyViewer(runner: QueryRunner, viewer: Viewer | null, statementTimeoutMs: number): Promise<void> {
  const scope = viewer?.scope;
  await runner.query(
    `SELECT set_config('app.user_id', $1, true), set_config('app.platform_admin', $2, true),
            set_config('app.organisation_ids', $3, true), set_config('app.unit_ids', $4, true),
            set_config('app.group_ids', $5, true), set_config('app.municipality_ids', $6, true),
            set_config('statement_timeout', $7, true)`,
    [
      viewer?.userId ?? '',
      scope?.platformAdmin ? 'on' : 'off',
      scope?.organisationIds.join(',') ?? '',
      scope?.unitIds.join(',') ?? '',
      scope?.groupIds.join(',') ?? '',
      scope?.municipalityIds.join(',') ?? '',
      String(statementTimeoutMs),
    ],
  );
  await runner.query(`SET LOCAL ROLE ${APP_ROLE}`);
}

/**
 * One query at a time on the request's connection, in the order asked, and none from outside an
 * `asSystem` block while it runs: resolvers of one response run concurrently, and a query of
 * theirs slipping into a system block would run without row-level security.
 */
function serialise(runner: QueryRunner): { system<T>(work: () => Promise<T>): Promise<T>; inSystem(): boolean } {
  const query = runner.query.bind(runner);
  const system = new AsyncLocalStorage<true>();
  let queue: Promise<unknown> = Promise.resolve();
  let systemBlock: Promise<unknown> | null = null;
  runner.query = (async (...args: Parameters<QueryRunner['query']>) => {
    while (systemBlock && !system.getStore()) await systemBlock.catch(() => undefined);
    const result = queue.then(() => query(...args));
    queue = result.catch(() => undefined);
    return result;
  }) as QueryRunner['query'];
  return {
    inSystem: () => system.getStore() === true,
    async system(work) {
      while (systemBlock) await systemBlock.catch(() => undefined);
      const block = system.run(true, work);
      systemBlock = block;
      try {
        return await block;
      } finally {
        systemBlock = null;
      }
    },
  };
}

/**
 * Begins a request's transaction as anonymous; `setViewer` narrows or widens it once the session is
 * known. A database that does not answer in time fails it with DatabaseUnavailable (unavailable.ts):
 * a connection and its first answer within connectTimeoutMs each, every later statement within statementTimeoutMs.
 */
export async function beginUnitOfWork(dataSource: DataSource, timeouts: RequestTimeouts = PATIENT_TIMEOUTS): Promise<UnitOfWork> {
  const runner = dataSource.createQueryRunner();
  const bound = boundQueries(runner, timeouts.connectTimeoutMs);
  const lock = serialise(runner);
  await bound.connect();
  try {
    await runner.startTransaction();
    await applyViewer(runner, null, timeouts.statementTimeoutMs);
  } catch (error) {
    await bound.release();
    throw error;
  }
  bound.waitUpTo(statementWaitMs(timeouts));
  let finished = false;
  return {
    db: runner.manager,
    asSystem(work) {
      if (lock.inSystem()) return work(runner.manager);
      return lock.system(async () => {
        await runner.query(`SET LOCAL ROLE NONE`);
        try {
          return await work(runner.manager);
        } finally {
          await runner.query(`SET LOCAL ROLE ${APP_ROLE}`);
        }
      });
    },
    setViewer: (viewer) => applyViewer(runner, viewer, timeouts.statementTimeoutMs),
    async finish(outcome) {
      if (finished) return;
      finished = true;
      try {
        // The database went away under the request: its connection goes, and its transaction with it.
        if (bound.failure) return;
        if (outcome === 'commit') await runner.commitTransaction();
        else await runner.rollbackTransaction();
      } finally {
        await bound.release();
      }
    },
  };
}
