import { CombinedGraphQLErrors } from '@apollo/client';

/** The API's `extensions.code` of each error a request failed with; none when it failed otherwise (the network). */
export function errorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((each) => (typeof each.extensions?.['code'] === 'string' ? [each.extensions['code']] : []));
}
