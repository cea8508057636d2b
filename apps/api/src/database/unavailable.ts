import { QueryFailedError, type QueryRunner } from 'typeorm';
import { AppError } from '../kernel/errors';
import { logger } from '../kernel/logger';

const log = logger('database');

/** What a client refused for an unavailable database is asked to wait before it tries again (Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * How much longer than PostgreSQL's own statement_timeout a request waits before it gives its
 * connection up for dead: enough for the cancel of a live database to arrive first, short enough
 * that with the default timeout (2 s) a frozen one is answered 503 within 2.5 s.
 */
const NO_ANSWER_MARGIN_MS = 500;

/** The database is down, unreachable or too slow: 503 with Retry-After, SERVICE_UNAVAILABLE; the caller may simply try again. */
export class DatabaseUnavailable extends AppError {
  constructor(readonly reason: string) {
    super('SERVICE_UNAVAILABLE', undefined, { http: { status: 503, headers: new Map([['retry-after', String(DATABASE_RETRY_AFTER_SECONDS)]]) } });
  }
}

/** Node's errors of a connection that cannot be made or was lost. */
const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EHOSTUNREACH', 'EHOSTDOWN', 'ENETUNREACH', 'ENETDOWN', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EADDRNOTAVAIL']);

/**
 * PostgreSQL's: 08 connection exception, 53 insufficient resources (too many connections), 57P
 * shutting down or starting up, 57014 a statement cancelled (statement_timeout).
 */
const SERVER_UNAVAILABLE = /^(08|53|57P)|^57014$/;

/** node-postgres' own, which carry no code: a connection not made in time, or ended under a query. */
const DRIVER_UNAVAILABLE = /timeout exceeded when trying to connect|Connection terminated|Query read timeout|not queryable/;

/** A short reason when `error` says the database is not there (rather than that it refused a query), else null. */
export function unavailableReason(error: unknown): string | null {
  if (error instanceof DatabaseUnavailable) return error.reason;
  const cause = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  // Not `instanceof Error`: Node's own errors come from another realm under jest.
  if (typeof cause !== 'object' || cause === null) return null;
  const { code, message } = cause as { code?: unknown; message?: unknown };
  if (typeof code === 'string') return NETWORK_ERRORS.has(code) || SERVER_UNAVAILABLE.test(code) ? code : null;
  return typeof message === 'string' ? (DRIVER_UNAVAILABLE.exec(message)?.[0] ?? null) : null;
}

/** The same for a failed query only: Node's network errors alone might come from anything (a mail server, say). */
export function queryUnavailableReason(error: unknown): string | null {
  return error instanceof QueryFailedError ? unavailableReason(error) : null;
}

/** The one line an unavailable database is logged with: its reason, never a query, its values or a stack. */
export function logUnavailable(reason: string): void {
  log.error('the database is unavailable', { reason });
}

export interface RequestTimeouts {
  /** The longest wait for a connection (pg-pool's connectionTimeoutMillis), and again for its first answer. */
  connectTimeoutMs: number;
  /** PostgreSQL cancels a request's statement after this long (statement_timeout). */
  statementTimeoutMs: number;
}

/** Waits when nothing says otherwise (tests; the configuration's defaults are in config.ts): as patient as before there were any. */
export const PATIENT_TIMEOUTS: RequestTimeouts = { connectTimeoutMs: 15_000, statementTimeoutMs: 15_000 };

/** How long a request waits for a statement's answer: a little longer than statement_timeout, so that PostgreSQL's own cancel comes first. */
export function statementWaitMs(timeouts: RequestTimeouts): number {
  return timeouts.statementTimeoutMs + NO_ANSWER_MARGIN_MS;
}

export interface QueryBound {
  /** Why the connection was given up, once it was: every later query fails at once with it. */
  readonly failure: DatabaseUnavailable | null;
  /** Takes a connection from the pool (which bounds the wait): DatabaseUnavailable when there is none. */
  connect(): Promise<void>;
  /** From now on, queries wait this long for an answer. */
  waitUpTo(milliseconds: number): void;
  /** Gives the connection back to the pool, or, once given up, has the pool close it rather than keep it. */
  release(): Promise<void>;
}

/**
 * Every query on the runner answers within its wait, or fails with DatabaseUnavailable: a network
 * that drops everything sends no error, so only a clock can tell. So does a query that fails
 * because the database went away. Either way every later query fails at once, and `release` has
 * the pool close the connection (kept, the next request would hang on it in turn). Logged once,
 * in one line, unless `quiet`. Replaces `runner.query`, which TypeORM's own calls go through too.
 */
export function boundQueries(runner: QueryRunner, waitMs: number, { quiet = false } = {}): QueryBound {
  const query = runner.query.bind(runner);
  let failure: DatabaseUnavailable | null = null;
  let wait = waitMs;
  const giveUp = (reason: string) => {
    if (failure) return failure;
    failure = new DatabaseUnavailable(reason);
    if (!quiet) logUnavailable(reason);
    return failure;
  };
  const failed = (error: unknown) => {
    const reason = unavailableReason(error);
    return reason ? giveUp(reason) : error;
  };
  runner.query = (async (...args: Parameters<QueryRunner['query']>) => {
    if (failure) throw failure;
    let timer: NodeJS.Timeout | undefined;
    const answer = query(...args);
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(giveUp(`no answer within ${wait} ms`)), wait);
    });
    try {
      return await Promise.race([answer, late]);
    } catch (error) {
      throw failed(error);
    } finally {
      clearTimeout(timer);
      // Answered late or never: nobody waits for it any more.
      answer.catch(() => undefined);
    }
  }) as QueryRunner['query'];
  return {
    get failure() {
      return failure;
    },
    async connect() {
      try {
        await runner.connect();
      } catch (error) {
        throw failed(error);
      }
    },
    waitUpTo(milliseconds) {
      wait = milliseconds;
    },
    async release() {
      if (!failure) return runner.release();
      // TypeORM's own way to hand pg-pool a connection with an error, which makes the pool close it (a query stuck on it too).
      await (runner as unknown as { releasePostgresConnection(error: Error): Promise<void> }).releasePostgresConnection(failure);
    },
  };
}

/** Readiness: a connection, and an answer to `SELECT 1`, within DB_CONNECT_TIMEOUT_MS each. Not logged: the probe's answer says it. */
export async function databaseAnswers(runner: QueryRunner, connectTimeoutMs: number): Promise<boolean> {
  const bound = boundQueries(runner, connectTimeoutMs, { quiet: true });
  try {
    await bound.connect();
    await runner.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await bound.release();
  }
}
