import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLocale } from '../i18n/useLocale';
import { SaveButton } from '../ui/SaveButton';
import type { Choice } from './mergeFields';
import type { RecordKind } from './recordKind';
import type { Conflict } from './useConflict';

export interface ConflictViewProps<T extends object> {
  /** What is being edited, for the title's words. */
  readonly record: RecordKind;
  readonly conflict: Conflict<T>;
  readonly fieldLabel: (field: keyof T & string) => string;
  /** A field's value in one version, in words: "“Birgit”", "Step-free access, Hearing loop". */
  readonly describe: (field: keyof T & string, values: T) => string;
  readonly saving: boolean;
  /** Saves the merge from the version stored now, with theirs for the fields chosen so. */
  readonly onSaveAgain: (choices: Partial<Record<keyof T & string, Choice>>) => void;
}

/**
 * Someone else saved the record while this editor was changing it, shown in place of the form:
 * their changes to other fields are taken and listed; for each field both changed, the editor
 * keeps their own or takes theirs (both said in words); then it is saved again, from the version
 * stored now.
 */
export function ConflictView<T extends object>({ record, conflict, fieldLabel, describe, saving, onSaveAgain }: ConflictViewProps<T>) {
  const { t } = useLocale();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLFormElement>(null);
  const [choices, setChoices] = useState<Partial<Record<keyof T & string, Choice>>>({});
  const { merge, version } = conflict;

  useEffect(() => {
    heading.current?.focus();
    // Where it stands: once saved again, the editor's own form takes its place.
    const element = root.current;
    const parent = element?.parentElement;
    const before = element?.previousElementSibling;
    return () => {
      window.setTimeout(() => {
        if (element?.isConnected) return;
        // Focus goes where it goes after any save, the form's save button, instead of being lost with this view.
        const replacement = before ? before.nextElementSibling : parent?.firstElementChild;
        replacement?.querySelector<HTMLElement>('button[type="submit"]')?.focus();
      });
    };
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!saving) onSaveAgain(choices);
  }

  return (
    <form ref={root} className="card section conflict" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="section__title">
        {t('dashboard.conflict.title', { record })}
      </h2>
      <p>{t('dashboard.conflict.intro', { record, version })}</p>
      {merge.taken.length > 0 ? (
        <>
          <h3 className="section__subtitle">{t('dashboard.conflict.taken')}</h3>
          <ul className="conflict__taken">
            {merge.taken.map((field) => (
              <li key={field}>
                <strong>{fieldLabel(field)}:</strong> {describe(field, merge.merged)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {merge.conflicts.length > 0 ? (
        <>
          <h3 className="section__subtitle">{t('dashboard.conflict.choose')}</h3>
          {merge.conflicts.map((field) => (
            <fieldset key={field} className="conflict__field">
              <legend className="field__label">{fieldLabel(field)}</legend>
              {(['mine', 'theirs'] as const).map((choice) => {
                const id = `${headingId}-${field}-${choice}`;
                return (
                  <div className="check-option" key={choice}>
                    <input
                      type="radio"
                      id={id}
                      name={`conflict-${field}`}
                      value={choice}
                      checked={(choices[field] ?? 'mine') === choice}
                      onChange={() => setChoices((previous) => ({ ...previous, [field]: choice }))}
                    />
                    <label htmlFor={id}>
                      {t(choice === 'mine' ? 'dashboard.conflict.keepMine' : 'dashboard.conflict.takeTheirs', {
                        value: describe(field, choice === 'mine' ? merge.merged : merge.ifTheirs),
                      })}
                    </label>
                  </div>
                );
              })}
            </fieldset>
          ))}
        </>
      ) : (
        <p>{t('dashboard.conflict.noConflicts')}</p>
      )}
      <div className="form__actions">
        <SaveButton label={t('dashboard.conflict.saveAgain')} saving={saving} />
      </div>
    </form>
  );
}
