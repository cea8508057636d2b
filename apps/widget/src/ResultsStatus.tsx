import { describeResults } from './format';
import type { WidgetTranslate } from './messages';

interface ResultsStatusProps {
  status: 'loading' | 'ready' | 'error';
  totalCount: number;
  /** More groups match than totalCount: said as "More than 1,000 groups found". */
  totalCountCapped: boolean;
  /** Said instead of the count: why nothing could be searched (a place the API does not know). */
  message?: string | null;
  t: WidgetTranslate;
}

/**
 * The number of groups found, in a polite live region that is always in the page, so that
 * screen readers announce each new count without moving focus. Empty while an error is shown
 * (the error announces itself), unless the error is a message for the visitor: then it is said
 * here and shown at its field.
 */
export function ResultsStatus({ status, totalCount, totalCountCapped, message, t }: ResultsStatusProps) {
  const text =
    status === 'loading'
      ? t('common.loading')
      : status === 'error'
        ? (message ?? '')
        : describeResults(t, totalCount, totalCountCapped);
  // A message for the visitor is shown at its field (the place's): here it is only spoken, not shown twice.
  const spokenOnly = status === 'error' && Boolean(message);
  return (
    <p className={spokenOnly ? 'gf-status gf-visually-hidden' : 'gf-status'} role="status" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
