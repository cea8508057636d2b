import type { Locale } from '@groupfinder/translations';
import { graphql } from './gql';
import { WIDGET_WIDENINGS, type WidgetWidening } from './filter-values';
import type { GroupFilter } from './gql/graphql';
import type { WidgetTranslate } from './messages';
import { request } from './request';
import { useRequest } from './useRequest';

export const WideningsQuery = graphql(`
  query WidgetWidenings($filter: GroupFilter) {
    groups(filter: $filter, first: 1) {
      widenings {
        kind
        count
      }
    }
  }
`);

export interface WideningOption {
  kind: WidgetWidening;
  count: number;
}

/**
 * When a search finds nothing: how it could find groups (the API counts each way), asked only
 * then. `applicable` says which the visitor can undo (a topic the host chose is not theirs to drop).
 */
export function useWidenings(endpoint: string, locale: Locale, filter: GroupFilter, empty: boolean, applicable: (kind: WidgetWidening) => boolean): WideningOption[] {
  const answer = useRequest(empty ? `${endpoint} ${locale} ${JSON.stringify(filter)}` : '', (signal) =>
    empty ? request(endpoint, WideningsQuery, { filter }, { locale, signal }).then((data) => data.groups.widenings) : Promise.resolve([]),
  );
  if (!empty || answer.status !== 'ready') return [];
  return (answer.data ?? []).flatMap(({ kind, count }) => ((WIDGET_WIDENINGS as readonly string[]).includes(kind) && applicable(kind as WidgetWidening) ? [{ kind: kind as WidgetWidening, count }] : []));
}

interface WideningsProps {
  t: WidgetTranslate;
  options: readonly WideningOption[];
  onWiden: (kind: WidgetWidening) => void;
}

/** What to widen, each a button saying how many groups it shows. */
export function Widenings({ t, options, onWiden }: WideningsProps) {
  if (options.length === 0) return null;
  return (
    <div className="gf-widenings">
      <p className="gf-widenings__intro">{t('widget.widen.intro')}</p>
      <ul className="gf-widenings__list">
        {options.map(({ kind, count }) => (
          <li key={kind}>
            <button type="button" className="gf-button gf-button--secondary" onClick={() => onWiden(kind)}>
              {t(`widget.widen.${kind}`, { count })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
