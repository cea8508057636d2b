import type { Locale } from '@groupfinder/translations';
import { useCallback, useEffect, useState } from 'react';
import { toLanguageEnum } from './format';
import { graphql } from './gql';
import type { WidgetGroupDetailsQuery } from './gql/graphql';
import { request } from './request';

/** How many coming meetings the detail view lists. */
export const DETAIL_MEETINGS = 6;

const GroupDetailsQuery = graphql(`
  query WidgetGroupDetails($slug: String!, $locale: Language, $meetings: Int!) {
    group(slug: $slug, locale: $locale) {
      id
      ...GroupDetails_Group
    }
  }
`);

export type GroupDetailsNode = WidgetGroupDetailsQuery['group'];

export interface GroupDetailsState {
  status: 'loading' | 'ready' | 'error';
  group: GroupDetailsNode | null;
  retry: () => void;
}

/**
 * Everything about one group, asked for when a visitor opens its details (the list stays light),
 * again when the language changes. The previous answer stays shown while a new one loads.
 */
export function useGroupDetails(endpoint: string, locale: Locale, slug: string): GroupDetailsState {
  const [state, setState] = useState<Omit<GroupDetailsState, 'retry'>>({ status: 'loading', group: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, status: 'loading' }));
    request(endpoint, GroupDetailsQuery, { slug, locale: toLanguageEnum(locale), meetings: DETAIL_MEETINGS }, { locale, signal: controller.signal })
      .then(({ group }) => setState({ status: 'ready', group }))
      .catch(() => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, status: 'error' }));
      });
    return () => controller.abort();
  }, [endpoint, locale, slug, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, retry };
}
