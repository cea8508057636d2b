import { TOPICS, topicWithSubtopics, type TopicCode } from '@groupfinder/domain';
import { translate, type Locale } from '@groupfinder/translations';
import { graphql } from './gql';
import { toLanguageEnum } from './format';
import type { WidgetMessageKey } from './messages';
import { request } from './request';
import { useRequest } from './useRequest';

export const TopicsQuery = graphql(`
  query WidgetTopics($locale: Language) {
    topics(locale: $locale) {
      code
      label
      parent
    }
  }
`);

export interface TopicOption {
  code: TopicCode;
  label: string;
  /** Sub-topics are shown indented under their parent. */
  isSubtopic: boolean;
}

/**
 * The topic filter's options in the widget's language: the labels from the API once they
 * arrive, the catalog's until then (or if the API cannot be reached), so the filter never waits.
 * `only` narrows them to a host's configured topics and their sub-topics.
 */
export function useTopics(endpoint: string, locale: Locale, only: readonly TopicCode[] | undefined): TopicOption[] {
  const fromApi = useRequest(`${endpoint} ${locale}`, (signal) =>
    request(endpoint, TopicsQuery, { locale: toLanguageEnum(locale) }, { locale, signal }).then((data) => ({
      locale,
      labels: new Map(data.topics.map((topic) => [topic.code, topic.label])),
    })),
  );
  const labels = fromApi.data?.locale === locale ? fromApi.data.labels : undefined;
  return topicOptions(locale, labels, only);
}

/** The options in taxonomy order, each sub-topic after its parent. Exported for tests. */
export function topicOptions(
  locale: Locale,
  labels: ReadonlyMap<TopicCode, string> | undefined,
  only: readonly TopicCode[] | undefined,
): TopicOption[] {
  const allowed = only && only.length > 0 ? new Set(only.flatMap(topicWithSubtopics)) : undefined;
  return TOPICS.filter((topic) => !allowed || allowed.has(topic.code)).map((topic) => ({
    code: topic.code,
    label: labels?.get(topic.code) ?? translate(locale, `topic.${topic.code}` satisfies WidgetMessageKey),
    isSubtopic: topic.parent !== null,
  }));
}
