import { useState } from 'react';
import { adoptVersion, choose, followStored, isDirty, loadTheirs, startEdit, type EditState } from './editState';
import type { Choice } from './fieldChoices';

export interface EditedRecord<T, K extends keyof T & string> extends EditState<T, K> {
  readonly dirty: boolean;
  setValues(update: (values: T) => T): void;
  /** After a save: the edit starts again from what the API stored. */
  saved(stored: T, version: number): void;
  /** After a CONFLICT: their version, with a choice for every field that differs from what was typed. */
  loadTheirs(theirs: T, version: number): void;
  choose(field: K, choice: Choice): void;
  /** After archiving or restoring, which changes none of the fields. */
  adoptVersion(from: number, to: number): void;
}

/**
 * A form over a versioned record (an organisation, a unit, a venue): `stored` and `version` as the
 * page's query has them now; `fields` the ones compared when their version is loaded, in the form's order.
 */
export function useEditedRecord<T extends object, K extends keyof T & string>(stored: T, version: number, fields: readonly K[]): EditedRecord<T, K> {
  const [state, setState] = useState(() => startEdit<T, K>(stored, version));
  // A revert or an archive elsewhere on the page raises the version: show it unless something is typed.
  const followed = followStored(state, stored, version);
  if (followed !== state) setState(followed);

  return {
    ...followed,
    dirty: isDirty(followed),
    setValues: (update) => setState((previous) => ({ ...previous, values: update(previous.values) })),
    saved: (saved, savedVersion) => setState(startEdit(saved, savedVersion)),
    loadTheirs: (theirs, theirVersion) => setState((previous) => loadTheirs(previous, theirs, theirVersion, fields)),
    choose: (field, choice) => setState((previous) => choose(previous, field, choice)),
    adoptVersion: (from, to) => setState((previous) => adoptVersion(previous, from, to)),
  };
}
