import { useEffect, useRef, useState } from 'react';
import { navigationGuards } from '../routing/navigationGuards';

export interface UnsavedChanges {
  /** The hash the reader tried to go to while there were changes: they are being asked. */
  readonly leavingTo: string | null;
  /** Goes where they were going, leaving the changes. */
  leave(): void;
  /** Stays with the changes. */
  stay(): void;
  /** Lets the next move go without asking (after a save that moves to another page). */
  allowNextMove(): void;
}

/**
 * While a form has changes not saved, moving to another page of the dashboard asks first (a
 * navigation guard), and so does closing or reloading the tab (the browser's own question).
 */
export function useUnsavedChanges(dirty: boolean): UnsavedChanges {
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  const dirtyNow = useRef(dirty);
  const allowed = useRef(false);

  useEffect(() => {
    dirtyNow.current = dirty;
  }, [dirty]);

  useEffect(
    () =>
      navigationGuards.add((to) => {
        if (!dirtyNow.current || allowed.current) return true;
        setLeavingTo(to);
        return false;
      }),
    [],
  );

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  return {
    leavingTo,
    leave() {
      if (leavingTo === null) return;
      allowed.current = true;
      setLeavingTo(null);
      window.location.hash = leavingTo;
    },
    stay: () => setLeavingTo(null),
    allowNextMove() {
      allowed.current = true;
    },
  };
}
