import type { Translate } from '@groupfinder/translations';
import type { Format } from '../gql/graphql';

/** What a group says about where it meets. */
export interface PlaceOfGroup {
  readonly format: Format;
  readonly venue?: { readonly name: string; readonly town: string } | null;
  /** Where it meets, or will meet once it has found a venue (a forming group). */
  readonly municipality?: { readonly name: string } | null;
}

/**
 * Where a group meets, one line each: "venue, town" for a venue, "Online" for an online group,
 * both for a hybrid one. The town is left out when the venue's name already says it; a group
 * without a venue yet (forming) is placed by its municipality.
 */
export function placeLines({ format, venue, municipality }: PlaceOfGroup, t: Translate): string[] {
  const lines: string[] = [];
  if (format !== 'ONLINE') {
    if (venue) {
      const name = venue.name.trim();
      const town = venue.town.trim();
      lines.push(!town || name.toLocaleLowerCase().includes(town.toLocaleLowerCase()) ? name : `${name}, ${town}`);
    } else if (municipality?.name.trim()) {
      lines.push(municipality.name.trim());
    }
  }
  if (format !== 'IN_PERSON') lines.push(t('group.online'));
  return lines;
}
