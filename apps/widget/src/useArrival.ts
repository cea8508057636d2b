import { useEffect, useRef, type RefObject } from 'react';

/**
 * How a view is arrived at: by a step of the visitor's (focus goes to its heading, which screen
 * readers then read), or by opening a link to it (it is scrolled into sight, focus left to the
 * host page); null for neither.
 */
export type Arrival = 'focus' | 'scroll' | null;

/** Once `target` is there, focuses it or scrolls it into sight, as `arrival` says: once per view. */
export function useArrival(arrival: Arrival, target: RefObject<HTMLElement | null>): void {
  const done = useRef(false);
  useEffect(() => {
    const element = target.current;
    if (done.current || !arrival || !element) return;
    done.current = true;
    if (arrival === 'focus') element.focus();
    else element.scrollIntoView({ block: 'start' });
  });
}
