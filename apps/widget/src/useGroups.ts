import type { Locale } from '@groupfinder/translations';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from './gql';
import type { GroupFilter, WidgetGroupsQuery } from './gql/graphql';
import { toLanguageEnum } from './format';
import { request } from './request';

const GroupsQuery = graphql(`
  query WidgetGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language) {
    groups(filter: $filter, first: $first, after: $after, locale: $locale) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...GroupCard_Group
        }
      }
    }
  }
`);

/** Groups per page: a calm list that fits a municipality's article. */
export const PAGE_SIZE = 10;

export type GroupNode = WidgetGroupsQuery['groups']['edges'][number]['node'];

export interface GroupsState {
  /** `loading` while the first page for the current filter and language is on its way. */
  status: 'loading' | 'ready' | 'error';
  /** The groups shown; while a new search loads, the previous results stay (marked busy). */
  groups: GroupNode[];
  totalCount: number;
  hasNextPage: boolean;
  loadingMore: boolean;
  /** The "show more" request failed; the groups already shown stay. */
  moreFailed: boolean;
}

export interface Groups extends GroupsState {
  loadMore: () => void;
  retry: () => void;
}

const INITIAL: GroupsState = {
  status: 'loading',
  groups: [],
  totalCount: 0,
  hasNextPage: false,
  loadingMore: false,
  moreFailed: false,
};

/**
 * The groups matching `filter`, page by page through the connection's cursor. A new filter or
 * language starts again from the first page and cancels whatever was still on its way.
 * `filter` must keep its identity while its values do not change (useMemo).
 */
export function useGroups(endpoint: string, locale: Locale, filter: GroupFilter): Groups {
  const [state, setState] = useState<GroupsState>(INITIAL);
  const [attempt, setAttempt] = useState(0);
  const endCursor = useRef<string | null>(null);
  const moreRequest = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    moreRequest.current?.abort();
    moreRequest.current = null;
    setState((previous) => ({ ...previous, status: 'loading', loadingMore: false, moreFailed: false }));
    request(endpoint, GroupsQuery, { filter, first: PAGE_SIZE, locale: toLanguageEnum(locale) }, { locale, signal: controller.signal })
      .then(({ groups }) => {
        endCursor.current = groups.pageInfo.endCursor ?? null;
        setState({
          status: 'ready',
          groups: groups.edges.map((edge) => edge.node),
          totalCount: groups.totalCount,
          hasNextPage: groups.pageInfo.hasNextPage,
          loadingMore: false,
          moreFailed: false,
        });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, status: 'error' }));
      });
    return () => controller.abort();
  }, [endpoint, locale, filter, attempt]);

  const loadMore = useCallback(() => {
    const after = endCursor.current;
    if (!after || moreRequest.current) return;
    const controller = new AbortController();
    moreRequest.current = controller;
    setState((previous) => ({ ...previous, loadingMore: true, moreFailed: false }));
    request(endpoint, GroupsQuery, { filter, first: PAGE_SIZE, after, locale: toLanguageEnum(locale) }, { locale, signal: controller.signal })
      .then(({ groups }) => {
        endCursor.current = groups.pageInfo.endCursor ?? null;
        setState((previous) => {
          const seen = new Set(previous.groups.map((group) => group.id));
          return {
            ...previous,
            groups: [...previous.groups, ...groups.edges.map((edge) => edge.node).filter((group) => !seen.has(group.id))],
            totalCount: groups.totalCount,
            hasNextPage: groups.pageInfo.hasNextPage,
            loadingMore: false,
          };
        });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, loadingMore: false, moreFailed: true }));
      })
      .finally(() => {
        if (moreRequest.current === controller) moreRequest.current = null;
      });
  }, [endpoint, locale, filter]);

  useEffect(() => () => moreRequest.current?.abort(), []);

  const retry = useCallback(() => {
    if (state.moreFailed) loadMore();
    else setAttempt((count) => count + 1);
  }, [state.moreFailed, loadMore]);

  return { ...state, loadMore, retry };
}
