import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

// Asked only by its admins: the details as stored, the version an edit starts from, and the history.
const OrganisationEditingQuery = graphql(`
  query OrganisationEditing($slug: String!) {
    organisation(slug: $slug) {
      id
      ...OrganisationDetailsSection_organisation
      history {
        id
        ...HistoryList_change
      }
    }
  }
`);

/** The query names to refetch after a change to the organisation, so that its history lists it. */
export const ORGANISATION_EDITING_QUERIES = ['OrganisationEditing'];

/** An organisation as its admins edit it; shared by its details and its history (one request). */
export function useOrganisationEditing(slug: string) {
  return useQuery(OrganisationEditingQuery, { variables: { slug } });
}
