import { useState } from 'react';
import { mergeFields, withChoices, type Choice, type Merge } from './mergeFields';

/** Someone else saved since the editor started: what the editor tried to save, what is stored now (at `version`), and the two merged. */
export interface Conflict<T> {
  readonly mine: T;
  readonly theirs: T;
  readonly version: number;
  readonly merge: Merge<T>;
}

/** The record as stored now, asked of the API after a CONFLICT; null when it could not be had. */
export type FetchTheirs<T> = () => Promise<{ readonly values: T; readonly version: number } | null>;

/** What to save again once the editor has chosen: the values, measured against theirs, from their version. */
export interface Resolved<T> {
  readonly values: T;
  readonly theirs: T;
  readonly version: number;
}

export interface ConflictState<T> {
  readonly conflict: Conflict<T> | null;
  /** After a save refused with CONFLICT: what is stored now, merged with `mine` (edited from `base`). Should it not come, the CONFLICT's message stays shown. */
  compare(base: T, mine: T): Promise<void>;
  /** The editor's choices applied, and the conflict put away; null when there is none. */
  resolve(choices: Partial<Record<keyof T & string, Choice>>): Resolved<T> | null;
}

/** The conflict of an editor of a versioned record (a group, a venue, an organisation, a unit), shown in ConflictView until saved again. */
export function useConflict<T extends object>(fetchTheirs: FetchTheirs<T>): ConflictState<T> {
  const [conflict, setConflict] = useState<Conflict<T> | null>(null);
  return {
    conflict,
    async compare(base, mine) {
      const theirs = await fetchTheirs().catch(() => null);
      if (theirs) setConflict({ mine, theirs: theirs.values, version: theirs.version, merge: mergeFields(base, mine, theirs.values) });
    },
    resolve(choices) {
      if (!conflict) return null;
      setConflict(null);
      return { values: withChoices(conflict.merge, choices), theirs: conflict.theirs, version: conflict.version };
    },
  };
}
