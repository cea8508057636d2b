import { AsyncLocalStorage } from 'node:async_hooks';
import { translate, type Locale, type MessageValues } from '@groupfinder/translations';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { logUnavailable, queryUnavailableReason } from '../database/unavailable';
import { AppError, errorMessage, type ErrorCode, type InputProblem } from '../kernel/errors';
import { logger } from '../kernel/logger';
import { PARSE_OPTIONS } from './limits';
import { SealedValueError } from '../privacy/sealed';

/** Errors about the request itself, raised by Apollo or graphql-js: safe to explain to the caller. */
const CLIENT_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND']);

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current && !chain.includes(current); current = (current as { originalError?: unknown }).originalError) {
    chain.push(current);
  }
  return chain;
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; context: Record<string, unknown> | undefined }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => ({ field, context: error.contexts?.[constraint] }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

interface Described {
  code: ErrorCode;
  values?: MessageValues;
  extra?: Record<string, unknown>;
}

function describe(formatted: GraphQLFormattedError, error: unknown): Described | null {
  const chain = causes(error);
  const appError = chain.find((cause): cause is AppError => cause instanceof AppError);
  if (appError) {
    const { problems, fieldNames } = appError.extensions;
    return {
      code: appError.extensions['code'] as ErrorCode,
      values: appError.extensions['values'] as MessageValues | undefined,
      extra: { ...(problems ? { problems } : {}), ...(fieldNames ? { fieldNames } : {}) },
    };
  }
  const invalid = chain.find((cause): cause is ArgumentValidationError => cause instanceof ArgumentValidationError);
  if (invalid) {
    const problems = flatten(invalid.extensions.validationErrors as ValidationError[]);
    const fields = [...new Set(problems.map((problem) => problem.field))];
    const codes = new Set(problems.map((problem) => problem.context?.['code']));
    const [only] = problems;
    if (codes.size === 1 && only?.context?.['code'] && only.context['code'] !== 'BAD_USER_INPUT') {
      return { code: only.context['code'] as ErrorCode, values: only.context['values'] as MessageValues | undefined, extra: { fields } };
    }
    // Several coded problems (an empty name and an empty short name): each at its field, in words, as InvalidInput says them.
    if (problems.every((problem) => problem.context?.['code'] && problem.context['code'] !== 'BAD_USER_INPUT')) {
      const listed: InputProblem[] = problems
        .map((problem) => ({ field: problem.field, code: problem.context?.['code'] as ErrorCode, values: problem.context?.['values'] as MessageValues | undefined }))
        // A value breaking two rules of one code (an empty short name: its length and its letters) is one problem.
        .filter((problem, index, all) => all.findIndex((other) => other.field === problem.field && other.code === problem.code) === index);
      return { code: 'INVALID_INPUT', values: { count: listed.length }, extra: { problems: listed, fields } };
    }
    return { code: 'BAD_USER_INPUT', values: { fields: fields.join(', ') }, extra: { fields } };
  }
  // Stored data sealed under a key this server does not hold (DATA_KEYS incomplete), or damaged: the operator's to mend.
  const unreadable = chain.find((cause): cause is SealedValueError => cause instanceof SealedValueError);
  if (unreadable) {
    logger('graphql').error('stored data cannot be opened with DATA_KEYS', {
      problem: unreadable.problem,
      table: unreadable.place?.table,
      column: unreadable.place?.column,
      keyId: unreadable.keyId,
      at: formatted.path?.join('.') ?? '(request)',
    });
    return { code: 'DATA_UNREADABLE' };
  }
  // The database went away outside a request's unit of work (which says so itself): one line in the log, no stack.
  const unavailable = chain.map(queryUnavailableReason).find((reason) => reason !== null);
  if (unavailable) {
    logUnavailable(unavailable);
    return { code: 'SERVICE_UNAVAILABLE' };
  }
  const code = formatted.extensions?.['code'];
  // graphql-js stops parsing at the token limit (limits.ts) with a syntax error of its own words.
  if (code === 'GRAPHQL_PARSE_FAILED' && /contains more th\w+ \d+ tokens/.test(formatted.message)) {
    return { code: 'QUERY_TOO_LONG', values: { max: PARSE_OPTIONS.maxTokens } };
  }
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    // A variable of the wrong type or missing: graphql-js names it first in its message.
    const values = code === 'BAD_USER_INPUT' ? { fields: /^Variable "\$(\w+)"/.exec(formatted.message)?.[1] ?? '-' } : undefined;
    // graphql-js explains what is wrong with the query; the caller wrote it, so it may read it.
    return { code: code as ErrorCode, values, extra: { detail: formatted.message } };
  }
  // graphql-js's own word on a request it cannot run (a subscription here, say): nothing failed inside.
  if (chain.length === 1 && error instanceof GraphQLError && !formatted.path) {
    return { code: 'BAD_REQUEST', extra: { detail: formatted.message } };
  }
  return null;
}

/**
 * The language of the request whose errors are being formatted (its Accept-Language), set around
 * Apollo's handling of it (server.ts): errors Apollo answers before any plugin runs (a body without a
 * query, variables that are not an object) are written in it; the locale plugin rewrites the rest.
 */
export const errorLocale = new AsyncLocalStorage<Locale>();

/**
 * Every error leaves with a code (and the values its message needs: the locale plugin writes the
 * message in the operation's language; until then it is the request's). Anything unexpected is masked as
 * INTERNAL_SERVER_ERROR and logged without its message, which may hold personal data.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const locale = errorLocale.getStore() ?? 'en';
  const described = describe(formatted, error);
  if (!described) {
    const name = error instanceof Error ? error.name : typeof error;
    const origin = causes(error).at(-1);
    const frames = origin instanceof Error ? (origin.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
    logger('graphql').error('unexpected error', { error: name, at: formatted.path?.join('.') ?? '(request)', stack: frames });
    return { message: translate(locale, 'error.INTERNAL_SERVER_ERROR'), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return {
    message: errorMessage(locale, described.code, described.values),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: described.code, ...described.extra, ...(described.values ? { values: described.values } : {}) },
  };
}
