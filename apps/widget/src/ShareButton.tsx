import { useEffect, useRef, useState } from 'react';
import type { WidgetTranslate } from './messages';
import { shareLink } from './share';

interface ShareButtonProps {
  /** Prefix of the ids inside, unique in the widget. */
  id: string;
  /** What the button says: "Share this group", "Share this search". */
  label: string;
  /** The title the share sheet shows with the link. */
  title: string;
  /** The link, made when the button is pressed (the address may have changed since the render). */
  url: () => string;
  t: WidgetTranslate;
}

/**
 * Shares a link with the device's share sheet where there is one, or copies it and says so
 * ("Link copied", in a polite live region that is always in the page); when neither can be done,
 * shows the link in a read-only field, selected, to copy by hand.
 */
export function ShareButton({ id, label, title, url, t }: ShareButtonProps) {
  const [outcome, setOutcome] = useState<{ kind: 'copied' } | { kind: 'manual'; url: string } | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const manual = outcome?.kind === 'manual';

  const share = async () => {
    const link = url();
    setOutcome(null);
    const result = await shareLink({ title, url: link });
    if (result === 'copied') setOutcome({ kind: 'copied' });
    if (result === 'failed') setOutcome({ kind: 'manual', url: link });
  };

  useEffect(() => {
    if (!manual) return;
    field.current?.focus();
    field.current?.select();
  }, [manual]);

  return (
    <div className="gf-share">
      <button className="gf-button gf-button--secondary" type="button" onClick={share}>
        {label}
      </button>
      <p className="gf-share__status" role="status">
        {outcome?.kind === 'copied' ? t('widget.share.copied') : ''}
      </p>
      {outcome?.kind === 'manual' && (
        <div className="gf-field gf-share__manual">
          <label className="gf-label" htmlFor={`${id}-link`}>
            {t('widget.share.manual')}
          </label>
          <input
            className="gf-input"
            id={`${id}-link`}
            ref={field}
            type="text"
            readOnly
            value={outcome.url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
