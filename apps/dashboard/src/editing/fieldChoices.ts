import { sameValue } from '../groups/editing/mergeFields';

/** Whose value a field keeps after their version was loaded: what the editor typed, or what is stored now. */
export type Choice = 'mine' | 'theirs';

/** A field whose value differs between what the editor typed and what someone else saved. */
export interface FieldDifference<K extends string> {
  readonly field: K;
  /** Mine when the editor changed the field, theirs when only they did: nobody's change is dropped by default. */
  readonly suggested: Choice;
  /** Both changed it, to different values: the one field where keeping a side loses the other's change. */
  readonly bothChanged: boolean;
}

/**
 * Every field where what the editor typed (`mine`) differs from what is stored now (`theirs`),
 * given what the editor started from (`base`), in the order of `fields`.
 */
export function fieldDifferences<T extends object, K extends keyof T & string>(base: T, mine: T, theirs: T, fields: readonly K[]): FieldDifference<K>[] {
  return fields
    .filter((field) => !sameValue(mine[field], theirs[field]))
    .map((field) => {
      const mineChanged = !sameValue(base[field], mine[field]);
      const theirsChanged = !sameValue(base[field], theirs[field]);
      return { field, suggested: mineChanged ? 'mine' : 'theirs', bothChanged: mineChanged && theirsChanged };
    });
}

/** The record with each differing field taken from the side chosen for it (the suggested side unless chosen). */
export function withChoices<T extends object, K extends keyof T & string>(
  mine: T,
  theirs: T,
  differences: readonly FieldDifference<K>[],
  choices: Partial<Record<K, Choice>>,
): T {
  const result = { ...mine };
  for (const { field, suggested } of differences) {
    if ((choices[field] ?? suggested) === 'theirs') result[field] = theirs[field];
  }
  return result;
}
