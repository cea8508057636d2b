import type { EnrolmentState, TranslatedText } from '@groupfinder/domain';

/** A group in the list of those the viewer may edit. */
export interface ListedGroup {
  readonly id: string;
  readonly archived: boolean;
  readonly slug: string;
  readonly unitId: string | null;
  readonly name: TranslatedText;
  readonly enrolment: EnrolmentState;
}

/** The unit filter's value for groups the organisation runs itself (no unit). */
export const ORGANISATION_ITSELF = 'organisation';

export interface GroupListFilter {
  /** Words to find in a name (any language) or the slug. */
  readonly search: string;
  /** '' for every unit, ORGANISATION_ITSELF, or a unit's id. */
  readonly unit: string;
  /** '' for every state. */
  readonly enrolment: EnrolmentState | '';
  readonly showArchived: boolean;
}

export const NO_FILTER: GroupListFilter = { search: '', unit: '', enrolment: '', showArchived: false };

/** Lower case without accents, so that "sorg" finds "Sorg" and "malmo" finds "Malmö". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function matchesSearch(group: ListedGroup, search: string): boolean {
  const words = folded(search).split(/\s+/).filter(Boolean);
  const haystack = folded([group.slug, ...Object.values(group.name)].join(' '));
  return words.every((word) => haystack.includes(word));
}

function matchesUnit(group: ListedGroup, unit: string): boolean {
  if (unit === '') return true;
  return unit === ORGANISATION_ITSELF ? group.unitId === null : group.unitId === unit;
}

/** The groups the filter lets through, in the order given. */
export function filterGroups(groups: readonly ListedGroup[], filter: GroupListFilter): ListedGroup[] {
  return groups.filter(
    (group) =>
      (filter.showArchived || !group.archived) &&
      matchesUnit(group, filter.unit) &&
      (filter.enrolment === '' || group.enrolment === filter.enrolment) &&
      matchesSearch(group, filter.search),
  );
}

export interface Page<T> {
  readonly items: T[];
  /** 0-based, within the pages there are. */
  readonly page: number;
  readonly pageCount: number;
  /** The 1-based places of the first and last item shown ("21–40 of 57"); 0 when there are none. */
  readonly first: number;
  readonly last: number;
  readonly total: number;
}

export const GROUPS_PER_PAGE = 20;

/** One page of a list; a page past the end shows the last one. */
export function pageOf<T>(items: readonly T[], page: number, size = GROUPS_PER_PAGE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const shown = Math.min(Math.max(0, page), pageCount - 1);
  const start = shown * size;
  const pageItems = items.slice(start, start + size);
  return {
    items: pageItems,
    page: shown,
    pageCount,
    first: pageItems.length > 0 ? start + 1 : 0,
    last: start + pageItems.length,
    total: items.length,
  };
}
