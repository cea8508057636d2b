import { busyRetryDelayMs } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import type { TypedDocumentString } from './gql/graphql';

/** A request that produced no data: the network failed, the server answered with an error, or GraphQL reported one. */
/** Refusals of an embed's key that asking again will not change (a key deleted, a site not on its list): said, with no retry. */
export const EMBED_REFUSALS: ReadonlySet<string> = new Set(['EMBED_NOT_FOUND', 'EMBED_ORIGIN_REFUSED']);

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    message: string,
    /** `extensions.code` of the first GraphQL error (e.g. `BAD_USER_INPUT`), when there was one. */
    readonly code?: string,
    /** `extensions.problems` of an INVALID_INPUT: each problem at its field, in the request's language. */
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** A problem at one field of the input, as the API explains it (`extensions.problems`). */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: ReadonlyArray<{ message?: string; extensions?: { code?: unknown; problems?: unknown } }>;
}

export interface RequestOptions {
  /** Sent as `Accept-Language`, so errors come back in the widget's language. */
  locale: Locale;
  signal?: AbortSignal;
  /** Post a query too: its answer is for this visitor alone and must not be kept by any cache (a form's token). */
  post?: boolean;
}

const ACCEPT = 'application/graphql-response+json, application/json';

/** The SHA-256 codegen gave a query (`persistedDocuments`), or null for a mutation: those are always posted. */
function persistedHash(document: TypedDocumentString<unknown, unknown>): string | null {
  const hash = (document.__meta__ as { hash?: unknown } | undefined)?.hash;
  const operation = /\b(query|mutation|subscription)\s+\w*\s*[({]/.exec(document.toString())?.[1];
  return typeof hash === 'string' && operation === 'query' ? hash.replace(/^sha256:/, '') : null;
}

/**
 * Runs one operation: a query as a GET naming it by its hash (a simple request: no preflight, and
 * the answer may be cached by the browser, a CDN or nginx), posted in full only if the server does
 * not know the hash; anything else as a POST. No client library, no cookies (`credentials: 'omit'`):
 * nothing but the operation, its variables and the visitor's language leaves the page.
 */
export async function request<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions,
): Promise<TResult> {
  const hash = options.post ? null : persistedHash(document as TypedDocumentString<unknown, unknown>);
  if (hash) {
    const params = new URLSearchParams({ variables: JSON.stringify(variables), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) });
    const url = `${endpoint}${endpoint.includes('?') ? '&' : '?'}${params}`;
    try {
      return await send<TResult>(url, { method: 'GET', headers: { Accept: ACCEPT, 'Accept-Language': options.locale } }, options);
    } catch (error) {
      if (!(error instanceof GraphQLRequestError && error.code === 'PERSISTED_QUERY_NOT_FOUND')) throw error;
    }
  }
  const body = JSON.stringify({ query: document.toString(), variables });
  return send<TResult>(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: ACCEPT, 'Accept-Language': options.locale }, body }, options);
}

function wait(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

async function send<TResult>(url: string, init: RequestInit, { signal }: RequestOptions): Promise<TResult> {
  const attempt = async () => {
    try {
      return await fetch(url, { ...init, mode: 'cors', credentials: 'omit', signal: signal ?? null });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new GraphQLRequestError(error instanceof Error ? error.message : String(error), 'NETWORK_ERROR');
    }
  };
  let response = await attempt();
  // A busy or rate-limited API says when to ask again: within seconds, the widget waits and asks once more.
  const delay = busyRetryDelayMs(response.status, response.headers.get('Retry-After'));
  if (delay !== null) {
    await response.arrayBuffer().catch(() => undefined);
    await wait(delay, signal);
    response = await attempt();
  }

  let payload: GraphQLResponse<TResult>;
  try {
    payload = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new GraphQLRequestError(`HTTP ${response.status} without a GraphQL response`, 'BAD_RESPONSE');
  }
  const [first] = payload.errors ?? [];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : undefined;
    throw new GraphQLRequestError(first.message ?? `HTTP ${response.status}`, code, fieldProblems(first.extensions?.problems));
  }
  if (!response.ok || payload.data == null) {
    throw new GraphQLRequestError(`HTTP ${response.status} without data`, 'BAD_RESPONSE');
  }
  return payload.data;
}

/** The field problems of an answer, those that have what the widget shows (a field and a message). */
function fieldProblems(problems: unknown): FieldProblem[] {
  if (!Array.isArray(problems)) return [];
  return problems.filter(
    (problem): problem is FieldProblem => typeof problem?.field === 'string' && typeof problem.code === 'string' && typeof problem.message === 'string',
  );
}
