import { LIMITS } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import { toLanguageEnum } from './format';
import { graphql } from './gql';
import type { GroupFilter, WidgetPrintGroupsQuery } from './gql/graphql';
import type { PrintItem } from './PrintList';
import { request } from './request';
import { useRequest, type RequestState } from './useRequest';

const PrintGroupsQuery = graphql(`
  query WidgetPrintGroups($filter: GroupFilter, $first: Int!, $after: String, $locale: Language) {
    groups(filter: $filter, first: $first, after: $after, locale: $locale) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...PrintGroup_Group
        }
      }
    }
  }
`);

/** The most groups a printed list holds: a few pages of paper; a longer list wants a narrower search. */
export const PRINT_MAX = 100;

export interface PrintGroups {
  groups: PrintItem[];
  totalCount: number;
  totalCountCapped: boolean;
  /** More groups match than the list holds (PRINT_MAX). */
  cut: boolean;
}

/** The groups matching `filter`, up to PRINT_MAX, in as few pages as the API allows. */
export function usePrintGroups(endpoint: string, locale: Locale, filter: GroupFilter): RequestState<PrintGroups> {
  return useRequest(`${endpoint} ${locale} ${JSON.stringify(filter)}`, async (signal) => {
    const found: PrintGroups = { groups: [], totalCount: 0, totalCountCapped: false, cut: false };
    let after: string | null = null;
    do {
      const first = Math.min(LIMITS.pageSizeMax, PRINT_MAX - found.groups.length);
      const { groups }: WidgetPrintGroupsQuery = await request(endpoint, PrintGroupsQuery, { filter, first, after, locale: toLanguageEnum(locale) }, { locale, signal });
      found.groups.push(...groups.edges.map(({ node }) => ({ id: node.id, group: node })));
      found.totalCount = groups.totalCount;
      found.totalCountCapped = groups.totalCountCapped;
      found.cut = groups.pageInfo.hasNextPage;
      after = groups.pageInfo.hasNextPage ? (groups.pageInfo.endCursor ?? null) : null;
    } while (after && found.groups.length < PRINT_MAX);
    return found;
  });
}
