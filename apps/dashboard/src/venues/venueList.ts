import { matchesSearch } from '../ui/lists';

/** A venue in the organisation's list. */
export interface ListedVenue {
  readonly id: string;
  readonly archived: boolean;
  readonly name: string;
  readonly street: string;
  readonly town: string;
}

export interface VenueListFilter {
  /** Words to find in the name, street or town. */
  readonly search: string;
  readonly showArchived: boolean;
}

/** The venues the filter lets through, in the order given: every word searched for is in the name, street or town. */
export function filterVenues<T extends ListedVenue>(venues: readonly T[], { search, showArchived }: VenueListFilter): T[] {
  return venues.filter((venue) => (showArchived || !venue.archived) && matchesSearch(search, [venue.name, venue.street, venue.town]));
}
