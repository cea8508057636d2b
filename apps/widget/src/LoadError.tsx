import type { WidgetTranslate } from './messages';

interface LoadErrorProps {
  t: WidgetTranslate;
  onRetry: () => void;
}

/** The groups could not be loaded: said at once (role alert), with a way to try again. */
export function LoadError({ t, onRetry }: LoadErrorProps) {
  return (
    <div className="gf-error" role="alert">
      <p className="gf-error__text">{t('widget.error')}</p>
      <button className="gf-button" type="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
