import { sameValue } from './sameValue';

/** The fields whose values differ between two versions of a record. */
export function changedFields<T extends object>(from: T, to: T): (keyof T & string)[] {
  return (Object.keys({ ...from, ...to }) as (keyof T & string)[]).filter((field) => !sameValue(from[field], to[field]));
}

export interface Merge<T> {
  /** Theirs where only they changed a field, mine everywhere else (a conflict keeps mine until chosen). */
  readonly merged: T;
  /** Fields only they changed: taken from theirs without asking. */
  readonly taken: (keyof T & string)[];
  /** Fields both changed, to different values: the editor chooses. */
  readonly conflicts: (keyof T & string)[];
}

/**
 * A three-way merge of a record (a group, a venue, an organisation, a unit), field by field: what
 * the editor started from (`base`), what they made of it (`mine`) and what is stored now because
 * someone else saved (`theirs`). Fields both changed to the same value are no conflict.
 */
export function mergeFields<T extends object>(base: T, mine: T, theirs: T): Merge<T> {
  const merged = { ...mine };
  const taken: (keyof T & string)[] = [];
  const conflicts: (keyof T & string)[] = [];
  for (const field of changedFields(base, theirs)) {
    if (sameValue(base[field], mine[field])) {
      merged[field] = theirs[field];
      taken.push(field);
    } else if (!sameValue(mine[field], theirs[field])) {
      conflicts.push(field);
    }
  }
  return { merged, taken, conflicts };
}

/** Whose value a conflicting field keeps. */
export type Choice = 'mine' | 'theirs';

/** The merge with the editor's choices applied: theirs for every conflict they chose to take. */
export function withChoices<T extends object>(merge: Merge<T>, theirs: T, choices: Partial<Record<keyof T & string, Choice>>): T {
  const result = { ...merge.merged };
  for (const field of merge.conflicts) {
    if (choices[field] === 'theirs') result[field] = theirs[field];
  }
  return result;
}
