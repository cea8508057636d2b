import type { Locale } from '@groupfinder/translations';
import type { WidgetTranslate } from './messages';
import type { Ref } from 'react';
import { GroupCard } from './GroupCard';
import type { HeadingLevel } from './options';
import type { FoundGroup } from './useGroups';

interface GroupListProps {
  groups: readonly FoundGroup[];
  /** A new search is loading: the old results stay visible but are marked busy. */
  busy: boolean;
  endpoint: string;
  locale: Locale;
  t: WidgetTranslate;
  /** Level of each group's name. */
  headingLevel: HeadingLevel;
  listRef: Ref<HTMLUListElement>;
}

/** The results, in the API's order. */
export function GroupList({ groups, busy, endpoint, locale, t, headingLevel, listRef }: GroupListProps) {
  if (groups.length === 0) return null;
  return (
    <ul className="gf-list" ref={listRef} aria-busy={busy || undefined}>
      {groups.map(({ node, distanceKm }) => (
        <li className="gf-list__item" key={node.id}>
          <GroupCard group={node} distanceKm={distanceKm} endpoint={endpoint} locale={locale} t={t} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
