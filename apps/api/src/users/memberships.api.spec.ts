import { LIMITS } from '@groupfinder/domain';
import { translate } from '@groupfinder/translations';
import { MembershipEntity } from './membership.entity';
import { UserEntity } from './user.entity';
import { GroupEntity } from '../groups/group.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { TEST_DASHBOARD_URL } from '../testing/test-api';
import { withTenants, tenantEmail, type TenantPerson } from '../testing/tenants';

/** Admins keep their people: members, invitations by mail, roles, units, the second-factor rule, each within their scope. */
describe('members, invitations and roles', () => {
  const fixture = withTenants();

  const as = <T = Record<string, unknown>>(person: TenantPerson, query: string, variables?: Record<string, unknown>, locale = 'en') =>
    fixture.api.query<T>(query, variables, { cookie: fixture.tenants.cookies[person], 'accept-language': locale });

  const MEMBERS = `query ($slug: String!) {
    organisation(slug: $slug) {
      name
      units { slug name }
      members { email name memberships { role roleLabel unit { slug } groupSlug } }
      invitations { email role unitName }
    }
  }`;

  it('shows an organisation admin the people of the organisation and its units, with translated roles', async () => {
    const response = await as<{ organisation: { members: { email: string; memberships: { role: string; roleLabel: string; unit: { slug: string } | null }[] }[]; invitations: unknown[]; units: { slug: string }[] } }>(
      'adminA',
      MEMBERS,
      { slug: fixture.tenants.organisationA.slug },
      'da',
    );
    expect(response.errors).toBeUndefined();
    const members = response.data?.organisation.members ?? [];
    expect(members.map((member) => member.email).sort()).toEqual(['adminA', 'editorA1', 'unitAdminA1', 'unitAdminA2'].map((person) => tenantEmail(person as TenantPerson)).sort());
    expect(members.find((member) => member.email === tenantEmail('unitAdminA1'))?.memberships).toEqual([
      { role: 'UNIT_ADMIN', roleLabel: 'Afdelingsadministrator', unit: { slug: 'tenant-test-a1' }, groupSlug: null },
    ]);
    expect(response.data?.organisation.invitations).toEqual([{ email: 'pending-a1@tenants.test', role: 'EDITOR', unitName: 'Tenant test A1' }]);
    expect(response.data?.organisation.units.map((unit) => unit.slug)).toEqual(expect.arrayContaining(['tenant-test-a1', 'tenant-test-a2']));
  });

  it('shows a unit admin their unit, and refuses them the organisation and a sibling unit', async () => {
    const own = await as<{ unit: { members: { email: string }[] } }>('unitAdminA1', `query ($id: ID!) { unit(id: $id) { name members { email } invitations { email } } }`, { id: fixture.tenants.unitA1.id });
    expect(own.errors).toBeUndefined();
    expect(own.data?.unit.members.map((member) => member.email).sort()).toEqual([tenantEmail('editorA1'), tenantEmail('unitAdminA1')]);
    const sibling = await as('unitAdminA1', `query ($id: ID!) { unit(id: $id) { name members { email } } }`, { id: fixture.tenants.unitA2.id });
    expect(sibling.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(sibling.data).toBeNull();
    const organisation = await as<{ organisation: { name: string; members: unknown } }>('unitAdminA1', MEMBERS, { slug: fixture.tenants.organisationA.slug });
    expect(organisation.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(organisation.data?.organisation.members).toBeNull();
  });

  it('sends an invitation by e-mail in the language asked for, with a single link into the dashboard', async () => {
    const response = await as<{ inviteUser: { email: string; roleLabel: string; unitName: string } }>(
      'adminA',
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { email role roleLabel unitName expiresAt } }`,
      { input: { email: 'New.Person@Example.ORG', role: 'UNIT_ADMIN', unitId: fixture.tenants.unitA1.id, locale: 'PL' } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.inviteUser).toMatchObject({ email: 'new.person@example.org', roleLabel: 'Unit administrator', unitName: 'Tenant test A1' });
    const mail = await fixture.api.mail.waitForMessage({ to: 'new.person@example.org' });
    expect(mail.text).toContain('Administrator oddziału');
    expect(mail.links.filter((link) => link.startsWith(`${TEST_DASHBOARD_URL}/#/accept-invitation?token=`))).toHaveLength(1);
  });

  it('names the group an editor is invited to, in the answer, the mail and the link’s page', async () => {
    const group = fixture.tenants.groupA1;
    const groupName = Object.values(group.name)[0];
    const response = await as<{ inviteUser: { groupName: string | null } }>('adminA', `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { groupName } }`, {
      input: { email: 'group.editor@example.org', role: 'EDITOR', groupId: group.id, locale: 'DA' },
    });
    expect(response.data?.inviteUser.groupName).toBe(groupName);
    const mail = await fixture.api.mail.waitForMessage({ to: 'group.editor@example.org' });
    expect(mail.subject).toContain(groupName);
    const token = new URL((mail.links.find((link) => link.includes('accept-invitation')) ?? '').replace('/#/', '/')).searchParams.get('token');
    const preview = await fixture.api.query<{ invitation: { groupName: string | null } }>(`query ($token: String!) { invitation(token: $token) { groupName } }`, { token });
    expect(preview.data?.invitation.groupName).toBe(groupName);
  });

  it('names a group without a name in the reader’s language in its organisation’s language, not in any', async () => {
    const { groupA2, organisationA } = fixture.tenants;
    const db = fixture.api.dataSource.manager;
    // English first for its organisation; among the other languages Swedish comes before English.
    await db.update(OrganisationEntity, { id: organisationA.id }, { defaultLanguage: 'en' });
    await db.update(GroupEntity, { id: groupA2.id }, { name: { en: 'Walk and talk', sv: 'Promenad och samtal' } });
    try {
      const response = await as<{ inviteUser: { groupName: string | null } }>(
        'adminA',
        `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { groupName } }`,
        { input: { email: 'named.in.swedish@example.org', role: 'EDITOR', groupId: groupA2.id, locale: 'PL' } },
        'pl',
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.inviteUser.groupName).toBe('Walk and talk');
    } finally {
      await db.update(OrganisationEntity, { id: organisationA.id }, { defaultLanguage: organisationA.defaultLanguage });
      await db.update(GroupEntity, { id: groupA2.id }, { name: groupA2.name });
    }
  });

  it('refuses an invitation above the inviter, or outside their scope, and sends nothing', async () => {
    const invite = (person: TenantPerson, input: Record<string, unknown>) =>
      as(person, `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { email } }`, { input: { email: 'refused@example.org', ...input } });
    expect((await invite('unitAdminA1', { role: 'ORGANISATION_ADMIN', organisationId: fixture.tenants.organisationA.id })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await invite('unitAdminA1', { role: 'UNIT_ADMIN', unitId: fixture.tenants.unitA2.id })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await invite('adminB', { role: 'EDITOR', groupId: fixture.tenants.groupA1.id })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await invite('adminA', { role: 'PLATFORM_ADMIN' })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await invite('adminA', { role: 'UNIT_ADMIN' })).errors?.[0]?.extensions.code).toBe('MEMBERSHIP_SCOPE_INVALID');
    const badAddress = await invite('adminA', { role: 'UNIT_ADMIN', unitId: fixture.tenants.unitA1.id, email: 'not an address' });
    expect(badAddress.errors?.[0]?.extensions).toMatchObject({ code: 'EMAIL_INVALID', fields: ['email'] });
    expect(fixture.api.mail.messages().filter((message) => message.to.includes('refused@example.org'))).toEqual([]);
  });

  it('lets an organisation admin add a unit, with a clear error for a taken or malformed short name', async () => {
    const create = (person: TenantPerson, slug: string) =>
      as<{ createUnit: { slug: string; name: string; organisation: { slug: string } } }>(
        person,
        `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { slug name organisation { slug } } }`,
        { input: { organisationId: fixture.tenants.organisationA.id, name: 'Selvhjælp Gentofte', slug } },
      );
    expect((await create('adminA', 'gentofte')).data?.createUnit).toEqual({ slug: 'gentofte', name: 'Selvhjælp Gentofte', organisation: { slug: fixture.tenants.organisationA.slug } });
    expect((await create('adminA', 'gentofte')).errors?.[0]?.extensions.code).toBe('SLUG_TAKEN');
    expect((await create('adminA', 'Not A Slug')).errors?.[0]?.extensions.code).toBe('INVALID_SLUG');
    // Sent empty: each field's problem at its field, in words (not "Some values are not valid: name, slug").
    const empty = await as('adminA', `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, { input: { organisationId: fixture.tenants.organisationA.id, name: '', slug: '' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      problems: [
        { field: 'name', code: 'NAME_INVALID', message: translate('en', 'error.NAME_INVALID', { max: LIMITS.nameMaxLength }) },
        { field: 'slug', code: 'INVALID_SLUG', message: translate('en', 'error.INVALID_SLUG') },
      ],
    });
    expect((await create('unitAdminA1', 'by-a-unit-admin')).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await create('adminB', 'by-another-organisation')).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('grants and revokes roles within scope, and never removes the last organisation admin', async () => {
    const grant = await as<{ grantRole: { role: string; groupSlug: string } }>(
      'unitAdminA2',
      `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id role groupSlug groupName } }`,
      { input: { userId: fixture.tenants.users.unitAdminA2.id, role: 'EDITOR', groupId: fixture.tenants.groupA2.id } },
    );
    // The group by its name, as people know it, not only by the slug in its address.
    const groupName = Object.values(fixture.tenants.groupA2.name)[0];
    expect(groupName).toBeTruthy();
    expect(grant.data?.grantRole).toMatchObject({ role: 'EDITOR', groupSlug: fixture.tenants.groupA2.slug, groupName });
    // Someone of another organisation is a stranger here, even to an admin who knows their id: invite them instead.
    const stranger = await as('adminA', `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id } }`, {
      input: { userId: fixture.tenants.users.adminB.id, role: 'EDITOR', groupId: fixture.tenants.groupA1.id },
    });
    expect(stranger.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const revoke = (person: TenantPerson, membershipId: string) =>
      as(person, `mutation ($input: RevokeRoleInput!) { revokeRole(input: $input) }`, { input: { membershipId } });
    const last = await revoke('adminA', fixture.tenants.memberships.adminA.id);
    expect(last.errors?.[0]).toMatchObject({ message: expect.stringContaining(fixture.tenants.organisationA.name), extensions: { code: 'LAST_ADMIN' } });
    expect(await fixture.api.dataSource.manager.existsBy(MembershipEntity, { id: fixture.tenants.memberships.adminA.id })).toBe(true);
    expect((await revoke('adminB', fixture.tenants.memberships.editorA1.id)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await revoke('unitAdminA2', fixture.tenants.memberships.editorA1.id)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await fixture.api.dataSource.manager.existsBy(MembershipEntity, { id: fixture.tenants.memberships.editorA1.id })).toBe(true);
  });

  it('takes an organisation’s admin rights from sessions without a second factor once the organisation requires one', async () => {
    const set = (required: boolean) =>
      as<{ setSecondFactorRequirement: { requireSecondFactor: boolean } }>(
        'platformAdmin',
        `mutation ($input: SetSecondFactorRequirementInput!) { setSecondFactorRequirement(input: $input) { slug } }`,
        { input: { organisationId: fixture.tenants.organisationB.id, required } },
      );
    // Its own admin, signed in with the password alone, would shut themselves out: refused, nothing changes.
    const ownAdmin = await as('adminB', `mutation ($input: SetSecondFactorRequirementInput!) { setSecondFactorRequirement(input: $input) { slug } }`, {
      input: { organisationId: fixture.tenants.organisationB.id, required: true },
    });
    expect(ownAdmin.errors?.[0]).toMatchObject({ message: expect.stringContaining('Switch on two-step sign-in for yourself first'), extensions: { code: 'SECOND_FACTOR_FIRST' } });
    expect((await as('adminB', MEMBERS, { slug: fixture.tenants.organisationB.slug })).errors).toBeUndefined();
    expect((await set(true)).errors).toBeUndefined();
    const refused = await as('adminB', MEMBERS, { slug: fixture.tenants.organisationB.slug });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await set(false)).errors).toBeUndefined();
    const allowed = await as('adminB', MEMBERS, { slug: fixture.tenants.organisationB.slug });
    expect(allowed.errors).toBeUndefined();
  });
  describe('invitations that no longer hold', () => {
    const PREVIEW = `query ($token: String!) { invitation(token: $token) { email role } }`;
    const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`;
    const WITHDRAW = `mutation ($input: WithdrawInvitationInput!) { withdrawInvitation(input: $input) }`;
    const codeOf = (response: { errors?: { extensions: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions['code'];
    const invite = async (person: TenantPerson, email: string) => {
      const response = await as<{ inviteUser: { id: string } }>(person, `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`, {
        input: { email, role: 'EDITOR', groupId: fixture.tenants.groupA1.id },
      });
      expect(response.errors).toBeUndefined();
      return response.data?.inviteUser.id as string;
    };
    /** The tokens of the invitation links mailed to `email`, oldest first (the catcher lists the newest first), once `count` have arrived. */
    const tokensSentTo = async (email: string, count: number): Promise<string[]> => {
      const sent = () => fixture.api.mail.messages().filter((message) => message.to.includes(email));
      for (let waited = 0; sent().length < count && waited < 100; waited++) await new Promise((resolve) => setTimeout(resolve, 50));
      const tokens = sent().map((message) => new URL((message.links.find((link) => link.includes('accept-invitation')) ?? '').replace('/#/', '/')).searchParams.get('token') as string);
      expect(tokens).toHaveLength(count);
      return tokens.reverse();
    };
    const preview = async (token: string) => (await fixture.api.query<{ invitation: { email: string } | null }>(PREVIEW, { token })).data?.invitation;
    const accept = (token: string) => fixture.api.query(ACCEPT, { input: { token, name: 'Ny Person', password: 'en lang og sjov adgangssætning' } });

    it('lets an admin withdraw an invitation, whose link then grants nothing; an admin elsewhere cannot', async () => {
      const email = 'withdrawn@example.org';
      const id = await invite('adminA', email);
      const [token] = await tokensSentTo(email, 1);
      expect(codeOf(await as('adminB', WITHDRAW, { input: { invitationId: id } }))).toBe('NOT_FOUND');
      expect(await preview(token as string)).toEqual({ email, role: 'EDITOR' });
      const withdrawn = await as<{ withdrawInvitation: boolean }>('adminA', WITHDRAW, { input: { invitationId: id } });
      expect(withdrawn.errors).toBeUndefined();
      expect(withdrawn.data?.withdrawInvitation).toBe(true);
      expect(await preview(token as string)).toBeNull();
      expect(codeOf(await accept(token as string))).toBe('INVALID_TOKEN');
      expect(codeOf(await as('adminA', WITHDRAW, { input: { invitationId: id } }))).toBe('NOT_FOUND');
    });

    it('lets a new invitation to the same role replace the link sent before', async () => {
      const email = 'invited.twice@example.org';
      await invite('adminA', email);
      await invite('adminA', email);
      const [older, newer] = await tokensSentTo(email, 2);
      expect(await preview(older as string)).toBeNull();
      expect(await preview(newer as string)).toEqual({ email, role: 'EDITOR' });
      const invitations = await as<{ organisation: { invitations: { email: string }[] } }>('adminA', `query ($slug: String!) { organisation(slug: $slug) { invitations { email } } }`, {
        slug: fixture.tenants.organisationA.slug,
      });
      expect(invitations.data?.organisation.invitations.filter((invitation) => invitation.email === email)).toHaveLength(1);
    });

    it('honours an invitation only while its sender may still grant the role', async () => {
      const email = 'sent.by.a.removed.admin@example.org';
      await invite('unitAdminA1', email);
      const [token] = await tokensSentTo(email, 1);
      const removed = fixture.tenants.memberships.unitAdminA1;
      const db = fixture.api.dataSource.manager;
      await db.delete(MembershipEntity, { id: removed.id });
      try {
        expect(await preview(token as string)).toBeNull();
        expect(codeOf(await accept(token as string))).toBe('INVALID_TOKEN');
        expect(await db.existsBy(UserEntity, { email })).toBe(false);
      } finally {
        await db.insert(MembershipEntity, removed);
      }
      // With the role back, the same link works.
      expect(await preview(token as string)).toEqual({ email, role: 'EDITOR' });
    });
  });
});
