import type { ReactNode } from 'react';
import { useLocale } from '../i18n/useLocale';
import { LoadingState } from './LoadingState';
import { PageProblem } from './PageProblem';

/** The parts of a useQuery result that say how far it got. */
export interface QueryProgress<TData> {
  readonly loading: boolean;
  readonly data: TData | undefined;
  readonly error?: unknown;
  refetch(): Promise<unknown>;
}

export interface QueryStateProps<TData> {
  readonly query: QueryProgress<TData>;
  /** What could not be loaded, in the reader's words. */
  readonly errorMessage: string;
  /** What to show once the data is there. */
  readonly children: (data: TData) => ReactNode;
}

/** A query's content once its data is there; before that its first load, or why it failed with a retry. */
export function QueryState<TData>({ query, errorMessage, children }: QueryStateProps<TData>) {
  const { t } = useLocale();
  if (query.loading && !query.data) return <LoadingState label={t('common.loading')} />;
  if (query.error || !query.data) {
    // A failed retry shows through the query's own error.
    return <PageProblem error={query.error} message={errorMessage} onRetry={() => void query.refetch().catch(() => undefined)} />;
  }
  return children(query.data);
}
