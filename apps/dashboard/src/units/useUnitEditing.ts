import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

// Asked only by the unit's admins: its name as stored, the version an edit starts from, and its history.
const UnitEditingQuery = graphql(`
  query UnitEditing($id: ID!) {
    unit(id: $id) {
      id
      version
      name
      history {
        id
        ...HistoryList_change
      }
    }
  }
`);

/** The query names to refetch after a change to the unit, so that its history lists it. */
export const UNIT_EDITING_QUERIES = ['UnitEditing'];

/** A unit as its admins edit it; shared by renaming and its history (one request). */
export function useUnitEditing(id: string) {
  return useQuery(UnitEditingQuery, { variables: { id } });
}
