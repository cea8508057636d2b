import type { ReactNode } from 'react';
import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';

export interface OrganisationContextProps {
  readonly organisation: { readonly slug: string; readonly name: string };
  /** What follows the organisation on the line (" · All venues"). */
  readonly children?: ReactNode;
}

/** The line under a page's title naming the organisation the page belongs to, as a link to it. */
export function OrganisationContext({ organisation, children }: OrganisationContextProps) {
  const { t } = useLocale();
  return (
    <p className="page__context">
      {t('dashboard.context.organisation')} <a href={routeHref({ page: 'organisation', slug: organisation.slug })}>{organisation.name}</a>
      {children}
    </p>
  );
}
