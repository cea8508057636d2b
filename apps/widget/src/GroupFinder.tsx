import { translator, type Locale } from '@groupfinder/translations';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { canWiden, NO_FILTER, toGroupFilter, widened, type FilterValues, type WidgetWidening } from './filter-values';
import { Filters } from './Filters';
import { groupSlug } from './GroupCard';
import type { GroupFilter } from './gql/graphql';
import { GroupList, listHeadingId } from './GroupList';
import { GroupView } from './GroupView';
import { changedSelect, DEFAULT_LINK_STATE, LIST_VIEW, linkedValues, onlyTypingChanged, type FinderView, type LinkState, type SelectFilter } from './link-state';
import { LoadError } from './LoadError';
import { EMBED_REFUSALS } from './request';
import type { HeadingLevel, WidgetOptions } from './options';
import { PrintView } from './PrintView';
import { ResultsStatus } from './ResultsStatus';
import { ShareButton } from './ShareButton';
import type { Arrival } from './useArrival';
import { useDebouncedValue } from './useDebouncedValue';
import { initialLinkState, useFinderLink, useFragmentParam } from './useFinderLink';
import { useGroups } from './useGroups';
import { useTopics } from './useTopics';
import { useWidenings, Widenings } from './Widenings';

/** Pause in typing after which the search runs. */
export const SEARCH_DELAY_MS = 250;
/** A place is looked up after a longer pause, so that "Lyng" on the way to "Lyngby" is not an error. */
export const PLACE_DELAY_MS = 600;

interface GroupFinderProps {
  options: WidgetOptions;
  endpoint: string;
  locale: Locale;
  /** The mount element: the finder's parameter of the page's URL fragment is named after it (link-state.ts). */
  host: HTMLElement;
}

/** The User Timing mark of the first results shown on the page (by any of its finders). */
const FIRST_RESULTS_MARK = 'groupfinder:first-results';

/** Where focus goes once the view has changed (see Arrival); in the list, to a group's name (by slug) or to the finder's title. */
type ListArrival = { slug: string } | 'title' | null;

/** Whether focus is in this finder, or nowhere: then a step through history may move it; never away from the host page. */
function focusIsHere(host: HTMLElement): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === host || host.contains(active);
}

/**
 * The finder: filters, the number found (announced), the groups, and more on request; a group's
 * own view, and the list to print. What it shows is in the page's address (useFinderLink), so that
 * Back, a shared link and a reload show the same.
 */
