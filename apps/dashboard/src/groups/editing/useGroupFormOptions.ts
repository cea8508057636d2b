import { useQuery } from '@apollo/client/react';
import { COUNTRY_TIME_ZONES, type Language as TextLanguage } from '@groupfinder/domain';
import { textLanguage } from '../../editing/languages';
import { graphql } from '../../gql';
import type { Country, GroupFormOptionsQuery, GroupFormVenuesQuery } from '../../gql/graphql';

const GroupFormOptionsQuery = graphql(`
  query GroupFormOptions($slug: String!) {
    organisation(slug: $slug) {
      id
      slug
      name
      country
      defaultLanguage
      units {
        id
        name
      }
    }
  }
`);

// Apart from the rest: should the venues not be listed to this viewer, the form still opens.
const GroupFormVenuesQuery = graphql(`
  query GroupFormVenues($slug: String!) {
    organisation(slug: $slug) {
      id
      venues {
        id
        archivedAt
        fields {
          name
          street
          town
        }
      }
    }
  }
`);

const GroupFormMunicipalitiesQuery = graphql(`
  query GroupFormMunicipalities($country: Country!) {
    municipalities(country: $country) {
      id
      name
    }
  }
`);

export interface NamedOption {
  readonly id: string;
  readonly name: string;
}

export interface VenueOption extends NamedOption {
  /** An archived venue is offered only to the group that still meets there. */
  readonly archived: boolean;
}

/** What the group form offers to choose from, for one organisation. */
export interface GroupFormOptions {
  readonly organisation: { readonly id: string; readonly slug: string; readonly name: string; readonly country: Country };
  readonly units: readonly NamedOption[];
  /** The organisation's venues, named "name, street, town"; null when they could not be listed. */
  readonly venues: readonly VenueOption[] | null;
  readonly municipalities: readonly NamedOption[];
  /** The organisation's default language: the texts' first, and the one visitors see when a text is missing in theirs. */
  readonly defaultLanguage: TextLanguage;
  /** A new schedule's time zone: the country's. */
  readonly timeZone: string;
}

/** The organisation as the form's options query answers it. */
export type OptionsOrganisation = GroupFormOptionsQuery['organisation'];

/** A venue as the form's venues query answers it. */
export type OptionsVenue = NonNullable<GroupFormVenuesQuery['organisation']['venues']>[number];

/** What the group form offers, from the API's answers; `venues` null when they could not be listed. */
export function groupFormOptions(organisation: OptionsOrganisation, venues: readonly OptionsVenue[] | null, municipalities: readonly NamedOption[]): GroupFormOptions {
  return {
    organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name, country: organisation.country },
    units: organisation.units,
    venues:
      venues?.map(({ id, archivedAt, fields }) => ({
        id,
        name: [fields.name, fields.street, fields.town].filter((part) => part.trim() !== '').join(', '),
        archived: archivedAt != null,
      })) ?? null,
    municipalities,
    // The organisation's own language, whatever its country's.
    defaultLanguage: textLanguage(organisation.defaultLanguage),
    timeZone: COUNTRY_TIME_ZONES[organisation.country],
  };
}

export interface GroupFormOptionsState {
  readonly options: GroupFormOptions | null;
  readonly loading: boolean;
  readonly error: unknown;
  refetch(): Promise<unknown>;
}

/** The organisation's units, venues and its country's municipalities, for the group form; `slug` null waits. */
export function useGroupFormOptions(slug: string | null): GroupFormOptionsState {
  const query = useQuery(GroupFormOptionsQuery, { variables: { slug: slug ?? '' }, skip: slug === null });
  const organisation = query.data?.organisation;
  const venues = useQuery(GroupFormVenuesQuery, { variables: { slug: slug ?? '' }, skip: slug === null });
  const municipalities = useQuery(GroupFormMunicipalitiesQuery, { variables: { country: organisation?.country ?? 'DK' }, skip: !organisation });

  // The venues may fail alone (then there is no venue to choose); the form waits for their answer either way.
  const options =
    organisation && municipalities.data && !venues.loading
      ? groupFormOptions(organisation, venues.data?.organisation.venues ?? null, municipalities.data.municipalities)
      : null;

  return {
    options,
    loading: query.loading || municipalities.loading || venues.loading,
    error: query.error ?? municipalities.error,
    refetch: () => Promise.all([query.refetch(), organisation ? municipalities.refetch() : null]),
  };
}
