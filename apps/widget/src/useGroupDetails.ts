import type { Locale } from '@groupfinder/translations';
import { toLanguageEnum } from './format';
import { graphql } from './gql';
import type { WidgetGroupDetailsQuery } from './gql/graphql';
import { request } from './request';
import { useRequest, type RequestState } from './useRequest';

/** How many coming meetings the detail view lists. */
export const DETAIL_MEETINGS = 6;

// The card's fields too: a group opened from a link is shown whole, whether or not the list has it.
const GroupDetailsQuery = graphql(`
  query WidgetGroupDetails($slug: String!, $locale: Language, $meetings: Int!) {
    group(slug: $slug, locale: $locale) {
      id
      ...GroupCard_Group
      ...GroupDetails_Group
    }
  }
`);

export type GroupDetailsNode = WidgetGroupDetailsQuery['group'];

/**
 * Everything about one group, asked for when a visitor opens it (the list stays light), again
 * when the language changes. The previous answer stays shown while a new one loads.
 */
export function useGroupDetails(endpoint: string, locale: Locale, slug: string): RequestState<GroupDetailsNode> {
  return useRequest(`${endpoint} ${locale} ${slug}`, (signal) =>
    request(endpoint, GroupDetailsQuery, { slug, locale: toLanguageEnum(locale), meetings: DETAIL_MEETINGS }, { locale, signal }).then(({ group }) => group),
  );
}
