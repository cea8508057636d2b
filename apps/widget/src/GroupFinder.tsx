import { translator, type Locale } from '@groupfinder/translations';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NO_FILTER, toGroupFilter, type FilterValues } from './filter-values';
import { Filters } from './Filters';
import type { GroupFilter } from './gql/graphql';
import { GroupList } from './GroupList';
import { LoadError } from './LoadError';
import type { HeadingLevel, WidgetOptions } from './options';
import { ResultsStatus } from './ResultsStatus';
import { useDebouncedValue } from './useDebouncedValue';
import { useGroups } from './useGroups';
import { useTopics } from './useTopics';

/** Pause in typing after which the search runs. */
export const SEARCH_DELAY_MS = 250;
/** A place is looked up after a longer pause, so that "Lyng" on the way to "Lyngby" is not an error. */
export const PLACE_DELAY_MS = 600;

interface GroupFinderProps {
  options: WidgetOptions;
  endpoint: string;
  locale: Locale;
}

/** The User Timing mark of the first results shown on the page (by any of its finders). */
const FIRST_RESULTS_MARK = 'groupfinder:first-results';

/** The finder: filters, the number found (announced), the groups, and more on request. */
export function GroupFinder({ options, endpoint, locale }: GroupFinderProps) {
  const t = useMemo(() => translator(locale), [locale]);
  const [values, setValues] = useState<FilterValues>(NO_FILTER);
  const typed = values.text.trim();
  const typedPlace = values.place.trim();
  // A cleared field applies at once; typing waits for a pause.
  const [text, flushText] = useDebouncedValue(typed, typed === '' ? 0 : SEARCH_DELAY_MS);
  const [place, flushPlace] = useDebouncedValue(typedPlace, typedPlace === '' ? 0 : PLACE_DELAY_MS);
  const [age, flushAge] = useDebouncedValue(values.age, values.age === '' ? 0 : SEARCH_DELAY_MS);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusOnArrival = useRef<number | null>(null);

  const { topics: onlyTopics, municipality, country } = options;
  // Typing changes `values` at once but the search only when the debounced text, place or age does:
  // the filter keeps its identity while what it asks for stays the same (useGroups refetches on a new one).
  const filterKey = JSON.stringify(toGroupFilter(values, { text, place, age }, { country, municipality, topics: onlyTopics }));
  const filter = useMemo(() => JSON.parse(filterKey) as GroupFilter, [filterKey]);

  const groups = useGroups(endpoint, locale, filter);
  const topics = useTopics(endpoint, locale, onlyTopics);
  const placeError = groups.status === 'error' && groups.error?.code === 'PLACE_NOT_FOUND' ? groups.error.message : null;

  // A User Timing mark when the first results are shown: what tools/bench's Lighthouse run reports as the
  // time to first results. It stays in this page's own performance timeline; nothing is sent anywhere.
  const firstResults = groups.status === 'ready';
  useEffect(() => {
    if (firstResults && performance.getEntriesByName(FIRST_RESULTS_MARK).length === 0) performance.mark(FIRST_RESULTS_MARK);
  }, [firstResults]);

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
    listRef.current?.children[index]?.querySelector<HTMLElement>('.gf-group__name')?.focus();
  }, [groups.groups.length, groups.loadingMore]);

  const submit = useCallback(() => {
    flushText();
    flushPlace();
    flushAge();
  }, [flushText, flushPlace, flushAge]);

  const reset = useCallback(() => {
    setValues(NO_FILTER);
    searchRef.current?.focus();
  }, []);

  const level = options.headingLevel ?? 2;
  const Heading = `h${level}` as `h${HeadingLevel}`;
  const groupLevel = Math.min(level + 1, 6) as HeadingLevel;
  const failed = (groups.status === 'error' && !placeError) || groups.moreFailed;

  return (
    <section className="gf" lang={locale} aria-labelledby="gf-title">
      <Heading className="gf-title" id="gf-title">
        {t('widget.title')}
      </Heading>
      <Filters
        values={values}
        topics={topics}
        facets={groups.facets}
        placeError={placeError}
        locale={locale}
        t={t}
        onChange={setValues}
        onSubmit={submit}
        onReset={reset}
        searchRef={searchRef}
      />
      <ResultsStatus status={groups.status} totalCount={groups.totalCount} totalCountCapped={groups.totalCountCapped} message={placeError} t={t} />
      {failed && <LoadError t={t} onRetry={groups.retry} />}
      <GroupList
        groups={groups.status === 'error' ? [] : groups.groups}
        busy={groups.status === 'loading'}
        endpoint={endpoint}
        locale={locale}
        t={t}
        headingLevel={groupLevel}
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
