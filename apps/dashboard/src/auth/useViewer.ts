import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';

const ViewerQueryDocument = graphql(`
  query Viewer {
    me {
      id
      name
      email
      secondFactorEnabled
      secondFactorRequired
      sessionIdleMinutes
      sessionEndsAt
      memberships {
        id
        role
        organisation {
          id
        }
        unit {
          id
        }
      }
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['me']>;

export interface ViewerState {
  /** Who is signed in; null when nobody is (or not known yet). */
  readonly viewer: Viewer | null;
  /** True until the API has said whether anybody is signed in. */
  readonly loading: boolean;
}

/** The signed-in person, as the session cookie says; shared by the header and the pages. */
export function useViewer(): ViewerState {
  const { data, loading } = useQuery(ViewerQueryDocument);
  return { viewer: data?.me ?? null, loading: loading && !data };
}
