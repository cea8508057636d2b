import { SessionService } from '../auth/session.service';
import type { Viewer } from '../kernel/context';
import { beginUnitOfWork, type UnitOfWork } from '../server/unit-of-work';

import { withTenants, tenantEmail, type TenantPerson } from '../testing/tenants';

/**
 * The second line of defence: queries a service might write by mistake, with no WHERE at all, run
 * inside a request's unit of work as the application role. PostgreSQL's row-level security must
 * still show and change only the caller's rows.
 */
describe('row-level security: the database refuses what a service forgot', () => {
  const fixture = withTenants();
  const sessions = new SessionService({ idleMinutes: 60, absoluteHours: 12 });

  /** Runs `work` in a request's unit of work as `person` (their real scope), then rolls it back. */
  async function as<T>(person: TenantPerson | null, work: (unit: UnitOfWork) => Promise<T>): Promise<T> {
    const unit = await beginUnitOfWork(fixture.api.dataSource);
    try {
      if (person) {
        const user = fixture.tenants.users[person];
        const scope = await unit.asSystem((system) => sessions.scopeOf(system, user.id, false));
        const viewer: Viewer = { userId: user.id, sessionId: 'test', secondFactor: false, scope };
        await unit.setViewer(viewer);
      }
      return await work(unit);
    } finally {
      await unit.finish('rollback');
    }
  }

  const emails = (rows: { email: string }[]) => rows.map((row) => row.email).sort();

  it('shows a unit admin only the people of their unit, and an organisation admin only those of their organisation', async () => {
    const seenByUnitAdmin = await as('unitAdminA2', (unit) => unit.db.query(`SELECT email FROM users`));
    expect(emails(seenByUnitAdmin)).toEqual([tenantEmail('unitAdminA2')]);
    const seenByEditor = await as('editorA1', (unit) => unit.db.query(`SELECT email FROM users`));
    expect(emails(seenByEditor)).toEqual([tenantEmail('editorA1')]);
    const seenByAdminA = emails(await as('adminA', (unit) => unit.db.query(`SELECT email FROM users`)));
    expect(seenByAdminA).toEqual(expect.arrayContaining(['adminA', 'unitAdminA1', 'unitAdminA2', 'editorA1'].map((person) => tenantEmail(person as TenantPerson))));
    expect(seenByAdminA).not.toContain(tenantEmail('adminB'));
    expect(seenByAdminA).not.toContain(tenantEmail('platformAdmin'));
    const seenByAnonymous = await as(null, (unit) => unit.db.query(`SELECT email FROM users`));
    expect(seenByAnonymous).toEqual([]);
  });

  it('lets nobody read another person’s sessions, and anonymous callers no memberships, invitations or tokens', async () => {
    const sessionsSeen: { user_id: string }[] = await as('adminA', (unit) => unit.db.query(`SELECT user_id FROM sessions`));
    expect(new Set(sessionsSeen.map((row) => row.user_id))).toEqual(new Set([fixture.tenants.users.adminA.id]));
    expect(await as(null, (unit) => unit.db.query(`SELECT id FROM memberships`))).toEqual([]);
    expect(await as(null, (unit) => unit.db.query(`SELECT id FROM account_tokens`))).toEqual([]);
    expect(await as('adminB', (unit) => unit.db.query(`SELECT id FROM account_tokens`))).toEqual([]);
    expect(await as('unitAdminA2', (unit) => unit.db.query(`SELECT id FROM account_tokens`))).toEqual([]);
    const invitationsOfA1: { id: string }[] = await as('unitAdminA1', (unit) => unit.db.query(`SELECT id FROM account_tokens`));
    expect(invitationsOfA1.map((row) => row.id)).toEqual([fixture.tenants.invitationA1.id]);
  });

  it('changes only the groups in scope when an UPDATE has no WHERE', async () => {
    const changed = await as('unitAdminA1', async (unit) => {
      await unit.db.query(`UPDATE groups SET contact_name = 'changed by a bug'`);
      return unit.db.query(`SELECT id FROM groups WHERE contact_name = 'changed by a bug'`);
    });
    expect(changed).toEqual([{ id: fixture.tenants.groupA1.id }]);
    const changedByEditor = await as('editorA1', async (unit) => {
      await unit.db.query(`UPDATE groups SET contact_name = 'changed by a bug'`);
      return unit.db.query(`SELECT id FROM groups WHERE contact_name = 'changed by a bug'`);
    });
    expect(changedByEditor).toEqual([{ id: fixture.tenants.groupA1.id }]);
    const changedByAnonymous = await as(null, async (unit) => {
      await unit.db.query(`UPDATE groups SET contact_name = 'changed by a bug'`);
      return unit.db.query(`SELECT id FROM groups WHERE contact_name = 'changed by a bug'`);
    });
    expect(changedByAnonymous).toEqual([]);
  });

  it('deletes only memberships in scope, and never grants above the caller', async () => {
    const ids = Object.values(fixture.tenants.users).map((user) => user.id);
    const after = await as('unitAdminA2', async (unit) => {
      await unit.db.query(`DELETE FROM memberships`);
      const [{ count }] = await unit.asSystem((system) => system.query(`SELECT count(*)::int AS count FROM memberships WHERE user_id = ANY($1)`, [ids]));
      return { seen: await unit.db.query(`SELECT user_id FROM memberships`), count };
    });
    // Only their own unit admin membership (in their unit's scope) went; nothing of A1, B or the platform.
    expect(after).toEqual({ seen: [], count: ids.length - 1 });
    await expect(
      as('adminA', (unit) => unit.db.query(`INSERT INTO memberships (user_id, role) VALUES ($1, 'PLATFORM_ADMIN')`, [fixture.tenants.users.adminA.id])),
    ).rejects.toThrow(/row-level security/);
    await expect(
      as('unitAdminA1', (unit) =>
        unit.db.query(`INSERT INTO memberships (user_id, role, organisation_id) VALUES ($1, 'ORGANISATION_ADMIN', $2)`, [fixture.tenants.users.unitAdminA1.id, fixture.tenants.organisationA.id]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('runs every request as a role that cannot bypass row-level security', async () => {
    const [role] = await as('platformAdmin', (unit) => unit.db.query(`SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`));
    expect(role).toEqual({ name: 'groupfinder_app', rolsuper: false, rolbypassrls: false });
  });
});
