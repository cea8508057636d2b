import { ApolloLink } from '@apollo/client';
import { tap } from 'rxjs';

let lastAnswerAt = 0;
const listeners = new Set<() => void>();
/** The dashboard's other tabs share one session: an answer in any of them keeps it, so each tells the others. */
let otherTabs: BroadcastChannel | null = null;

function heard(at: number): void {
  if (at <= lastAnswerAt) return;
  lastAnswerAt = at;
  for (const listener of listeners) listener();
}

function channel(): BroadcastChannel | null {
  if (!otherTabs && typeof window !== 'undefined' && typeof BroadcastChannel !== 'undefined') {
    otherTabs = new BroadcastChannel('groupfinder-api-activity');
    otherTabs.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (typeof event.data === 'number') heard(event.data);
    });
  }
  return otherTabs;
}

/**
 * When the dashboard last heard from the API, in this tab or another, on the browser's clock:
 * every answer used the session, so its idle time counts from the last (SessionTimeoutWarning).
 */
export const apiActivity = {
  lastAnswerAt: (): number => lastAnswerAt,
  subscribe(listener: () => void): () => void {
    channel();
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  answered(): void {
    const at = Date.now();
    heard(at);
    channel()?.postMessage(at);
  },
};

/** Notes each answer of the API in apiActivity. */
export function apiActivityLink(): ApolloLink {
  return new ApolloLink((operation, forward) => forward(operation).pipe(tap(() => apiActivity.answered())));
}
