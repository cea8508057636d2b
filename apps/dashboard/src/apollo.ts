import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { Locale } from '@groupfinder/translations';

export interface ApolloClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  readonly uri: string;
  /** Sent as Accept-Language, so that labels and errors come back in the dashboard's language. */
  readonly locale: Locale;
}

/** The dashboard's one Apollo Client. */
export function createApolloClient({ uri, locale }: ApolloClientOptions): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, headers: { 'Accept-Language': locale } }),
    cache: new InMemoryCache(),
  });
}
