import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';

/** Said at the top of every page while an organisation of the viewer requires a second factor this session lacks. */
export function SecondFactorNotice({ onAccountPage }: { readonly onAccountPage: boolean }) {
  const { t } = useLocale();
  return (
    <p className="notice notice--warning">
      {t('dashboard.secondFactor.required')}{' '}
      {onAccountPage ? null : <a href={routeHref({ page: 'account' })}>{t('dashboard.secondFactor.start')}</a>}
    </p>
  );
}
