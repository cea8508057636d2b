import { useState } from 'react';
import { roundedPoint, type FilterValues } from './filter-values';
import type { WidgetTranslate } from './messages';

interface NearMeProps {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
  t: WidgetTranslate;
}

type Finding = 'idle' | 'finding' | 'denied' | 'failed';

/**
 * "Use my location": the browser is asked for the visitor's position only when they press it; the
 * point is rounded to about a kilometre at once, and only that is searched near (never in a link,
 * never kept). Without geolocation in the browser there is no button.
 */
export function NearMe({ values, onChange, t }: NearMeProps) {
  const [finding, setFinding] = useState<Finding>('idle');
  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) return null;

  if (values.here) {
    return (
      <p className="gf-near-me gf-near-me--active">
        <span role="status">{t('widget.nearMe.active')}</span>{' '}
        <button className="gf-link-button" type="button" onClick={() => onChange({ ...values, here: null })}>
          {t('widget.nearMe.stop')}
        </button>
      </p>
    );
  }

  const locate = () => {
    setFinding('finding');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setFinding('idle');
        onChange({ ...values, place: '', here: roundedPoint(coords) });
      },
      (error) => setFinding(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed'),
      { enableHighAccuracy: false, maximumAge: 10 * 60 * 1000, timeout: 15_000 },
    );
  };
  const said = finding === 'finding' ? t('widget.nearMe.finding') : finding === 'denied' ? t('widget.nearMe.denied') : finding === 'failed' ? t('widget.nearMe.failed') : '';
  return (
    <div className="gf-near-me">
      <button className="gf-button gf-button--secondary" type="button" aria-describedby="gf-near-me-hint" aria-disabled={finding === 'finding' || undefined} onClick={finding === 'finding' ? undefined : locate}>
        {t('widget.nearMe.me')}
      </button>
      <p className="gf-hint" id="gf-near-me-hint">
        {t('widget.nearMe.hint')}
      </p>
      <p className="gf-near-me__status" role="status">
        {said}
      </p>
    </div>
  );
}
