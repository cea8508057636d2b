import { graphql } from '../../gql';

/** A group as its editor reads it: asked for by the page and answered by a save. */
export const GroupEditorFragment = graphql(`
  fragment GroupEditor_group on EditableGroup {
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
`);

/** A group as its editors see it, and the organisations (to find its own by id). Refetched by name after archiving and reverting. */
export const GroupEditorQuery = graphql(`
  query GroupEditor($id: ID!) {
    editableGroup(id: $id) {
      id
      organisationId
      ...GroupEditor_group
    }
    organisations {
      id
      slug
    }
  }
`);
