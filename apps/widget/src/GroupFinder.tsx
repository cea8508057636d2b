import { translator, type Locale } from '@groupfinder/translations';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Filters, type FilterValues } from './Filters';
import { GroupList } from './GroupList';
import type { GroupFilter } from './gql/graphql';
import { LoadError } from './LoadError';
import type { HeadingLevel, WidgetOptions } from './options';
import { ResultsStatus } from './ResultsStatus';
import { useDebouncedValue } from './useDebouncedValue';
import { useGroups } from './useGroups';
import { useTopics } from './useTopics';

/** Pause in typing after which the search runs. */
export const SEARCH_DELAY_MS = 250;

const NO_FILTER: FilterValues = { text: '', topic: '', audience: '' };

interface GroupFinderProps {
  options: WidgetOptions;
  endpoint: string;
  locale: Locale;
}

/** The finder: filters, the number found (announced), the groups, and more on request. */
export function GroupFinder({ options, endpoint, locale }: GroupFinderProps) {
  const t = useMemo(() => translator(locale), [locale]);
  const [values, setValues] = useState<FilterValues>(NO_FILTER);
  const typed = values.text.trim();
  // A cleared search applies at once; typing waits for a pause.
  const [text, flushText] = useDebouncedValue(typed, typed === '' ? 0 : SEARCH_DELAY_MS);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusOnArrival = useRef<number | null>(null);

  const { topics: onlyTopics, municipality, country } = options;
  const filter = useMemo<GroupFilter>(
    () => ({
      ...(country ? { country } : {}),
      ...(municipality ? { municipalityCode: municipality } : {}),
      ...(values.topic ? { topics: [values.topic] } : onlyTopics ? { topics: onlyTopics } : {}),
      ...(values.audience ? { audience: values.audience } : {}),
      ...(text ? { text } : {}),
    }),
    [country, municipality, onlyTopics, values.topic, values.audience, text],
  );

  const groups = useGroups(endpoint, locale, filter);
  const topics = useTopics(endpoint, locale, onlyTopics);

  const { loadMore } = groups;
  const showMore = useCallback(() => {
    focusOnArrival.current = groups.groups.length;
    loadMore();
  }, [groups.groups.length, loadMore]);

  // After "show more", focus moves to the first new group, so keyboard and screen-reader users
  // continue where the list grew (the button may be gone when this was the last page).
  useEffect(() => {
    const index = focusOnArrival.current;
    if (index === null || groups.loadingMore) return;
    focusOnArrival.current = null;
    listRef.current?.children[index]?.querySelector<HTMLElement>('h3')?.focus();
  }, [groups.groups.length, groups.loadingMore]);

  const reset = useCallback(() => {
    setValues(NO_FILTER);
    searchRef.current?.focus();
  }, []);

  const Heading = `h${options.headingLevel ?? 2}` as `h${HeadingLevel}`;
  const failed = groups.status === 'error' || groups.moreFailed;

  return (
    <section className="gf" lang={locale} aria-labelledby="gf-title">
      <Heading className="gf-title" id="gf-title">
        {t('widget.title')}
      </Heading>
      <Filters
        values={values}
        topics={topics}
        t={t}
        onChange={setValues}
        onSubmit={flushText}
        onReset={reset}
        searchRef={searchRef}
      />
      <ResultsStatus status={groups.status} totalCount={groups.totalCount} t={t} />
      {failed && <LoadError t={t} onRetry={groups.retry} />}
      <GroupList
        groups={groups.status === 'error' ? [] : groups.groups}
        busy={groups.status === 'loading'}
        locale={locale}
        t={t}
        listRef={listRef}
      />
      {groups.status === 'ready' && groups.hasNextPage && !groups.moreFailed && (
        <button
          className="gf-button gf-more"
          type="button"
          aria-disabled={groups.loadingMore || undefined}
          onClick={groups.loadingMore ? undefined : showMore}
        >
          {groups.loadingMore ? t('common.loading') : t('widget.more')}
        </button>
      )}
    </section>
  );
}
