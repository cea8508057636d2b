import { useLocale } from '../i18n/useLocale';
import type { Page } from './lists';

export interface PagerProps {
  /** Names the navigation: "Pages of groups". */
  readonly label: string;
  /** The page shown. */
  readonly page: Page<unknown>;
  readonly onPage: (page: number) => void;
}

/**
 * Moving through a list shown a page at a time ("21–40 of 57"), when it has more than one. A button
 * with nowhere to go stays focusable and says so (aria-disabled), so that the focus is not lost on
 * reaching the first or last page.
 */
export function Pager({ label, page, onPage }: PagerProps) {
  const { t } = useLocale();
  if (page.pageCount <= 1) return null;
  const hasPrevious = page.page > 0;
  const hasNext = page.page < page.pageCount - 1;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button--quiet button--small" aria-disabled={!hasPrevious} onClick={() => hasPrevious && onPage(page.page - 1)}>
        {t('dashboard.pager.previous')}
      </button>
      <span className="pager__position" aria-live="polite">
        {t('dashboard.pager.position', { first: page.first, last: page.last, total: page.total })}
      </span>
      <button type="button" className="button button--quiet button--small" aria-disabled={!hasNext} onClick={() => hasNext && onPage(page.page + 1)}>
        {t('dashboard.pager.next')}
      </button>
    </nav>
  );
}
