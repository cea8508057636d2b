import { ApolloLink } from '@apollo/client';
import { tap } from 'rxjs';

let lastAnswerAt = 0;
const listeners = new Set<() => void>();

/**
 * When the dashboard last heard from the API, on the browser's clock: every answer used the
 * session, so the session's idle time counts from it (SessionTimeoutWarning).
 */
export const apiActivity = {
  lastAnswerAt: (): number => lastAnswerAt,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  answered(): void {
    lastAnswerAt = Date.now();
    for (const listener of listeners) listener();
  },
};

/** Notes each answer of the API in apiActivity. */
export function apiActivityLink(): ApolloLink {
  return new ApolloLink((operation, forward) => forward(operation).pipe(tap(() => apiActivity.answered())));
}
