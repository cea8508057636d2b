import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { LIMITS } from '@groupfinder/domain';
import { visit, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';
import type { Context } from '../kernel/context';
import { AppError, type ErrorCode } from '../kernel/errors';

/**
 * The limits every request meets before any resolver runs (README "The API for partners"): its
 * size in tokens (the parser stops counting there), depth, aliases, directives, and a cost from
 * the list sizes it asks for. Each refusal is a 400 with its own code.
 */

/** graphql-js stops parsing beyond this many tokens (Apollo's `parseOptions`). */
export const PARSE_OPTIONS = { maxTokens: LIMITS.queryTokensMax };

function refuse(code: ErrorCode, max: number) {
  return [(context: ValidationContext | null) => context?.reportError(new AppError(code, { max }))];
}

export const VALIDATION_RULES: ValidationRule[] = [
  maxDepthRule({
    n: LIMITS.queryDepthMax,
    // Measure the shape of the response: colocated fragments must not count as extra levels.
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: refuse('QUERY_TOO_DEEP', LIMITS.queryDepthMax),
  }),
  maxAliasesRule({ n: LIMITS.queryAliasesMax, propagateOnRejection: false, onReject: refuse('QUERY_TOO_MANY_ALIASES', LIMITS.queryAliasesMax) }),
  maxDirectivesRule({ n: LIMITS.queryDirectivesMax, propagateOnRejection: false, onReject: refuse('QUERY_TOO_MANY_DIRECTIVES', LIMITS.queryDirectivesMax) }),
] as ValidationRule[];

/** A list asked for with `first: n` costs n times what one of its items costs. */
const listSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = args['first'];
  if (typeof first !== 'number') return undefined;
  return 1 + Math.max(1, first) * childComplexity;
};

/** Fields that cost more than their size (counts and facets are queries of their own) say so with `complexity` in their decorator. */
const ESTIMATORS = [fieldExtensionsEstimator(), listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** The cost of the same document with the same variables is computed once (a popular search is asked for again and again). */
const costs = new WeakMap<DocumentNode, LRUCache<string, { cost: number | undefined }>>();

function cachedCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number | undefined {
  let byVariables = costs.get(document);
  if (!byVariables) costs.set(document, (byVariables = new LRUCache({ max: 200 })));
  const key = JSON.stringify([operationName, variables]);
  let entry = byVariables.get(key);
  if (!entry) byVariables.set(key, (entry = { cost: operationCost(schema, document, variables, operationName) }));
  return entry.cost;
}

/** The cost of an operation; undefined when its variables are wrong (execution then refuses them with a coded error, before any resolver). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number | undefined {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: ESTIMATORS });
  } catch {
    return undefined;
  }
}

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsNul);
  return false;
}

/** PostgreSQL text cannot hold NUL: a NUL in a string (a variable or an escaped literal) is the caller's mistake, said before anything runs. */
function containsNul(document: DocumentNode, variables: Record<string, unknown> | undefined): boolean {
  return holdsNul(variables) || literalsHoldNul(document);
}

/** Apollo keeps one parsed document per query text: each is looked at once. */
const nulInLiterals = new WeakMap<DocumentNode, boolean>();

function literalsHoldNul(document: DocumentNode): boolean {
  let found = nulInLiterals.get(document);
  if (found === undefined) {
    found = false;
    visit(document, { StringValue: (node) => void (found ||= node.value.includes('\0')) });
    nulInLiterals.set(document, found);
  }
  return found;
}

/** Refuses an operation over the cost budget, or holding a NUL character, once its variables are known, before it executes. */
export function requestLimitsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, operation }) {
          // This API has no subscriptions: a request for one is the caller's mistake, said before anything runs.
          if (operation?.operation === 'subscription') throw new AppError('BAD_REQUEST', undefined, { http: { status: 400 } });
          if (containsNul(document, request.variables)) throw new AppError('INVALID_CHARACTER', undefined, { http: { status: 400 } });
          const cost = cachedCost(schema, document, request.variables, operationName ?? undefined);
          if (cost !== undefined && cost > LIMITS.queryCostMax) {
            throw new AppError('QUERY_TOO_COSTLY', { max: LIMITS.queryCostMax, cost }, { http: { status: 400 } });
          }
        },
      };
    },
  };
}

/**
 * A last guard on the answer's size, should the cost estimate ever be wrong: an answer over the cap
 * is replaced by RESPONSE_TOO_LARGE rather than sent.
 */
export function responseSizeCap(maxBytes: number, message: (request: Parameters<RequestHandler>[0]) => string): RequestHandler {
  return (request, response, next) => {
    const send = response.send.bind(response);
    response.send = (body?: unknown) => {
      if (typeof body === 'string' && body.length > maxBytes / 4 && Buffer.byteLength(body) > maxBytes) {
        response.status(400).type('application/json');
        return send(JSON.stringify({ errors: [{ message: message(request), extensions: { code: 'RESPONSE_TOO_LARGE' } }] }));
      }
      return send(body);
    };
    next();
  };
}
