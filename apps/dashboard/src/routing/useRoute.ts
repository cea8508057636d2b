import { useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type Route } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The page the address bar names; re-renders when it changes (links, back and forward). */
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
