import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';
import { editsEmbeds } from './access';
import { SignOutButton } from './SignOutButton';
import { useViewer } from './useViewer';

/** In the banner: who is signed in, the embeds they edit, their account and signing out; or a way to sign in. */
export function ViewerMenu() {
  const { t } = useLocale();
  const { viewer, loading } = useViewer();
  if (loading) return null;
  if (!viewer) {
    return (
      <a className="app-header__link" href={routeHref({ page: 'signIn' })}>
        {t('dashboard.signIn.title')}
      </a>
    );
  }
  return (
    <>
      <span className="app-header__viewer">{t('dashboard.signedInAs', { name: viewer.name })}</span>
      {editsEmbeds(viewer.memberships) ? (
        <a className="app-header__link" href={routeHref({ page: 'embeds' })}>
          {t('dashboard.embeds.title')}
        </a>
      ) : null}
      <a className="app-header__link" href={routeHref({ page: 'account' })}>
        {t('dashboard.account.title')}
      </a>
      <SignOutButton />
    </>
  );
}
