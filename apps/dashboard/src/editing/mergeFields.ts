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
      const schedules = schedulesOf(base[field], mine[field], theirs[field]);
      if (schedules) {
        const schedule = mergeSchedules(...schedules);
        merged[field] = schedule.merged as T[typeof field];
        ifTheirs[field] = schedule.ifTheirs as T[typeof field];
        (schedule.conflict ? conflicts : taken).push(field);
        continue;
      }
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

/** The parts of a schedule that make its rule, and the lists of meetings cancelled, added, moved or paused. */
const RULE_PARTS = ['timeZone', 'start', 'durationMinutes', 'rrule'] as const;
const EXCEPTION_LISTS = ['exdates', 'rdates', 'moves', 'pauses'] as const;
type ScheduleLike = Record<(typeof RULE_PARTS)[number], unknown> & Record<(typeof EXCEPTION_LISTS)[number], unknown[]>;

const isSchedule = (value: unknown): value is ScheduleLike =>
  typeof value === 'object' && value !== null && 'rrule' in value && EXCEPTION_LISTS.every((list) => Array.isArray((value as Record<string, unknown>)[list]));

/** The three versions of a schedule, or null unless all three are one (a schedule set or removed by one of them is a plain field). */
function schedulesOf(base: unknown, mine: unknown, theirs: unknown): [ScheduleLike, ScheduleLike, ScheduleLike] | null {
  return isSchedule(base) && isSchedule(mine) && isSchedule(theirs) ? [base, mine, theirs] : null;
}

/** Their list with my additions and removals made to it: cancelling one meeting while a colleague moves another keeps both. */
function mergeList(base: unknown[], mine: unknown[], theirs: unknown[]): unknown[] {
  const has = (list: unknown[], item: unknown) => list.some((each) => sameValue(each, item));
  const added = mine.filter((item) => !has(base, item));
  const removed = base.filter((item) => !has(mine, item));
  return [...theirs.filter((item) => !has(removed, item)), ...added.filter((item) => !has(theirs, item))];
}

/**
 * A schedule merged part by part: its rule (zone, first meeting, length, recurrence) as fields,
 * whose conflict is the editor's to choose; its cancelled, extra, moved and paused meetings one by
 * one, which never conflict.
 */
function mergeSchedules(base: ScheduleLike, mine: ScheduleLike, theirs: ScheduleLike): { merged: ScheduleLike; ifTheirs: ScheduleLike; conflict: boolean } {
  const pick = (schedule: ScheduleLike) => Object.fromEntries(RULE_PARTS.map((part) => [part, schedule[part]])) as Record<(typeof RULE_PARTS)[number], unknown>;
  const rule = mergeFields(pick(base), pick(mine), pick(theirs));
  const lists = Object.fromEntries(EXCEPTION_LISTS.map((list) => [list, mergeList(base[list], mine[list], theirs[list])]));
  return { merged: { ...mine, ...rule.merged, ...lists }, ifTheirs: { ...theirs, ...rule.ifTheirs, ...lists }, conflict: rule.conflicts.length > 0 };
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
