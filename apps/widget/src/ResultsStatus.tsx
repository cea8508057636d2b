import type { Translate } from '@groupfinder/translations';

interface ResultsStatusProps {
  status: 'loading' | 'ready' | 'error';
  totalCount: number;
  t: Translate;
}

/**
 * The number of groups found, in a polite live region that is always in the page, so that
 * screen readers announce each new count without moving focus. Empty while an error is shown
 * (the error announces itself).
 */
export function ResultsStatus({ status, totalCount, t }: ResultsStatusProps) {
  const message =
    status === 'loading' ? t('common.loading') : status === 'error' ? '' : t('widget.results', { count: totalCount });
  return (
    <p className="gf-status" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
