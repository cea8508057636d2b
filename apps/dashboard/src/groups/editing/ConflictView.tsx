import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { describeField, type DescribeContext } from './describeField';
import { fieldLabel } from './fieldLabels';
import type { GroupField, GroupFieldValues } from './groupFields';
import type { Choice, Merge } from './mergeFields';

export interface ConflictViewProps {
  /** The editor's changes merged with what is stored now. */
  readonly merge: Merge<GroupFieldValues>;
  /** What the editor saved (their changes). */
  readonly mine: GroupFieldValues;
  /** What is stored now, after someone else's save. */
  readonly theirs: GroupFieldValues;
  /** The version stored now, saved from again. */
  readonly version: number;
  readonly describe: Omit<DescribeContext, 't' | 'locale'>;
  readonly saving: boolean;
  /** Saves the merge from `version`, with theirs for the fields chosen so. */
  readonly onSaveAgain: (choices: Partial<Record<GroupField, Choice>>) => void;
}

/**
 * Someone else saved the group while this editor was changing it: their changes to other fields
 * are taken and listed; for each field both changed, the editor keeps theirs or their own (both
 * said in words); then it is saved again, from the version stored now.
 */
export function ConflictView({ merge, mine, theirs, version, describe, saving, onSaveAgain }: ConflictViewProps) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Partial<Record<GroupField, Choice>>>({});
  const context = { ...describe, t, locale };

  useEffect(() => heading.current?.focus(), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!saving) onSaveAgain(choices);
  }

  return (
    <form className="card section conflict" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="section__title">
        {t('dashboard.groupConflict.title')}
      </h2>
      <p>{t('dashboard.groupConflict.intro', { version })}</p>
      {merge.taken.length > 0 ? (
        <>
          <h3 className="section__subtitle">{t('dashboard.groupConflict.taken')}</h3>
          <ul className="conflict__taken">
            {merge.taken.map((field) => (
              <li key={field}>
                <strong>{fieldLabel(t, field)}:</strong> {describeField(field, theirs, context)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {merge.conflicts.length > 0 ? (
        <>
          <h3 className="section__subtitle">{t('dashboard.groupConflict.choose')}</h3>
          {merge.conflicts.map((field) => (
            <fieldset key={field} className="conflict__field">
              <legend className="field__label">{fieldLabel(t, field)}</legend>
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
                      {t(choice === 'mine' ? 'dashboard.groupConflict.keepMine' : 'dashboard.groupConflict.takeTheirs', {
                        value: describeField(field, choice === 'mine' ? mine : theirs, context),
                      })}
                    </label>
                  </div>
                );
              })}
            </fieldset>
          ))}
        </>
      ) : (
        <p>{t('dashboard.groupConflict.noConflicts')}</p>
      )}
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={saving}>
          {saving ? t('dashboard.groupEditor.saving') : t('dashboard.groupConflict.saveAgain')}
        </button>
      </div>
    </form>
  );
}
