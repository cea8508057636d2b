import type { Locale } from '@groupfinder/translations';
import type { TypedDocumentString } from './gql/graphql';

/** A request that produced no data: the network failed, the server answered with an error, or GraphQL reported one. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    message: string,
    /** `extensions.code` of the first GraphQL error (e.g. `BAD_USER_INPUT`), when there was one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: ReadonlyArray<{ message?: string; extensions?: { code?: unknown } }>;
}

export interface RequestOptions {
  /** Sent as `Accept-Language`, so errors come back in the widget's language. */
  locale: Locale;
  signal?: AbortSignal;
}

/**
 * Runs one operation with a plain POST: no client library, no cookies (`credentials: 'omit'`),
 * nothing but the operation, its variables and the visitor's language leaves the page.
 */
export async function request<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { locale, signal }: RequestOptions,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'Accept-Language': locale,
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError(error instanceof Error ? error.message : String(error), 'NETWORK_ERROR');
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
    throw new GraphQLRequestError(first.message ?? `HTTP ${response.status}`, code);
  }
  if (!response.ok || payload.data == null) {
    throw new GraphQLRequestError(`HTTP ${response.status} without data`, 'BAD_RESPONSE');
  }
  return payload.data;
}
