import type { EnrolmentState, TranslatedText } from '@groupfinder/domain';
import { matchesSearch } from '../../ui/lists';

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
      matchesSearch(filter.search, [group.slug, ...Object.values(group.name)]),
  );
}
