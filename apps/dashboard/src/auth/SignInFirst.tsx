import { useLocale } from '../i18n/useLocale';
import { routeHref, routePath, type Route } from '../routing/routes';

/** In place of a page that needs a signed-in person, with a way back here after signing in. */
export function SignInFirst({ next }: { readonly next: Route }) {
  const { t } = useLocale();
  return (
    <p className="notice">
      {t('dashboard.signInFirst')} <a href={routeHref({ page: 'signIn', next: routePath(next) })}>{t('dashboard.signIn.title')}</a>
    </p>
  );
}
