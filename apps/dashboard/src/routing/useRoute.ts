import { useSyncExternalStore } from 'react';
import { decideHashChange, navigationGuards } from './navigationGuards';
import { parseRoute, routeHref, type Route } from './routes';

const listeners = new Set<() => void>();
/** The hash of the page shown: a hash change a guard refuses never becomes it. */
let shownHash = '';

function onHashChange() {
  const next = window.location.hash;
  switch (decideHashChange(shownHash, next, navigationGuards)) {
    case 'unchanged':
      return;
    case 'restore':
      // Back where the reader was, without a hashchange of its own; the page and its form stay.
      window.history.replaceState(window.history.state, '', shownHash || '#/');
      return;
    case 'accept':
      shownHash = next;
      for (const listener of listeners) listener();
  }
}

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) {
    shownHash = window.location.hash;
    window.addEventListener('hashchange', onHashChange);
  }
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

const currentHash = () => (listeners.size > 0 ? shownHash : window.location.hash);

/**
 * The page the address bar names; re-renders when it changes (links, back and forward), unless a
 * navigation guard refuses the change (see navigationGuards).
 */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}

/** Goes to a page as a link would (a new history entry), or in place of this one with `replace`. */
export function navigate(route: Route, { replace = false }: { replace?: boolean } = {}): void {
  const href = routeHref(route);
  if (replace) {
    window.history.replaceState(window.history.state, '', href);
    // replaceState does not fire hashchange; tell the listeners ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href;
  }
}
