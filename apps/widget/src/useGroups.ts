import type { Locale } from '@groupfinder/translations';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from './gql';
import type { GroupFilter, WidgetGroupsQuery } from './gql/graphql';
import { toLanguageEnum } from './format';
import { GraphQLRequestError, request } from './request';

const GroupsQuery = graphql(`
  query WidgetGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language, $withFacets: Boolean!) {
    groups(filter: $filter, first: $first, after: $after, locale: $locale) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      # Counts for the filters' options: with the first page only; more pages do not change them.
      facets @include(if: $withFacets) {
        topics {
          value
          count
        }
        languages {
          value
          count
        }
      }
      edges {
        distanceKm
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

type Edge = WidgetGroupsQuery['groups']['edges'][number];
export type GroupNode = Edge['node'];

/** A group found, with how far it is from the place searched near (null without one, or online). */
export interface FoundGroup {
  node: GroupNode;
  distanceKm: number | null;
}

/** How many groups the same search finds per topic and per spoken language (each filter's own choice left out). */
export interface Facets {
  topics: ReadonlyMap<string, number>;
  languages: ReadonlyMap<string, number>;
}

const found = (edge: Edge): FoundGroup => ({ node: edge.node, distanceKm: edge.distanceKm ?? null });
const counts = (facet: readonly { value: string; count: number }[]) => new Map(facet.map((each) => [each.value, each.count]));

export interface GroupsState {
  /** `loading` while the first page for the current filter and language is on its way. */
  status: 'loading' | 'ready' | 'error';
  /** The groups shown; while a new search loads, the previous results stay (marked busy). */
  groups: FoundGroup[];
  totalCount: number;
  /** More groups match than totalCount says (the API counts up to LIMITS.countMax). */
  totalCountCapped: boolean;
  /** Counts per filter value for the current search; null until the first answer. */
  facets: Facets | null;
  /** Why the search failed, when it did (e.g. `PLACE_NOT_FOUND` with its translated message). */
  error: GraphQLRequestError | null;
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
  totalCountCapped: false,
  facets: null,
  error: null,
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
    request(endpoint, GroupsQuery, { filter, first: PAGE_SIZE, locale: toLanguageEnum(locale), withFacets: true }, { locale, signal: controller.signal })
      .then(({ groups }) => {
        endCursor.current = groups.pageInfo.endCursor ?? null;
        setState({
          status: 'ready',
          groups: groups.edges.map(found),
          totalCount: groups.totalCount,
          totalCountCapped: groups.totalCountCapped,
          facets: groups.facets ? { topics: counts(groups.facets.topics), languages: counts(groups.facets.languages) } : null,
          error: null,
          hasNextPage: groups.pageInfo.hasNextPage,
          loadingMore: false,
          moreFailed: false,
        });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof GraphQLRequestError ? error : new GraphQLRequestError(String(error));
        setState((previous) => ({ ...previous, status: 'error', error: failure }));
      });
    return () => controller.abort();
  }, [endpoint, locale, filter, attempt]);

  const loadMore = useCallback(() => {
    const after = endCursor.current;
    if (!after || moreRequest.current) return;
    const controller = new AbortController();
    moreRequest.current = controller;
    setState((previous) => ({ ...previous, loadingMore: true, moreFailed: false }));
    request(endpoint, GroupsQuery, { filter, first: PAGE_SIZE, after, locale: toLanguageEnum(locale), withFacets: false }, { locale, signal: controller.signal })
      .then(({ groups }) => {
        endCursor.current = groups.pageInfo.endCursor ?? null;
        setState((previous) => {
          const seen = new Set(previous.groups.map((group) => group.node.id));
          return {
            ...previous,
            groups: [...previous.groups, ...groups.edges.map(found).filter((group) => !seen.has(group.node.id))],
            totalCount: groups.totalCount,
            totalCountCapped: groups.totalCountCapped,
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
