import { useLocale } from '../i18n/useLocale';
import { PageLayout } from '../ui/PageLayout';
import { routeHref } from './routes';

/** An address that names no page, such as a link cut short. */
export function NotFoundPage() {
  const { t } = useLocale();
  return (
    <PageLayout title={t('dashboard.notFound.title')}>
      <p>
        {t('dashboard.notFound.text')} <a href={routeHref({ page: 'organisations' })}>{t('dashboard.notFound.home')}</a>
      </p>
    </PageLayout>
  );
}
