import { GroupEntity } from '../groups/group.entity';
import { withTenants, type TenantPerson } from '../testing/tenants';
import { MunicipalityEntity } from './municipality.entity';

/** A municipality's new name reaches the search of every group meeting there at once; only platform admins give one. */
describe('renaming a municipality', () => {
  const fixture = withTenants();
  const as = (person: TenantPerson, query: string, variables?: Record<string, unknown>) =>
    fixture.api.query(query, variables, { cookie: fixture.tenants.cookies[person] });
  const RENAME = `mutation ($input: RenameMunicipalityInput!) { renameMunicipality(input: $input) { name } }`;
  const slugsFound = async (text: string) =>
    ((await fixture.api.query<{ groups: { edges: { node: { slug: string } }[] } }>(`query ($text: String!) { groups(filter: { text: $text }, first: 50) { edges { node { slug } } } }`, { text }))
      .data?.groups.edges ?? []).map((edge) => edge.node.slug).sort();

  it('finds the groups meeting there by the new name at once', async () => {
    const gladsaxe = await fixture.api.dataSource.manager.findOneByOrFail(MunicipalityEntity, { country: 'DK', code: '159' });
    const meetingThere = (await fixture.api.dataSource.manager.findBy(GroupEntity, { municipalityId: gladsaxe.id })).map((group) => group.slug).sort();
    expect(meetingThere.length).toBeGreaterThan(1);
    expect(await slugsFound('kvaspeborg')).toEqual([]);
    const renamed = await as('platformAdmin', RENAME, { input: { id: gladsaxe.id, name: 'Gladsaxe-Kvaspeborg' } });
    expect(renamed.data).toEqual({ renameMunicipality: { name: 'Gladsaxe-Kvaspeborg' } });
    expect(await slugsFound('kvaspeborg')).toEqual(meetingThere);
  });

  it('refuses everyone but platform admins, changing nothing', async () => {
    const lyngby = await fixture.api.dataSource.manager.findOneByOrFail(MunicipalityEntity, { country: 'DK', code: '173' });
    for (const person of ['adminA', 'unitAdminA1', 'editorA1'] as const) {
      const refused = await as(person, RENAME, { input: { id: lyngby.id, name: 'Taken over' } });
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    expect(await fixture.api.dataSource.manager.findOneByOrFail(MunicipalityEntity, { id: lyngby.id })).toEqual(lyngby);
  });
});
