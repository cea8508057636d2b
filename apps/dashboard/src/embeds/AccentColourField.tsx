import { DEFAULT_ACCENT_COLOUR, EMBED_LIMITS, isHexColour } from '@groupfinder/domain';
import { useLocale } from '../i18n/useLocale';
import { TextField } from '../ui/TextField';
import { accentContrast } from './embedForm';

export interface AccentColourFieldProps {
  /** The text field's id: the summary of problems links to it. */
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}

/**
 * The finder's accent colour, typed as #rrggbb or picked, with its contrast against white text
 * worked out as it changes and said politely: whether it reaches WCAG AA is known before saving.
 */
export function AccentColourField({ id, value, onChange, error }: AccentColourFieldProps) {
  const { t, locale } = useLocale();
  const contrast = accentContrast(value);
  const ratio = contrast ? contrast.ratio.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : '';
  const min = EMBED_LIMITS.contrastMin.toLocaleString(locale, { minimumFractionDigits: 1 });
  let verdict;
  if (!contrast) verdict = t('dashboard.embed.contrast.unknown');
  else if (contrast.passes) verdict = t('dashboard.embed.contrast.passes', { ratio, min });
  else verdict = t('dashboard.embed.contrast.fails', { ratio, min });
  const shown = isHexColour(value.trim()) ? value.trim().toLowerCase() : null;

  return (
    <div className="colour-field">
      <TextField
        id={id}
        label={t('dashboard.embed.field.accentColour')}
        hint={t('dashboard.embed.accentColour.hint')}
        name="accentColour"
        value={value}
        onChange={onChange}
        error={error}
        autoComplete="off"
        spellCheck={false}
        maxLength={7}
      />
      <label className="colour-field__picker">
        <input type="color" value={shown ?? DEFAULT_ACCENT_COLOUR} onChange={(event) => onChange(event.target.value)} />
        {t('dashboard.embed.accentColour.pick')}
      </label>
      <p role="status" className={contrast && !contrast.passes ? 'colour-field__verdict colour-field__verdict--fails' : 'colour-field__verdict'}>
        {verdict}
      </p>
    </div>
  );
}
