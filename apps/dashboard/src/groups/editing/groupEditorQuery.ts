import { graphql } from '../../gql';

/** A group as its editors see it, and the organisations (to find its own by id). Refetched by name after archiving and reverting. */
export const GroupEditorQuery = graphql(`
  query GroupEditor($id: ID!) {
    editableGroup(id: $id) {
      id
      organisationId
      version
      archivedAt
      fields {
        ...StoredGroupFields
      }
      history {
        id
        ...HistoryList_change
      }
    }
    organisations {
      id
      slug
    }
  }
`);
