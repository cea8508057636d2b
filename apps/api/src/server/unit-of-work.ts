import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database/migrations/1764300000000-accounts';
import { boundQueries, PATIENT_TIMEOUTS, statementWaitMs, type RequestTimeouts } from '../database/unavailable';
import { holdTasksUntilCommit } from '../kernel/after-commit';
import type { Viewer } from '../kernel/context';

/** One transaction for one request: scoped by row-level security, committed or rolled back once. */
export interface UnitOfWork {
  readonly db: EntityManager;
  asSystem<T>(work: (db: EntityManager) => Promise<T>): Promise<T>;
  /** Sets who is asking for the rest of the transaction (null: anonymous), as PostgreSQL sees it. */
  setViewer(viewer: Viewer | null): Promise<void>;
  finish(outcome: 'commit' | 'rollback'): Promise<void>;
}

/** A string as an SQL literal (standard_conforming_strings: only the quote is special). */
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * Who asks, as the statements that tell PostgreSQL: `SET LOCAL` through set_config(…, true), the
 * only kind of setting that stays per request behind PGlite's shared session, the request's
 * statement_timeout with it (PGlite ignores it), then the role row-level security applies to. As
 * literals in one text, so that they go in one round trip: the values are ids and numbers.
 */
function viewerStatements(viewer: Viewer | null, statementTimeoutMs: number): string {
  const scope = viewer?.scope;
  const settings: [string, string][] = [
    ['app.user_id', viewer?.userId ?? ''],
    ['app.platform_admin', scope?.platformAdmin ? 'on' : 'off'],
    ['app.organisation_ids', scope?.organisationIds.join(',') ?? ''],
    ['app.unit_ids', scope?.unitIds.join(',') ?? ''],
    ['app.group_ids', scope?.groupIds.join(',') ?? ''],
    ['app.municipality_ids', scope?.municipalityIds.join(',') ?? ''],
    ['statement_timeout', String(statementTimeoutMs)],
  ];
  return `SELECT ${settings.map(([name, value]) => `set_config(${literal(name)}, ${literal(value)}, true)`).join(', ')}; SET LOCAL ROLE ${APP_ROLE}`;
}

/** TypeORM's own START TRANSACTION (so that it knows the transaction), sent together with `statements`. */
async function startTransactionWith(runner: QueryRunner, statements: string): Promise<void> {
  const query = runner.query;
  runner.query = ((text: string, ...rest: unknown[]) => query.call(runner, text === 'START TRANSACTION' ? `START TRANSACTION; ${statements}` : text, ...(rest as []))) as QueryRunner['query'];
  try {
    await runner.startTransaction();
  } finally {
    runner.query = query;
  }
}

/**
 * The unit of work whose `asSystem` block the code running belongs to. One for the process: Node
 * keeps every AsyncLocalStorage that ever ran and copies each into every promise made after, so
 * one per request made every await slower with each request served (after 5,000, 1 ms an await).
 */
const systemBlocks = new AsyncLocalStorage<object>();

/**
 * One query at a time on the request's connection, in the order asked, and none from outside an
 * `asSystem` block while it runs: resolvers of one response run concurrently, and a query of
 * theirs slipping into a system block would run without row-level security.
 */
function serialise(runner: QueryRunner): { system<T>(work: () => Promise<T>): Promise<T>; inSystem(): boolean } {
  const query = runner.query.bind(runner);
  const own = {};
  const inSystem = () => systemBlocks.getStore() === own;
  let queue: Promise<unknown> = Promise.resolve();
  let systemBlock: Promise<unknown> | null = null;
  runner.query = (async (...args: Parameters<QueryRunner['query']>) => {
    while (systemBlock && !inSystem()) await systemBlock.catch(() => undefined);
    const result = queue.then(() => query(...args));
    queue = result.catch(() => undefined);
    return result;
  }) as QueryRunner['query'];
  return {
    inSystem,
    async system(work) {
      while (systemBlock) await systemBlock.catch(() => undefined);
      const block = systemBlocks.run(own, work);
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
    // The transaction, anonymous, in one round trip.
    await startTransactionWith(runner, viewerStatements(null, timeouts.statementTimeoutMs));
  } catch (error) {
    await bound.release();
    throw error;
  }
  bound.waitUpTo(statementWaitMs(timeouts));
  // What afterCommit(db, …) was given: run once the commit succeeded, forgotten otherwise.
  const tasks = holdTasksUntilCommit(runner);
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
    setViewer: async (viewer) => {
      await runner.query(viewerStatements(viewer, timeouts.statementTimeoutMs));
    },
    async finish(outcome) {
      if (finished) return;
      finished = true;
      try {
        // The database went away under the request: its connection goes, and its transaction with it.
        if (bound.failure) return;
        if (outcome === 'commit') {
          await runner.commitTransaction();
          tasks.committed();
        } else await runner.rollbackTransaction();
      } finally {
        tasks.dropped();
        await bound.release();
      }
    },
  };
}

/** `work` in a unit of work of its own, as nobody in particular: committed when it succeeds. */
export async function inUnitOfWork<T>(dataSource: DataSource, timeouts: RequestTimeouts, work: (db: EntityManager) => Promise<T>): Promise<T> {
  const unit = await beginUnitOfWork(dataSource, timeouts);
  let outcome: 'commit' | 'rollback' = 'rollback';
  try {
    const result = await work(unit.db);
    outcome = 'commit';
    return result;
  } finally {
    await unit.finish(outcome);
  }
}
