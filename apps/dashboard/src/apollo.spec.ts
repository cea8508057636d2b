import { createApolloClient } from './apollo';
import { OrganisationAdminDocument, OrganisationsPageDocument } from './gql/graphql';

/*
 * Two pages ask for the same list of an organisation's groups with different fields: the overview
 * for its table, the organisation's admin page for their names. Neither may push the other's
 * fields out of the cache (the page would fetch again, with a warning in development).
 */
describe('the cache of the dashboard', () => {
  const organisationId = 'b3f7c1de-0000-4000-8000-000000000001';
  const groupId = 'b3f7c1de-0000-4000-8000-000000000002';
  const name = { __typename: 'LocalizedText', text: 'Sorggruppe', language: 'DA' } as const;

  it('keeps the overview’s table of groups when the admin page reads their names', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { cache } = createApolloClient({ uri: 'http://127.0.0.1:9/graphql', locale: () => 'da' });
    const overview = { query: OrganisationsPageDocument, variables: { groupsPerOrganisation: 100, locale: null } } as const;
    cache.writeQuery({
      ...overview,
      data: {
        organisations: [
          {
            __typename: 'Organisation',
            id: organisationId,
            slug: 'selvhjaelp',
            name: 'Selvhjælp',
            isDemo: false,
            country: 'DK',
            phone: null,
            email: null,
            website: null,
            groups: {
              __typename: 'GroupConnection',
              totalCount: 1,
              totalCountCapped: false,
              edges: [
                {
                  __typename: 'GroupEdge',
                  node: {
                    __typename: 'Group',
                    id: groupId,
                    slug: 'sorggruppe',
                    name,
                    isDemo: false,
                    format: 'IN_PERSON',
                    venue: null,
                    municipality: null,
                    schedule: null,
                    enrolment: { __typename: 'Enrolment', state: 'OPEN', label: 'Åben' },
                    nextMeetings: [],
                  },
                },
              ],
            },
          },
        ],
      },
    } as never);
    cache.writeQuery({
      query: OrganisationAdminDocument,
      variables: { slug: 'selvhjaelp', groupsFirst: 100 },
      data: {
        organisation: {
          __typename: 'Organisation',
          id: organisationId,
          requireSecondFactor: false,
          members: [],
          invitations: [],
          groups: { __typename: 'GroupConnection', edges: [{ __typename: 'GroupEdge', node: { __typename: 'Group', id: groupId, name } }] },
        },
      },
    } as never);

    const read = cache.readQuery(overview) as { organisations: { groups: { totalCount: number; edges: { node: { slug: string; name: { language: string } } }[] } }[] } | null;
    expect(read?.organisations[0]?.groups.totalCount).toBe(1);
    expect(read?.organisations[0]?.groups.edges[0]?.node).toMatchObject({ slug: 'sorggruppe', name: { language: 'DA' } });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
