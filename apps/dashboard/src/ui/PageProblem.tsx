import { CombinedGraphQLErrors } from '@apollo/client';
import { useLocale } from '../i18n/useLocale';
import { busyMessage } from './busyProblem';
import { ErrorState } from './ErrorState';

export interface PageProblemProps {
  readonly error: unknown;
  /** What could not be loaded, in the reader's words. */
  readonly message: string;
  readonly onRetry: () => void;
}

/** Refusals that asking again will not change. */
const FINAL_CODES = new Set<unknown>(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);

/** A page whose data could not be loaded: what, the API's reason in the reader's language, and a retry unless it is a refusal. */
export function PageProblem({ error, message, onRetry }: PageProblemProps) {
  const { t } = useLocale();
  // The API translates its errors (Accept-Language); network errors are the browser's English. A busy
  // API's refusal is plain JSON, not GraphQL, and is said from the dashboard's catalog.
  const detail = busyMessage(error, t) ?? (CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined);
  const refused = CombinedGraphQLErrors.is(error) && error.errors.length > 0 && error.errors.every((each) => FINAL_CODES.has(each.extensions?.['code']));
  return <ErrorState message={message} detail={detail} retryLabel={t('common.retry')} onRetry={refused ? undefined : onRetry} />;
}
