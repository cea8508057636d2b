import { ApolloLink, CombinedGraphQLErrors } from '@apollo/client';
import { RetryLink } from '@apollo/client/link/retry';
import { busyRetryDelayMs, isBusyStatus } from '@groupfinder/domain';
import { OperationTypeNode } from 'graphql';
import { map } from 'rxjs';

/** The HTTP answer HttpLink last had for the operation (it keeps it in the context), if any. */
function responseOf(operation: ApolloLink.Operation): Response | undefined {
  return operation.getContext()['response'] as Response | undefined;
}

/** Only a read is asked again: a mutation may have run before the answer was lost, so it is left to the person. */
const isQuery = (operation: ApolloLink.Operation) => operation.operationType === OperationTypeNode.QUERY;

function delayFor(operation: ApolloLink.Operation): number | null {
  const response = responseOf(operation);
  return response ? busyRetryDelayMs(response.status, response.headers.get('Retry-After')) : null;
}

/**
 * Asks once more, after the wait the API gives in Retry-After (≤ 10 s, jittered; see
 * @groupfinder/domain retry-after), when a query meets a busy or rate-limited API (429, 503).
 * Anything else, a network failure included, fails as before.
 */
export function busyRetryLink(): ApolloLink {
  return new RetryLink({
    attempts: (attempt, operation) => attempt === 1 && isQuery(operation) && delayFor(operation) !== null,
    delay: (_attempt, operation) => delayFor(operation) ?? 0,
  });
}

/**
 * Goes under busyRetryLink: a query's GraphQL answer at 429 or 503 (as application/graphql-response+json,
 * which HttpLink reads as a result, not an error) is made the error RetryLink looks at, the same the
 * query would have failed with. An answer in plain JSON at those statuses is a ServerError already.
 */
export function busyAnswerAsErrorLink(): ApolloLink {
  return new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      map((result) => {
        const status = responseOf(operation)?.status;
        if (isQuery(operation) && status !== undefined && isBusyStatus(status) && 'errors' in result && result.errors?.length) {
          throw new CombinedGraphQLErrors(result);
        }
        return result;
      }),
    ),
  );
}