export function GroupFinder({ options, endpoint, locale, host }: GroupFinderProps) {
  const t = useMemo(() => translator(locale), [locale]);
  const { topics: onlyTopics, municipality, country } = options;
  const param = useFragmentParam(host);
  const [initial] = useState(() => initialLinkState(param, onlyTopics));
  const [values, setValues] = useState<FilterValues>(() => ({ ...initial.values, age: '', here: null }));
  const [view, setView] = useState<FinderView>(initial.view);
  // A view opened from a link is scrolled to, not focused: the page has just loaded, and focus is the host's.
  const [arrival, setArrival] = useState<Arrival>(initial.view.kind === 'list' ? null : 'scroll');
  const [listArrival, setListArrival] = useState<ListArrival>(null);
  const typed = values.text.trim();
  const typedPlace = values.place.trim();
  // A cleared field applies at once; typing waits for a pause.
  const [text, flushText] = useDebouncedValue(typed, typed === '' ? 0 : SEARCH_DELAY_MS);
  const [place, flushPlace] = useDebouncedValue(typedPlace, typedPlace === '' ? 0 : PLACE_DELAY_MS);
  const [age, flushAge] = useDebouncedValue(values.age, values.age === '' ? 0 : SEARCH_DELAY_MS);
  const title = useRef<HTMLHeadingElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusOnArrival = useRef<number | null>(null);
  const shownView = useRef(view);
  useEffect(() => {
    shownView.current = view;
  }, [view]);

  // Typing changes `values` at once but the search only when the debounced text, place or age does:
  // the filter keeps its identity while what it asks for stays the same (useGroups refetches on a new one).
  const filterKey = JSON.stringify(toGroupFilter(values, { text, place, age }, { country, municipality, topics: onlyTopics }));
  const filter = useMemo(() => JSON.parse(filterKey) as GroupFilter, [filterKey]);

  const groups = useGroups(endpoint, locale, filter);
  const nothingFound = groups.status === 'ready' && groups.totalCount === 0;
  const widenings = useWidenings(endpoint, locale, filter, nothingFound, (kind) => canWiden(values, kind, { topics: onlyTopics, municipality }));
  const topics = useTopics(endpoint, locale, onlyTopics);
  const placeError = groups.status === 'error' && groups.error?.code === 'PLACE_NOT_FOUND' ? groups.error.message : null;

  // Back, Forward, or an address edited by hand: the view and filters it holds (the visitor's age stays as it is).
  const restore = useCallback(
    (state: LinkState) => {
      const from = shownView.current;
      setValues((current) => ({ ...state.values, age: current.age, here: current.here }));
      setView(state.view);
      const here = focusIsHere(host);
      if (state.view.kind !== 'list') setArrival(here ? 'focus' : null);
      else setListArrival(!here ? null : from.kind === 'group' ? { slug: from.slug } : from.kind === 'print' ? 'title' : null);
    },
    [host],
  );
  const link = useFinderLink(param, onlyTopics, restore);

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

  // Back in the list from a group: focus returns to that group's name, or to the title when the list no longer has it.
  useEffect(() => {
    if (!listArrival || view.kind !== 'list' || groups.status === 'loading') return;
    const found = typeof listArrival === 'object' ? groups.groups.find(({ node }) => groupSlug(node) === listArrival.slug) : undefined;
    const target = found ? host.shadowRoot?.getElementById(listHeadingId(found.node.id)) : title.current;
    target?.focus();
    setListArrival(null);
  }, [listArrival, view, groups.status, groups.groups, host]);

  const submit = useCallback(() => {
    flushText();
    flushPlace();
    flushAge();
  }, [flushText, flushPlace, flushAge]);

  // A filter chosen is a step Back undoes; typing only changes the step the visitor is on, and so does
  // stepping on through the same select (the arrow keys choose each value they pass: one step in all).
  const lastSelect = useRef<SelectFilter | null>(null);
  const change = useCallback(
    (next: FilterValues) => {
      setValues(next);
      const select = changedSelect(values, next);
      const steppedOn = select !== null && select === lastSelect.current && link.pushedHere();
      const how = onlyTypingChanged(values, next) || steppedOn ? 'replace' : 'push';
      if (how === 'push') lastSelect.current = select;
      link.write({ values: linkedValues(next), view: LIST_VIEW }, how);
    },
    [link, values],
  );

  const reset = useCallback(() => {
    setValues(NO_FILTER);
    link.write(DEFAULT_LINK_STATE, 'push');
    searchRef.current?.focus();
  }, [link]);

  const go = useCallback(
    (next: FinderView) => {
      setView(next);
      setArrival('focus');
      link.write({ values: linkedValues(values), view: next }, 'push');
    },
    [link, values],
  );
  const openGroup = useCallback((slug: string) => go({ kind: 'group', slug }), [go]);
  // The button pressed goes with the empty result: focus moves to the finder's title, before the new count.
  const widen = useCallback(
    (kind: WidgetWidening) => {
      change(widened(values, kind));
      title.current?.focus();
    },
    [change, values],
  );
  const openPrint = useCallback(() => go({ kind: 'print' }), [go]);

  // "Back to the list" is the browser's Back when the visitor came from the list (history stays as it was), else a step to it.
  const backToList = useCallback(() => {
    if (link.pushedHere()) {
      history.back();
      return;
    }
    setView(LIST_VIEW);
    setListArrival(view.kind === 'group' ? { slug: view.slug } : 'title');
    link.write({ values: linkedValues(values), view: LIST_VIEW }, 'push');
  }, [link, values, view]);

  const groupHref = useCallback((slug: string) => link.href({ values: linkedValues(values), view: { kind: 'group', slug } }), [link, values]);
  // A group is shared alone: the visitor's search is theirs (and may say something about their health).
  const groupShareUrl = useCallback(() => link.href({ ...DEFAULT_LINK_STATE, view }), [link, view]);
  const searchShareUrl = useCallback(() => link.href({ values: linkedValues(values), view: LIST_VIEW }), [link, values]);

  const level = options.headingLevel ?? 2;
  const Heading = `h${level}` as `h${HeadingLevel}`;
  const groupLevel = Math.min(level + 1, 6) as HeadingLevel;
  const failed = (groups.status === 'error' && !placeError) || groups.moreFailed;
  const shown = groups.status === 'error' ? [] : groups.groups;
  // The embed deleted, or its sites changed, while the page was open: said as on loading, not offered again.
  const refusal = groups.status === 'error' && groups.error?.code && EMBED_REFUSALS.has(groups.error.code) ? groups.error.message : null;

  return (
    <section className="gf" lang={locale} aria-labelledby="gf-title">
      <Heading className="gf-title" id="gf-title" ref={title} tabIndex={-1}>
        {t('widget.title')}
      </Heading>
      {/* The list stays in the page behind a group's view, as it was: Back returns to it at once. */}
      <div className="gf-view gf-view--list" hidden={view.kind !== 'list'}>
        <Filters
          values={values}
          topics={topics}
          facets={groups.facets}
          placeError={placeError}
          locale={locale}
          t={t}
          onChange={change}
          onSubmit={submit}
          onReset={reset}
          searchRef={searchRef}
        />
        <div className="gf-results-bar">
          <ResultsStatus status={groups.status} totalCount={groups.totalCount} totalCountCapped={groups.totalCountCapped} message={placeError} t={t} />
          {shown.length > 0 && (
            <div className="gf-tools">
              <ShareButton id="gf-share-search" label={t('widget.share.search')} title={t('widget.title')} url={searchShareUrl} t={t} />
              <button className="gf-button gf-button--secondary" type="button" onClick={openPrint}>
                {t('widget.print.open')}
              </button>
            </div>
          )}
        </div>
        {nothingFound && <Widenings t={t} options={widenings} onWiden={widen} />}
        {failed &&
          (refusal ? (
            <p className="gf-error gf-error__text" role="alert">
              {refusal}
            </p>
          ) : (
            <LoadError t={t} onRetry={groups.retry} />
          ))}
        <GroupList
          groups={shown}
          busy={groups.status === 'loading'}
          locale={locale}
          t={t}
          headingLevel={groupLevel}
          listRef={listRef}
          groupHref={groupHref}
          onOpen={openGroup}
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
      </div>
      {view.kind === 'group' && (
        <GroupView
          key={view.slug}
          slug={view.slug}
          preview={groups.groups.find(({ node }) => groupSlug(node) === view.slug)}
          endpoint={endpoint}
          locale={locale}
          t={t}
          headingLevel={groupLevel}
          arrival={arrival}
          shareUrl={groupShareUrl}
          onBack={backToList}
        />
      )}
      {view.kind === 'print' && (
        <PrintView
          filter={filter}
          values={values}
          topics={topics}
          endpoint={endpoint}
          locale={locale}
          t={t}
          headingLevel={groupLevel}
          arrival={arrival}
          onBack={backToList}
        />
      )}
    </section>
  );
}
