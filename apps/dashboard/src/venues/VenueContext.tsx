import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';
import { OrganisationContext } from '../ui/OrganisationContext';

/** Under a venue's title: its organisation, and the way back to all its venues. */
export function VenueContext({ organisation }: { readonly organisation: { readonly slug: string; readonly name: string } }) {
  const { t } = useLocale();
  return (
    <OrganisationContext organisation={organisation}>
      {' · '}
      <a href={routeHref({ page: 'venues', slug: organisation.slug })}>{t('dashboard.venues.all')}</a>
    </OrganisationContext>
  );
}
