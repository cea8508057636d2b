import { useLocale } from '../i18n/useLocale';
import { routeHref } from '../routing/routes';

/** Under an embed's title: its municipality, and the way back to all the embeds. */
export function EmbedContext({ municipality }: { readonly municipality: string | null }) {
  const { t } = useLocale();
  return (
    <p className="page__context">
      {municipality ? (
        <>
          {t('dashboard.embed.context', { municipality })}
          {' · '}
        </>
      ) : null}
      <a href={routeHref({ page: 'embeds' })}>{t('dashboard.embeds.all')}</a>
    </p>
  );
}
