import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import type { Locale } from '@groupfinder/translations';
import { apiActivityLink } from './apiActivity';
import { busyAnswerAsErrorLink, busyRetryLink } from './busyRetry';

/**
 * The API as seen from the dashboard's own origin: the dev and preview servers forward it (see
 * vite.config.mts), so the session cookie (`__Host-`, SameSite=Strict) is first-party.
 */
export const API_PATH = '/graphql';

export interface ApolloClientOptions {
  /** The GraphQL endpoint; the same origin's /graphql unless told otherwise. */
  readonly uri?: string;
  /** Read for every request and sent as Accept-Language, so labels and errors come back in the language shown. */
  readonly locale: () => Locale;
}

/** The dashboard's one Apollo Client. */
export function createApolloClient({ uri = API_PATH, locale }: ApolloClientOptions): ApolloClient {
  const acceptLanguage = new SetContextLink((context) => ({
    headers: { ...(context['headers'] as Record<string, string> | undefined), 'Accept-Language': locale() },
  }));
  return new ApolloClient({
    // Each answer is noted (the session's idle time counts from it: apiActivity.ts). A query that meets a busy API
    // is asked once more after its Retry-After (busyRetry.ts); a mutation never is.
    link: ApolloLink.from([acceptLanguage, apiActivityLink(), busyRetryLink(), busyAnswerAsErrorLink(), new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      // A group's (an embed's) fields have no id of their own: the list asks for a few, the editor for all; keep both.
      // So has an organisation's or unit's list of groups: the overview shows the table, the admin page names them.
      typePolicies: {
        GroupFields: { merge: true },
        EmbedFields: { merge: true },
        Organisation: { fields: { groups: { merge: true } } },
        Unit: { fields: { groups: { merge: true } } },
      },
    }),
  });
}
