import type { Locale, Translate } from '@groupfinder/translations';
import type { Ref } from 'react';
import { GroupCard } from './GroupCard';
import type { GroupNode } from './useGroups';

interface GroupListProps {
  groups: readonly GroupNode[];
  /** A new search is loading: the old results stay visible but are marked busy. */
  busy: boolean;
  locale: Locale;
  t: Translate;
  listRef: Ref<HTMLUListElement>;
}

/** The results, in the API's order. */
export function GroupList({ groups, busy, locale, t, listRef }: GroupListProps) {
  if (groups.length === 0) return null;
  return (
    <ul className="gf-list" ref={listRef} aria-busy={busy || undefined}>
      {groups.map((group) => (
        <li className="gf-list__item" key={group.id}>
          <GroupCard group={group} locale={locale} t={t} />
        </li>
      ))}
    </ul>
  );
}
