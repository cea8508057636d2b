import { sameValue } from '../groups/editing/mergeFields';
import { fieldDifferences, withChoices, type Choice, type FieldDifference } from './fieldChoices';

/** Their version, loaded after a CONFLICT: what the editor had typed, what is stored, and the choice per field. */
export interface Reload<T, K extends keyof T & string = keyof T & string> {
  readonly mine: T;
  readonly theirs: T;
  readonly differences: readonly FieldDifference<K>[];
  readonly choices: Partial<Record<K, Choice>>;
}

/** An edit of a versioned record: what it started from, at which version, and what the form holds now. */
export interface EditState<T, K extends keyof T & string = keyof T & string> {
  /** The record as stored at `version`: what "unchanged" means. */
  readonly base: T;
  /** Sent with the save: CONFLICT when someone saved since. */
  readonly version: number;
  readonly values: T;
  /** Set once their version is loaded after a CONFLICT, until the next save. */
  readonly reload: Reload<T, K> | null;
}

export function startEdit<T, K extends keyof T & string>(stored: T, version: number): EditState<T, K> {
  return { base: stored, version, values: stored, reload: null };
}

/** Whether the form holds anything not saved. */
export function isDirty<T>(state: Pick<EditState<T>, 'base' | 'values'>): boolean {
  return !sameValue(state.values, state.base);
}

/**
 * The edit once the stored record moved on (a revert, a save in another tab): a form holding nothing
 * unsaved shows the new version; one holding changes keeps them, and its save will meet a CONFLICT.
 */
export function followStored<T, K extends keyof T & string>(state: EditState<T, K>, stored: T, version: number): EditState<T, K> {
  return version > state.version && !isDirty(state) ? startEdit(stored, version) : state;
}

/**
 * Their version, loaded after a CONFLICT: the edit now starts from it, and every field where it
 * differs from what was typed takes the side suggested (see fieldDifferences) until the editor chooses.
 */
export function loadTheirs<T extends object, K extends keyof T & string>(state: EditState<T, K>, theirs: T, version: number, fields: readonly K[]): EditState<T, K> {
  const mine = state.values;
  const differences = fieldDifferences(state.base, mine, theirs, fields);
  return { base: theirs, version, values: withChoices(mine, theirs, differences, {}), reload: { mine, theirs, differences, choices: {} } };
}

/** Keeps mine or takes theirs for one field of a loaded version. */
export function choose<T extends object, K extends keyof T & string>(state: EditState<T, K>, field: K, choice: Choice): EditState<T, K> {
  if (!state.reload) return state;
  const source = choice === 'mine' ? state.reload.mine : state.reload.theirs;
  return { ...state, values: { ...state.values, [field]: source[field] }, reload: { ...state.reload, choices: { ...state.reload.choices, [field]: choice } } };
}

/** After a change that touches none of the form's fields (archiving): the edit goes on from the new version. */
export function adoptVersion<T, K extends keyof T & string>(state: EditState<T, K>, from: number, to: number): EditState<T, K> {
  return state.version === from ? { ...state, version: to } : state;
}
