import { sameValue } from './sameValue';

/** An edit of a versioned record: what it started from, at which version, and what the form holds now. */
export interface EditState<T> {
  /** The record as stored at `version`: what "unchanged" means. */
  readonly base: T;
  /** Sent with the save: CONFLICT when someone saved since. */
  readonly version: number;
  readonly values: T;
}

export function startEdit<T>(stored: T, version: number): EditState<T> {
  return { base: stored, version, values: stored };
}

/** Whether the form holds anything not saved. */
export function isDirty<T>(state: Pick<EditState<T>, 'base' | 'values'>): boolean {
  return !sameValue(state.values, state.base);
}

/**
 * The edit once the stored record moved on (a revert, a save in another tab): a form holding nothing
 * unsaved shows the new version; one holding changes keeps them, and its save will meet a CONFLICT.
 */
export function followStored<T>(state: EditState<T>, stored: T, version: number): EditState<T> {
  return version > state.version && !isDirty(state) ? startEdit(stored, version) : state;
}

/** After a change that touches none of the form's fields (archiving): the edit goes on from the new version. */
export function adoptVersion<T>(state: EditState<T>, from: number, to: number): EditState<T> {
  return state.version === from ? { ...state, version: to } : state;
}
