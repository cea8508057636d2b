import { useEffect, useId, useRef, useState } from 'react';
import { useLocale } from '../i18n/useLocale';
import type { FormProblem } from '../ui/formProblem';
import { conflictPending } from './conflict';
import type { EditedRecord } from './useEditedRecord';

export interface ConflictResolutionProps<T, K extends keyof T & string> {
  /** The form's problem: this part shows itself after a CONFLICT. */
  readonly problem: FormProblem | null;
  readonly edited: EditedRecord<T, K>;
  /** Asks the API for the record as stored now; null when it could not. */
  readonly fetchTheirs: () => Promise<{ readonly values: T; readonly version: number } | null>;
  readonly fieldLabel: (field: K) => string;
  /** A field's value in words, such as "Step-free access, Hearing loop". */
  readonly describe: (field: K, value: T[K]) => string;
}

/**
 * After a save refused because someone saved since: "Load their version", then, field by field
 * where theirs differs from what was typed, a choice to keep mine or take theirs. Nothing typed is
 * dropped without the editor seeing it.
 */
export function ConflictResolution<T, K extends keyof T & string>({ problem, edited, fetchTheirs, fieldLabel, describe }: ConflictResolutionProps<T, K>) {
  const { t } = useLocale();
  const id = useId();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const loadedTitle = useRef<HTMLHeadingElement>(null);
  const reload = edited.reload;
  const loadedVersion = reload ? edited.version : null;

  useEffect(() => {
    // Their version replaces the button that asked for it: the focus goes to what it says (once per version loaded).
    if (loadedVersion !== null) loadedTitle.current?.focus();
  }, [loadedVersion]);

  async function load() {
    if (loading) return;
    setLoading(true);
    setFailed(false);
    const theirs = await fetchTheirs().catch(() => null);
    setLoading(false);
    if (theirs) edited.loadTheirs(theirs.values, theirs.version);
    else setFailed(true);
  }

  if (conflictPending(problem, edited.version)) {
    return (
      <div className="conflict-resolution">
        <button type="button" className="button" aria-disabled={loading} aria-describedby={`${id}-hint`} onClick={() => void load()}>
          {loading ? t('dashboard.conflict.loading') : t('dashboard.conflict.load')}
        </button>
        <p id={`${id}-hint`} className="field__hint">
          {t('dashboard.conflict.load.hint')}
        </p>
        {failed ? (
          <p className="form-alert" role="alert">
            {t('dashboard.conflict.load.failed')}
          </p>
        ) : null}
      </div>
    );
  }

  if (!reload) return null;
  return (
    <div className="conflict-resolution">
      <h3 ref={loadedTitle} tabIndex={-1} className="section__subtitle">
        {t('dashboard.conflict.loaded.title')}
      </h3>
      <p className="form__intro">
        {reload.differences.length > 0
          ? t('dashboard.conflict.loaded.choose', { count: reload.differences.length })
          : t('dashboard.conflict.loaded.same')}
      </p>
      {reload.differences.map(({ field, suggested, bothChanged }) => {
        const chosen = reload.choices[field] ?? suggested;
        return (
          <fieldset key={field} className="conflict__field">
            <legend className="field__label">{fieldLabel(field)}</legend>
            {bothChanged ? <p className="field__hint">{t('dashboard.conflict.bothChanged')}</p> : null}
            {(['mine', 'theirs'] as const).map((side) => (
              <div className="check-option" key={side}>
                <input
                  id={`${id}-${field}-${side}`}
                  type="radio"
                  name={`${id}-${field}`}
                  checked={chosen === side}
                  onChange={() => edited.choose(field, side)}
                />
                <label htmlFor={`${id}-${field}-${side}`}>
                  {t(side === 'mine' ? 'dashboard.conflict.keepMine' : 'dashboard.conflict.takeTheirs', { value: describe(field, reload[side][field]) })}
                </label>
              </div>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
