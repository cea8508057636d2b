import { EMBED_LIMITS } from '@groupfinder/domain';
import { useLocale } from '../i18n/useLocale';
import { Fieldset } from '../ui/Fieldset';
import { TextField } from '../ui/TextField';
import { tidiedOrigin } from './embedForm';

export interface AllowedOriginsFieldProps {
  /** The sites as typed, a row each. */
  readonly rows: readonly string[];
  readonly onChange: (update: (rows: readonly string[]) => string[]) => void;
  /** The id of the control of `allowedOrigins` (the fieldset) or of a row (`allowedOrigins.2`). */
  readonly controlId: (field: string) => string;
  readonly fieldError: (field: string) => string | undefined;
}

/**
 * The sites allowed to show the finder, a row each: added and removed one at a time, each tidied
 * to its origin once left (`https://www.gladsaxe.dk/` → `https://www.gladsaxe.dk`).
 */
export function AllowedOriginsField({ rows, onChange, controlId, fieldError }: AllowedOriginsFieldProps) {
  const { t } = useLocale();
  const id = controlId('allowedOrigins');
  const focusLater = (elementId: string) => window.setTimeout(() => document.getElementById(elementId)?.focus());

  return (
    <Fieldset
      id={id}
      className="choice-group origins-field"
      legend={t('dashboard.embed.field.allowedOrigins')}
      hint={t('dashboard.embed.allowedOrigins.hint')}
      error={fieldError('allowedOrigins')}
    >
      <ol className="plain-list origins-field__rows">
        {rows.map((row, index) => (
          // A row is its place in the list: removing one moves the focus out of the list.
          <li key={index} className="origins-field__row">
            <TextField
              id={controlId(`allowedOrigins.${index}`)}
              name={`allowedOrigins.${index}`}
              label={t('dashboard.embed.origin', { number: index + 1 })}
              value={row}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              error={fieldError(`allowedOrigins.${index}`)}
              onChange={(value) => onChange((current) => current.map((each, at) => (at === index ? value : each)))}
              onBlur={() => onChange((current) => current.map((each, at) => (at === index ? tidiedOrigin(each) : each)))}
            />
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                onChange((current) => current.filter((_, at) => at !== index));
                focusLater(`${id}-add`);
              }}
            >
              {t('dashboard.embed.origin.remove', { number: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      {rows.length < EMBED_LIMITS.originsMax ? (
        <div>
          <button
            type="button"
            id={`${id}-add`}
            className="button button--quiet"
            onClick={() => {
              onChange((current) => [...current, '']);
              focusLater(controlId(`allowedOrigins.${rows.length}`));
            }}
          >
            {t('dashboard.embed.origin.add')}
          </button>
        </div>
      ) : null}
    </Fieldset>
  );
}
