/**
 * Asked before the dashboard moves to another page: a form with unsaved changes refuses, and
 * asks its reader itself (see useUnsavedChanges). `to` is the hash the reader is going to.
 */
export type NavigationGuard = (to: string) => boolean;

export interface NavigationGuards {
  /** Registers a guard until the returned function is called. */
  add(guard: NavigationGuard): () => void;
  /** Whether every guard lets the reader go to `to`; the first that refuses stops the asking. */
  allow(to: string): boolean;
}

export function createNavigationGuards(): NavigationGuards {
  const guards = new Set<NavigationGuard>();
  return {
    add(guard) {
      guards.add(guard);
      return () => guards.delete(guard);
    },
    allow(to) {
      return [...guards].every((guard) => guard(to));
    },
  };
}

/** What to do when the hash changed from `previous` to `next`. */
export type HashChangeDecision = 'unchanged' | 'accept' | 'restore';

/** A change a guard refuses is undone (the previous hash put back), so the page and its changes stay. */
export function decideHashChange(previous: string, next: string, guards: Pick<NavigationGuards, 'allow'>): HashChangeDecision {
  if (next === previous) return 'unchanged';
  return guards.allow(next) ? 'accept' : 'restore';
}

/** The dashboard's one set of guards, consulted by useRoute on every hash change. */
export const navigationGuards = createNavigationGuards();
