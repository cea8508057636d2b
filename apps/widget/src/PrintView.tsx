import { dateTimeFormat, intlLocale, listFormat, type Locale } from '@groupfinder/translations';
import { useRef } from 'react';
import { readAge, type FilterValues } from './filter-values';
import { describeResults, formatDistance } from './format';
import type { GroupFilter } from './gql/graphql';
import { LoadError } from './LoadError';
import type { WidgetTranslate } from './messages';
import type { HeadingLevel } from './options';
import { PrintList } from './PrintList';
import { useArrival, type Arrival } from './useArrival';
import { PRINT_MAX, usePrintGroups } from './usePrintGroups';
import type { TopicOption } from './useTopics';

interface PrintViewProps {
  /** The search, as the list runs it. */
  filter: GroupFilter;
  /** The filters as the visitor chose them: said above the list, so the paper says what it lists. */
  values: FilterValues;
  topics: readonly TopicOption[];
  endpoint: string;
  locale: Locale;
  t: WidgetTranslate;
  /** Level of the view's heading; the groups' names are one below. */
  headingLevel: HeadingLevel;
  arrival: Arrival;
  onBack: () => void;
}

/**
 * The current results as a list to print (up to PRINT_MAX): what was searched for, how many were
 * found and on which day, then each group with its schedule, next meetings, place and contact.
 * A button prints it (the print styles leave the buttons out); another returns to the list.
 */
export function PrintView({ filter, values, topics, endpoint, locale, t, headingLevel, arrival, onBack }: PrintViewProps) {
  const printed = usePrintGroups(endpoint, locale, filter);
  const heading = useRef<HTMLHeadingElement>(null);
  useArrival(arrival, heading);
  const Heading = `h${headingLevel}` as const;
  const found = printed.status === 'ready' ? printed.data : null;
  const search = describeSearch(values, topics, locale, t);
  const today = dateTimeFormat(intlLocale(locale), { dateStyle: 'long' }).format(new Date());

  return (
    <div className="gf-view gf-print">
      <Heading className="gf-print__title" ref={heading} tabIndex={-1}>
        {t('widget.print.title')}
      </Heading>
      {search.length > 0 && <p className="gf-print__search">{search.join(' · ')}</p>}
      <p className="gf-print__count" role="status">
        {found ? `${describeResults(t, found.totalCount, found.totalCountCapped)} · ${t('widget.print.asOf', { date: today })}` : printed.status === 'loading' ? t('common.loading') : ''}
      </p>
      <div className="gf-print__actions">
        {found && found.groups.length > 0 && (
          <button className="gf-button" type="button" onClick={() => window.print()}>
            {t('widget.print.print')}
          </button>
        )}
        <button className="gf-button gf-button--secondary" type="button" onClick={onBack}>
          {t('widget.link.back')}
        </button>
      </div>
      {printed.status === 'error' && <LoadError t={t} onRetry={printed.retry} />}
      {found && <PrintList groups={found.groups} locale={locale} t={t} headingLevel={Math.min(headingLevel + 1, 6) as HeadingLevel} />}
      {found?.cut && <p className="gf-print__cut">{t('widget.print.cut', { count: PRINT_MAX })}</p>}
    </div>
  );
}

/** The filters chosen, each as "Label: value", in the form's order. */
export function describeSearch(values: FilterValues, topics: readonly TopicOption[], locale: Locale, t: WidgetTranslate): string[] {
  const list = (items: string[]) => listFormat(intlLocale(locale)).format(items);
  const age = readAge(values.age);
  const text = values.text.trim();
  const place = values.place.trim();
  return [
    [t('widget.search.label'), text],
    [t('widget.filter.topic'), values.topic ? (topics.find((topic) => topic.code === values.topic)?.label ?? t(`topic.${values.topic}`)) : ''],
    [t('widget.filter.audience'), values.audience ? t(`audience.${values.audience}`) : ''],
    [t('widget.filter.near'), place ? `${place}, ${formatDistance(values.radiusKm, locale)}` : ''],
    [t('widget.filter.age'), values.ageBand ? t(`ageBand.${values.ageBand}`) : ''],
    [t('widget.filter.yourAge'), typeof age === 'number' ? String(age) : ''],
    [t('widget.filter.language'), values.language ? t(`language.${values.language}`) : ''],
    [t('widget.filter.format'), values.format ? t(`format.${values.format}`) : ''],
    [t('widget.filter.weekdays'), list(values.weekdays.map((day) => t(`weekday.${day}`)))],
    [t('widget.filter.timesOfDay'), list(values.timesOfDay.map((time) => t(`timeOfDay.${time}`)))],
  ]
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}: ${value}`);
}
