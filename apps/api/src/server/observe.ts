import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Context } from '../kernel/context';
import { logger } from '../kernel/logger';
import type { Metrics } from './metrics';

const log = logger('http');

/** What is learnt about a request while it is answered. */
interface RequestRecord {
  operationType: string | undefined;
  operationName: string | undefined;
  errorCodes: string[];
}

/**
 * Each request's record, by its request and then by its GraphQL context's HTTP exchange (see
 * observed: Apollo hands plugins a copy of the context, with the same exchange), for the Apollo
 * plugin. Not an AsyncLocalStorage: while one runs, Node copies its store into every promise the
 * process makes, which costs every await of every request.
 */
const records = new WeakMap<object, RequestRecord>();

/** Routes keep their name in the metrics; anything else is `other`, so that scanners cannot add series. */
const ROUTES = new Set(['/graphql', '/health', '/ready']);

/** 503s the process answers on purpose. */
const EXPECTED_REFUSALS = new Set(['OVERLOADED', 'SERVICE_UNAVAILABLE']);

/** Probes ask every few seconds: their lines are debug, not info. */
const PROBES = new Set(['/health', '/ready']);

function errorCodes(body: unknown): string[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((error: { extensions?: { code?: unknown } }) => error?.extensions?.code).filter((code): code is string => typeof code === 'string');
}

/**
 * The first middleware: one log line per request (method, path without its query, status, time,
 * the GraphQL operation and error codes, the headers with the personal ones censored by the logger),
 * and the request metrics when they are on. Never the body or the query string: they may hold
 * what a person typed.
 */
export function observeRequests(metrics: Metrics | null): RequestHandler {
  return (request, response, next) => {
    const started = process.hrtime.bigint();
    const record: RequestRecord = { operationType: undefined, operationName: undefined, errorCodes: [] };
    // Answers written before GraphQL runs (limits, refusals) carry their codes in JSON.
    const json = response.json.bind(response);
    response.json = (body: unknown) => {
      record.errorCodes.push(...errorCodes(body));
      return json(body);
    };
    response.once('close', () => {
      const durationSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      const path = request.originalUrl.split('?')[0] ?? '';
      // 499 (as nginx writes it): the client went away before the answer was sent.
      const status = response.writableFinished ? response.statusCode : 499;
      const fields = {
        method: request.method,
        path,
        status,
        durationMs: Math.round(durationSeconds * 1e4) / 10,
        operationType: record.operationType,
        operationName: record.operationName,
        errorCodes: record.errorCodes.length > 0 ? record.errorCodes : undefined,
        headers: request.headers,
      };
      // Shedding load and a database away are expected under stress: a warning each, not an error to chase.
      const expected = record.errorCodes.every((code) => EXPECTED_REFUSALS.has(code)) && record.errorCodes.length > 0;
      if (status >= 500 && !expected) log.error('request', fields);
      else if (status >= 500) log.warn('request', fields);
      else if (PROBES.has(path)) log.debug('request', fields);
      else log.info('request', fields);
      metrics?.record({ route: ROUTES.has(path) ? path : 'other', operationType: record.operationType ?? 'none', status, durationSeconds, errorCodes: record.errorCodes });
    });
    records.set(request, record);
    next();
  };
}

/** Ties a request's GraphQL context to its record, so that observePlugin can fill it in; returns the context. */
export function observed(context: Context, request: object): Context {
  const record = records.get(request);
  if (record) records.set(context.http, record);
  return context;
}

/** Tells the request's record which operation ran and which error codes it answered with (its context made by `observed`). */
export function observePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const record = records.get(contextValue.http);
      if (!record) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          record.operationType = operation?.operation;
          // The caller names it; a name is short, so a long one is cut rather than logged whole.
          record.operationName = operationName?.slice(0, 100) ?? undefined;
        },
        async willSendResponse({ response }) {
          if (response.body.kind === 'single') record.errorCodes.push(...errorCodes(response.body.singleResult));
        },
      };
    },
  };
}
