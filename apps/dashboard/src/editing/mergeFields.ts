import { sameValue } from './sameValue';

/** The fields whose values differ between two versions of a record. */
export function changedFields<T extends object>(from: T, to: T): (keyof T & string)[] {
  return (Object.keys({ ...from, ...to }) as (keyof T & string)[]).filter((field) => !sameValue(from[field], to[field]));
}

export interface Merge<T> {
  /** Theirs where only they changed a field, mine everywhere else (a conflict keeps mine until chosen). */
  readonly merged: T;
  /** The same, with theirs in every conflict: of a text, only the languages both changed. */
  readonly ifTheirs: T;
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
  const ifTheirs = { ...mine };
  const taken: (keyof T & string)[] = [];
  const conflicts: (keyof T & string)[] = [];
  for (const field of changedFields(base, theirs)) {
    if (sameValue(base[field], mine[field])) {
      merged[field] = ifTheirs[field] = theirs[field];
      taken.push(field);
    } else if (!sameValue(mine[field], theirs[field])) {
      const texts = textsOf(base[field], mine[field], theirs[field]);
      if (!texts) {
        ifTheirs[field] = theirs[field];
        conflicts.push(field);
        continue;
      }
      // A text in several languages is merged language by language: a language only one of them changed is no conflict.
      const byLanguage = mergeFields(...texts);
      merged[field] = byLanguage.merged as T[typeof field];
      ifTheirs[field] = byLanguage.ifTheirs as T[typeof field];
      (byLanguage.conflicts.length > 0 ? conflicts : taken).push(field);
    }
  }
  return { merged, ifTheirs, taken, conflicts };
}

type Text = Record<string, string | null>;

const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((text) => text === null || typeof text === 'string');

/** The three versions of a text by language (a field that had none is an empty one), or null when the field holds something else. */
function textsOf(base: unknown, mine: unknown, theirs: unknown): [Text, Text, Text] | null {
  const [from, to, stored] = [base, mine, theirs].map((value) => (value === null || value === undefined ? {} : value));
  return isText(from) && isText(to) && isText(stored) ? [from, to, stored] : null;
}

/** Whose value a conflicting field keeps. */
export type Choice = 'mine' | 'theirs';

/** The merge with the editor's choices applied: theirs for every conflict they chose to take (of a text, in the languages both changed). */
export function withChoices<T extends object>(merge: Merge<T>, choices: Partial<Record<keyof T & string, Choice>>): T {
  const result = { ...merge.merged };
  for (const field of merge.conflicts) {
    if (choices[field] === 'theirs') result[field] = merge.ifTheirs[field];
  }
  return result;
}
