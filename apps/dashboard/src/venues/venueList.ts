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

export const VENUES_PER_PAGE = 20;

/** Lower case without accents, so that "malmo" finds "Malmö" and "sobor" finds "Søborg" as typed. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The venues the filter lets through, in the order given: every word searched for is in the name, street or town. */
export function filterVenues<T extends ListedVenue>(venues: readonly T[], { search, showArchived }: VenueListFilter): T[] {
  const words = folded(search).split(/\s+/).filter(Boolean);
  return venues.filter((venue) => {
    if (venue.archived && !showArchived) return false;
    const haystack = folded([venue.name, venue.street, venue.town].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
