import type { Locale } from '@groupfinder/translations';
import type { WidgetTranslate } from './messages';
import type { MouseEvent, Ref } from 'react';
import { GroupCard, groupSlug } from './GroupCard';
import type { HeadingLevel } from './options';
import type { FoundGroup } from './useGroups';

interface GroupListProps {
  groups: readonly FoundGroup[];
  /** A new search is loading: the old results stay visible but are marked busy. */
  busy: boolean;
  locale: Locale;
  t: WidgetTranslate;
  /** Level of each group's name. */
  headingLevel: HeadingLevel;
  listRef: Ref<HTMLUListElement>;
  /** The address of a group's own view (a link: it opens in a new tab too, and can be copied). */
  groupHref: (slug: string) => string;
  /** Opens a group's own view in place. */
  onOpen: (slug: string) => void;
}

/** A click that opens a link here: not one meant for a new tab or window (a modifier key, the middle button). */
function plainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** The results, in the API's order, each with a link to its own view. */
export function GroupList({ groups, busy, locale, t, headingLevel, listRef, groupHref, onOpen }: GroupListProps) {
  if (groups.length === 0) return null;
  return (
    <ul className="gf-list" ref={listRef} aria-busy={busy || undefined}>
      {groups.map(({ node, distanceKm }) => {
        const slug = groupSlug(node);
        return (
          <li className="gf-list__item" key={node.id}>
            <GroupCard group={node} distanceKm={distanceKm} locale={locale} t={t} headingLevel={headingLevel} headingId={listHeadingId(node.id)}>
              <a
                className="gf-group__open"
                href={groupHref(slug)}
                onClick={(event) => {
                  if (!plainClick(event)) return;
                  event.preventDefault();
                  onOpen(slug);
                }}
              >
                <span className="gf-group__open-icon" aria-hidden="true" />
                {t('widget.details.toggle')}
              </a>
            </GroupCard>
          </li>
        );
      })}
    </ul>
  );
}

/** The id of a group's name in the list: where focus returns from its own view. */
export function listHeadingId(groupId: string): string {
  return `gf-group-${groupId}`;
}
