import type { ReactNode } from 'react';
import { useLocale } from '../i18n/useLocale';
import { PageHeading } from './PageHeading';

export interface PageLayoutProps {
  /** The page's h1; the browser tab says it before the product's name. */
  readonly title: string;
  /** The narrower column of a page that is one form. */
  readonly narrow?: boolean | undefined;
  /** Whether the page's data is on its way (aria-busy); left out on pages that load nothing. */
  readonly busy?: boolean | undefined;
  /** The h1 takes the focus on the first load too (see PageHeading). */
  readonly focusOnLoad?: boolean | undefined;
  readonly children: ReactNode;
}

/** A page of the dashboard: its titled h1, then its content. */
export function PageLayout({ title, narrow, busy, focusOnLoad, children }: PageLayoutProps) {
  const { t } = useLocale();
  return (
    <div className={narrow ? 'page page--narrow' : 'page'} aria-busy={busy}>
      <PageHeading documentTitle={`${title} – ${t('dashboard.title')}`} focusOnLoad={focusOnLoad}>
        {title}
      </PageHeading>
      {children}
    </div>
  );
}
