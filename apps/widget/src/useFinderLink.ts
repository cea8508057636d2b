import type { TopicCode } from '@groupfinder/domain';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_LINK_STATE, decodeLinkState, encodeLinkState, fragmentParams, readFragmentParam, writeFragmentParam, type LinkState, type NamedHost } from './link-state';

/** The fragment parameter of the finder mounted in `host` (link-state.ts), claimed when its element was mounted (mount.tsx). */
export function useFragmentParam(host: NamedHost): string {
  const [name] = useState(() => fragmentParams.claim(host));
  return name;
}

/** What parameter `param` of the page's fragment says now; undefined when the fragment is an anchor ("#main"). */
function readLinkState(param: string, onlyTopics: readonly TopicCode[] | undefined): LinkState | undefined {
  const raw = readFragmentParam(location.hash, param);
  return raw === undefined ? undefined : decodeLinkState(raw, onlyTopics);
}

/** The state the page was opened with, for the finder's first render. */
export function initialLinkState(param: string, onlyTopics: readonly TopicCode[] | undefined): LinkState {
  return readLinkState(param, onlyTopics) ?? DEFAULT_LINK_STATE;
}

const pageAddress = () => location.href.split('#')[0] ?? '';

export interface FinderLink {
  /**
   * Puts `state` in the address: as a new history entry for a step Back should undo (`push`: a
   * filter chosen, a group opened), or in place of the current one (`replace`: typing, so that Back
   * is not one step per letter). Nothing when the address says it already.
   */
  write(state: LinkState, how: 'push' | 'replace'): void;
  /** The address of `state` on this page: a link's href, or the link to share. */
  href(state: LinkState): string;
  /** Whether this finder pushed the current history entry, so that Back returns to where the visitor came from in it. */
  pushedHere(): boolean;
}

/**
 * Keeps the finder's state in its fragment parameter: `write` as the visitor acts, and
 * `onRestore` when Back, Forward or an edited address brings another state. A change of other
 * parameters (another finder's, the host's) is no change; nor is an anchor the host jumps to ("#main").
 */
export function useFinderLink(param: string, onlyTopics: readonly TopicCode[] | undefined, onRestore: (state: LinkState) => void): FinderLink {
  // The state shown, as written: what a history step is compared with.
  const shown = useRef<string | null>(null);
  const pushed = useRef<string | null>(null);
  const restore = useRef(onRestore);
  useEffect(() => {
    restore.current = onRestore;
  }, [onRestore]);

  useEffect(() => {
    shown.current ??= encodeLinkState(initialLinkState(param, onlyTopics));
    const sync = () => {
      const state = readLinkState(param, onlyTopics);
      const encoded = state && encodeLinkState(state);
      if (!state || encoded === shown.current) return;
      shown.current = encoded ?? null;
      restore.current(state);
    };
    // A step through history fires popstate; an address edited by hand, or a link to "#gf=…", fires hashchange too.
    window.addEventListener('popstate', sync);
    window.addEventListener('hashchange', sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener('hashchange', sync);
    };
  }, [param, onlyTopics]);

  const href = useCallback((state: LinkState) => pageAddress() + writeFragmentParam(location.hash, param, encodeLinkState(state)), [param]);

  const write = useCallback(
    (state: LinkState, how: 'push' | 'replace') => {
      const encoded = encodeLinkState(state);
      shown.current = encoded;
      const current = readFragmentParam(location.hash, param);
      if (encodeLinkState(decodeLinkState(current, onlyTopics)) === encoded) return;
      // An entry this finder pushed stays its own when replaced (typing, a select stepped on).
      const ours = pushed.current === location.href;
      try {
        // The host's own history state goes along unchanged (a router of the host page may keep its place in it).
        if (how === 'push') history.pushState(history.state, '', href(state));
        else history.replaceState(history.state, '', href(state));
      } catch {
        // A sandboxed frame, or a browser refusing very many changes in a row: the view changes all the same.
        return;
      }
      if (how === 'push' || ours) pushed.current = location.href;
    },
    [param, onlyTopics, href],
  );

  const pushedHere = useCallback(() => pushed.current === location.href, []);

  return useMemo(() => ({ write, href, pushedHere }), [write, href, pushedHere]);
}
