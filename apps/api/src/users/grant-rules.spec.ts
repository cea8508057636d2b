import type { Role } from '@groupfinder/domain';
import { SessionService } from '../auth/session.service';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { beginUnitOfWork } from '../server/unit-of-work';
import { withTenants, type TenantPerson } from '../testing/tenants';
import { MembershipService, type RoleScope } from './membership.service';
import { UserEntity } from './user.entity';

/**
 * "Enforced twice" only holds if both lines agree: for every person of the fixture and every role
 * in every scope, the service grants exactly what PostgreSQL's policies let the same person insert.
 * A rule changed on one side only fails here.
 */
describe('who may grant which role: the service and row-level security agree', () => {
  const fixture = withTenants();
  const sessions = new SessionService({ idleMinutes: 60, absoluteHours: 12 });
  const service = new MembershipService({ send: async () => undefined, close: () => undefined }, 'http://dashboard.test');
  const people: TenantPerson[] = ['platformAdmin', 'adminA', 'unitAdminA1', 'unitAdminA2', 'editorA1', 'adminB'];

  /** Every role in each scope of the fixture, with all its scope columns. */
  async function targets(): Promise<{ label: string; scope: RoleScope }[]> {
    const { tenants } = fixture;
    const none = { organisationId: null, unitId: null, groupId: null, municipalityId: null };
    const municipality = await fixture.api.dataSource.manager.findOneByOrFail(MunicipalityEntity, { country: 'DK', code: '159' });
    const role = (name: Role, scope: Partial<RoleScope>) => ({ ...none, role: name, ...scope });
    return [
      { label: 'platform', scope: role('PLATFORM_ADMIN', {}) },
      { label: 'admin of A', scope: role('ORGANISATION_ADMIN', { organisationId: tenants.organisationA.id }) },
      { label: 'admin of B', scope: role('ORGANISATION_ADMIN', { organisationId: tenants.organisationB.id }) },
      { label: 'admin of A1', scope: role('UNIT_ADMIN', { organisationId: tenants.organisationA.id, unitId: tenants.unitA1.id }) },
      { label: 'admin of A2', scope: role('UNIT_ADMIN', { organisationId: tenants.organisationA.id, unitId: tenants.unitA2.id }) },
      { label: 'editor in A1', scope: role('EDITOR', { organisationId: tenants.organisationA.id, unitId: tenants.unitA1.id, groupId: tenants.groupA1.id }) },
      { label: 'editor in A2', scope: role('EDITOR', { organisationId: tenants.organisationA.id, unitId: tenants.unitA2.id, groupId: tenants.groupA2.id }) },
      { label: 'editor in B', scope: role('EDITOR', { organisationId: tenants.organisationB.id, unitId: tenants.groupB.unitId, groupId: tenants.groupB.id }) },
      { label: 'Gladsaxe', scope: role('MUNICIPALITY_EDITOR', { municipalityId: municipality.id }) },
    ];
  }

  it('for every person, role and scope', async () => {
    const { api, tenants } = fixture;
    // Someone with no role yet, to whom each role is given.
    const newcomer = await api.dataSource.manager.save(UserEntity, { email: 'newcomer@tenants.test', name: 'Newcomer', passwordHash: 'not-a-hash', locale: 'en' });
    const verdicts: string[] = [];
    for (const person of people) {
      for (const { label, scope } of await targets()) {
        const unit = await beginUnitOfWork(api.dataSource);
        try {
          const viewerScope = await unit.asSystem((system) => sessions.scopeOf(system, tenants.users[person].id, false));
          const viewer = { userId: tenants.users[person].id, sessionId: 'test', secondFactor: false, scope: viewerScope };
          await unit.setViewer(viewer);
          const byService = await service.grantable(unit.db, viewer, scope).then(
            () => 'grants',
            () => 'refuses',
          );
          await unit.db.query('SAVEPOINT attempt');
          const byDatabase = await unit.db
            .query(`INSERT INTO memberships (user_id, role, organisation_id, unit_id, group_id, municipality_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
              newcomer.id,
              scope.role,
              scope.organisationId,
              scope.unitId,
              scope.groupId,
              scope.municipalityId,
            ])
            .then(
              () => 'grants',
              () => 'refuses',
            );
          verdicts.push(`${person} → ${label}: service ${byService}, database ${byDatabase}`);
        } finally {
          await unit.finish('rollback');
        }
      }
    }
    const disagreements = verdicts.filter((verdict) => !/service (\w+), database \1$/.test(verdict));
    expect(disagreements).toEqual([]);
    // And the rules themselves, as a table a person can read.
    const granted = verdicts.filter((verdict) => verdict.endsWith('database grants')).map((verdict) => verdict.split(':')[0]);
    expect(granted).toEqual([
      ...['platform', 'admin of A', 'admin of B', 'admin of A1', 'admin of A2', 'editor in A1', 'editor in A2', 'editor in B', 'Gladsaxe'].map((label) => `platformAdmin → ${label}`),
      'adminA → admin of A',
      'adminA → admin of A1',
      'adminA → admin of A2',
      'adminA → editor in A1',
      'adminA → editor in A2',
      'unitAdminA1 → admin of A1',
      'unitAdminA1 → editor in A1',
      'unitAdminA2 → admin of A2',
      'unitAdminA2 → editor in A2',
      'adminB → admin of B',
      'adminB → editor in B',
    ]);
  });
});
