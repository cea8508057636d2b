import { useState } from 'react';
import type { FormProblem } from '../ui/formProblem';
import { adoptVersion, followStored, isDirty, startEdit, type EditState } from './editState';
import type { Choice } from './mergeFields';
import { useConflict, type Conflict, type FetchTheirs } from './useConflict';
import { useUnsavedChanges, type UnsavedChanges } from './useUnsavedChanges';

/**
 * How a page holding an edited record asks for it: from the API each time it opens (shown from the
 * cache meanwhile), since a colleague may have saved since; followStored takes it in unless something is typed.
 */
export const EDITED_RECORD_FETCH_POLICY = 'cache-and-network';

export interface EditedRecordOptions<T> {
  /** The record as stored now, asked of the API after a CONFLICT. */
  readonly fetchTheirs: FetchTheirs<T>;
  /**
   * Sends `values`, edited from `base` (stored at `version`), and takes in what was saved (see
   * `saved`); gives back why it was refused, if it was.
   */
  readonly save: (values: T, base: T, version: number) => Promise<FormProblem | null>;
}

export interface EditedRecord<T> extends EditState<T> {
  readonly dirty: boolean;
  /** Leaving the page with changes not saved asks first (show UnsavedChangesDialog with it). */
  readonly changes: UnsavedChanges;
  /** Someone else saved since: show ConflictView in place of the form. */
  readonly conflict: Conflict<T> | null;
  setValues(update: (values: T) => T): void;
  /** Saves what the form holds; on a CONFLICT, merges it with what is stored now. */
  submit(): Promise<void>;
  /** After a conflict, the editor's choices: the form holds them, measured against theirs, saved from their version. */
  saveAgain(choices: Partial<Record<keyof T & string, Choice>>): Promise<void>;
  /** After a save: the edit starts again from what the API stored. */
  saved(stored: T, version: number): void;
  /** After archiving or restoring, which changes none of the fields. */
  adoptVersion(from: number, to: number): void;
}

/**
 * A form over a versioned record (an organisation, a unit, a venue): `stored` and `version` as the
 * page's query has them now. A save refused because someone saved since becomes a conflict to
 * resolve field by field, then saved again from their version.
 */
export function useEditedRecord<T extends object>(stored: T, version: number, { fetchTheirs, save }: EditedRecordOptions<T>): EditedRecord<T> {
  const [state, setState] = useState(() => startEdit(stored, version));
  // A revert or an archive elsewhere on the page raises the version: show it unless something is typed.
  const followed = followStored(state, stored, version);
  if (followed !== state) setState(followed);
  const dirty = isDirty(followed);
  const changes = useUnsavedChanges(dirty);
  const { conflict, compare, resolve } = useConflict(fetchTheirs);

  async function saveFrom(values: T, base: T, fromVersion: number) {
    const refused = await save(values, base, fromVersion);
    if (refused?.code === 'CONFLICT') await compare(base, values);
  }

  return {
    ...followed,
    dirty,
    changes,
    conflict,
    setValues: (update) => setState((previous) => ({ ...previous, values: update(previous.values) })),
    submit: () => saveFrom(followed.values, followed.base, followed.version),
    async saveAgain(choices) {
      const resolved = resolve(choices);
      if (!resolved) return;
      setState({ base: resolved.theirs, version: resolved.version, values: resolved.values });
      await saveFrom(resolved.values, resolved.theirs, resolved.version);
    },
    saved: (saved, savedVersion) => setState(startEdit(saved, savedVersion)),
    adoptVersion: (from, to) => setState((previous) => adoptVersion(previous, from, to)),
  };
}
