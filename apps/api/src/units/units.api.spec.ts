import { groupFieldsInput, withTenants, type TenantPerson } from '../testing/tenants';
import { UnitEntity } from './unit.entity';
import { MembershipEntity } from '../users/membership.entity';
import { GroupEntity } from '../groups/group.entity';

/** A unit's admins rename it without overwriting each other; its history is theirs and their organisation's. */
describe('editing a unit', () => {
  const fixture = withTenants();
  const as = <T = Record<string, unknown>>(person: TenantPerson, query: string, variables?: Record<string, unknown>, locale = 'en') =>
    fixture.api.query<T>(query, variables, { cookie: fixture.tenants.cookies[person], 'accept-language': locale });
  const RENAME = `mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { name version } }`;
  const HISTORY = `query ($id: ID!) { unit(id: $id) { version history { id by byRole byRoleLabel reverts fields { summary } } } }`;
  type History = { unit: { version: number; history: { id: string; by: string; byRole: string | null; byRoleLabel: string | null; reverts: string | null; fields: { summary: string }[] }[] } };
  const unitA1 = () => fixture.api.dataSource.manager.findOneByOrFail(UnitEntity, { id: fixture.tenants.unitA1.id });

  it('renames from the current version, refuses a save from an older one, and tells both admins in plain words', async () => {
    const { unitA1: unit } = fixture.tenants;
    const renamed = await as('unitAdminA1', RENAME, { input: { id: unit.id, version: 1, name: 'Selvhjælp Lyngby Nord' } });
    expect(renamed.data).toEqual({ updateUnit: { name: 'Selvhjælp Lyngby Nord', version: 2 } });
    const stale = await as('adminA', RENAME, { input: { id: unit.id, version: 1, name: 'Selvhjælp Lyngby Syd' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', values: { version: 2 } });
    expect((await unitA1()).name).toBe('Selvhjælp Lyngby Nord');
    const seenByOrganisation = await as<History>('adminA', HISTORY, { id: unit.id }, 'da');
    expect(seenByOrganisation.data?.unit.history).toEqual([
      {
        id: expect.any(String),
        by: 'Person unitAdminA1',
        byRole: 'UNIT_ADMIN',
        byRoleLabel: 'Afdelingsadministrator',
        reverts: null,
        fields: [{ summary: 'ændrede navnet fra “Tenant test A1” til “Selvhjælp Lyngby Nord”' }],
      },
    ]);
  });

  it('lets the organisation’s admin revert the rename, as a change of its own', async () => {
    const { unitA1: unit } = fixture.tenants;
    const [rename] = (await as<History>('adminA', HISTORY, { id: unit.id })).data?.unit.history ?? [];
    const reverted = await as('adminA', `mutation ($input: RevertChangeInput!) { revertChange(input: $input) }`, { input: { changeId: rename?.id } });
    expect(reverted.errors).toBeUndefined();
    expect(await unitA1()).toMatchObject({ name: 'Tenant test A1', version: 3 });
    const history = (await as<History>('adminA', HISTORY, { id: unit.id })).data?.unit.history ?? [];
    expect(history[0]).toMatchObject({ by: 'Person adminA', reverts: rename?.id });
    // The unit's admin sees the revert, not who of the organisation made it (people are shown only within the viewer's scope), but in which role.
    const seenByUnit = (await as<History>('unitAdminA1', HISTORY, { id: unit.id }, 'da')).data?.unit.history ?? [];
    expect(seenByUnit[0]).toMatchObject({ by: null, byRole: 'ORGANISATION_ADMIN', byRoleLabel: 'Organisationsadministrator', reverts: rename?.id });
    expect(seenByUnit[1]).toMatchObject({ by: 'Person unitAdminA1', byRole: 'UNIT_ADMIN' });
  });

  it('keeps a sibling unit’s admin out of both the rename and the history', async () => {
    const before = await unitA1();
    const rename = await as('unitAdminA2', RENAME, { input: { id: before.id, version: before.version, name: 'Taken over' } });
    expect(rename.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const history = await as('unitAdminA2', HISTORY, { id: before.id });
    expect(history.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await unitA1()).toEqual(before);
  });

  it('archives a unit once it runs no group, by its organisation’s admins only, and places no new group in it', async () => {
    const { organisationA } = fixture.tenants;
    const ARCHIVE = `mutation ($input: EditInput!) { archiveUnit(input: $input) { version archivedAt } }`;
    const unit = await unitA1();
    const runsGroups = await as('adminA', ARCHIVE, { input: { id: unit.id, version: unit.version } });
    expect(runsGroups.errors?.[0]?.extensions).toMatchObject({ code: 'UNIT_RUNS_GROUPS', values: { count: 1 } });
    const created = await as<{ createUnit: { id: string } }>('adminA', `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, {
      input: { organisationId: organisationA.id, name: 'Selvhjælp Nord', slug: 'selvhjaelp-nord' },
    });
    const id = created.data?.createUnit.id as string;
    await fixture.api.dataSource.manager.save(MembershipEntity, { userId: fixture.tenants.users.unitAdminA2.id, role: 'UNIT_ADMIN', organisationId: organisationA.id, unitId: id, groupId: null, municipalityId: null });
    const freshUnitAdmin = await fixture.api.browser({ cookie: fixture.tenants.cookies.unitAdminA2 }).query(ARCHIVE, { input: { id, version: 1 } });
    expect(freshUnitAdmin.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const archived = await as<{ archiveUnit: { version: number; archivedAt: string } }>('adminA', ARCHIVE, { input: { id, version: 1 } });
    expect(archived.data?.archiveUnit).toEqual({ version: 2, archivedAt: '2026-11-25T09:00:00.000Z' });
    const group = await fixture.api.dataSource.manager.findOneByOrFail(GroupEntity, { id: fixture.tenants.groupA2.id });
    const fields = { ...groupFieldsInput(group), unitId: id };
    const placed = await as(`adminA`, `mutation ($input: UpdateGroupInput!) { updateGroup(input: $input) { id } }`, { input: { id: group.id, version: group.version, fields } });
    expect((placed.errors?.[0]?.extensions['problems'] as { field: string; code: string }[]).map(({ field, code }) => ({ field, code }))).toEqual([{ field: 'unitId', code: 'UNIT_INVALID' }]);
  });
});
