import { randomUUID } from 'node:crypto';
import { CONSENT_VERSION } from '@groupfinder/domain';
import { isObjectType } from 'graphql';
import { SessionService } from '../auth/session.service';
import { accessOf, isPublic } from '../kernel/access';
import { normaliseContact } from '../privacy/normalise';
import { sealedPlace } from '../privacy/sealed-columns';
import { createSchema } from '../server/schema';
import { SESSION_COOKIE } from '../server/http-exchange';
import { TEST_NOW, type TestApi } from '../testing/test-api';
import { embedFieldsInput, groupFieldsInput, withTenants, tenantEmail, TENANT_EMBED_FIELDS, type TenantPerson, type Tenants } from '../testing/tenants';
import { testVisitor } from '../testing/test-people';

/**
 * Every admin operation of the schema, tried against organisation A and its unit A1 by an admin of
 * organisation B and by the admin of A1's sibling unit A2: nothing of A may be shown and nothing
 * may change. The operations come from walking the schema, so a new one without an attack here
 * fails this test until someone writes down how it could be abused.
 */
interface Attack {
  query: string;
  variables?: (tenants: Tenants) => Record<string, unknown>;
  /** The guarded fields of object types this attack reaches. */
  fields?: string[];
  /** Answered with an error (what it reads is public elsewhere, so only the refusal shows the scope held). */
  refused?: boolean;
  /** What the answer must not contain, besides A's people. */
  hidden?: (tenants: Tenants) => string[];
}

/** Someone who asked to join group A1 and wrote to it (one of the test people): what A holds about them must stay A's. */
const ASKER_A1 = testVisitor(0);
const ASKED_A1 = ASKER_A1.email;
/** The id of their request to join group A1. */
const REQUEST_A1 = randomUUID();

/** The operations on a group's queue of requests to join: its organisation's and unit's admins only, not its editors. */
const QUEUE_ATTACKS = ['joinQueue', 'personalDataAccess', 'changeJoinRequest', 'deleteJoinRequest', 'exportJoinQueue'];

const TENANT_EMBED_FIELDS_INPUT = embedFieldsInput(TENANT_EMBED_FIELDS);

const PLANTED_VENUE = { name: 'Planted venue', street: 'Vej 1', postalCode: '2860', town: 'Søborg', latitude: null, longitude: null, accessibility: [], transportNotes: {} };


const ATTACKS: Record<string, Attack> = {
  organisation: {
    query: `query ($slug: String!) { organisation(slug: $slug) { name requireSecondFactor members { email memberships { role } } invitations { email } history { by fields { old new } } } }`,
    variables: (t) => ({ slug: t.organisationA.slug }),
    fields: ['Organisation.requireSecondFactor', 'Organisation.members', 'Organisation.invitations', 'Organisation.history'],
  },
  createOrganisation: {
    query: `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    variables: () => ({ input: { slug: 'planted-organisation', name: 'Planted', country: 'DK', defaultLanguage: 'DA' } }),
    refused: true,
  },
  archiveOrganisation: {
    query: `mutation ($input: EditInput!) { archiveOrganisation(input: $input) { id } }`,
    variables: (t) => ({ input: { id: t.organisationA.id, version: t.organisationA.version + 1 } }),
    refused: true,
  },
  restoreOrganisation: {
    query: `mutation ($input: EditInput!) { restoreOrganisation(input: $input) { id } }`,
    variables: (t) => ({ input: { id: t.organisationA.id, version: t.organisationA.version + 1 } }),
    refused: true,
  },
  archiveUnit: {
    query: `mutation ($input: EditInput!) { archiveUnit(input: $input) { id } }`,
    variables: (t) => ({ input: { id: t.unitA1.id, version: 1 } }),
    refused: true,
  },
  restoreUnit: {
    query: `mutation ($input: EditInput!) { restoreUnit(input: $input) { id } }`,
    variables: (t) => ({ input: { id: t.unitA1.id, version: 1 } }),
    refused: true,
  },
  // Embeds are the municipality editors' (embeds.api.spec.ts tries them as another municipality's editor).
  embedMunicipalities: { query: `query { embedMunicipalities { id name } }`, refused: true },
  embeds: { query: `query { embeds { id key fields { name } } }`, refused: true, hidden: (t) => [t.embedGladsaxe.key, t.embedGladsaxe.name] },
  embed: {
    query: `query ($id: ID!) { embed(id: $id) { key fields { name allowedOrigins } history { by } } }`,
    variables: (t) => ({ id: t.embedGladsaxe.id }),
    refused: true,
    hidden: (t) => [t.embedGladsaxe.key, t.embedGladsaxe.name],
  },
  createEmbed: {
    query: `mutation ($input: CreateEmbedInput!) { createEmbed(input: $input) { key } }`,
    variables: (t) => ({ input: { municipalityId: t.embedGladsaxe.municipalityId, fields: { ...TENANT_EMBED_FIELDS_INPUT, name: 'Planted embed' } } }),
    refused: true,
  },
  updateEmbed: {
    query: `mutation ($input: UpdateEmbedInput!) { updateEmbed(input: $input) { key } }`,
    variables: (t) => ({ input: { id: t.embedGladsaxe.id, version: t.embedGladsaxe.version, fields: { ...TENANT_EMBED_FIELDS_INPUT, allowedOrigins: ['https://planted.test'] } } }),
    refused: true,
    hidden: (t) => [t.embedGladsaxe.key],
  },
  deleteEmbed: {
    query: `mutation ($input: EditInput!) { deleteEmbed(input: $input) { key } }`,
    variables: (t) => ({ input: { id: t.embedGladsaxe.id, version: t.embedGladsaxe.version } }),
    refused: true,
    hidden: (t) => [t.embedGladsaxe.key],
  },
  renameMunicipality: {
    query: `mutation ($input: RenameMunicipalityInput!) { renameMunicipality(input: $input) { name } }`,
    variables: (t) => ({ input: { id: t.groupA1.municipalityId, name: 'Taken over' } }),
    refused: true,
  },
  organisationsGroupsToEdit: {
    query: `query ($slug: String!) { organisation(slug: $slug) { editableGroups { id version } } }`,
    variables: (t) => ({ slug: t.organisationA.slug }),
    fields: ['Organisation.editableGroups'],
    hidden: (t) => [t.groupA1.id],
  },
  organisationsVenues: {
    query: `query ($slug: String!) { organisation(slug: $slug) { venues { id version } } }`,
    variables: (t) => ({ slug: t.organisationA.slug }),
    fields: ['Organisation.venues'],
  },
  createVenue: {
    query: `mutation ($input: CreateVenueInput!) { createVenue(input: $input) { id } }`,
    variables: (t) => ({ input: { organisationId: t.organisationA.id, fields: PLANTED_VENUE } }),
    refused: true,
  },
  updateVenue: {
    query: `mutation ($input: UpdateVenueInput!) { updateVenue(input: $input) { id } }`,
    variables: (t) => ({ input: { id: t.groupA1.venueId, version: 1, fields: PLANTED_VENUE } }),
    refused: true,
  },
  archiveVenue: {
    query: `mutation ($input: EditInput!) { archiveVenue(input: $input) { id } }`,
    variables: (t) => ({ input: { id: t.groupA1.venueId, version: 1 } }),
    refused: true,
  },
  restoreVenue: {
    query: `mutation ($input: EditInput!) { restoreVenue(input: $input) { id } }`,
    variables: (t) => ({ input: { id: t.groupA1.venueId, version: 1 } }),
    refused: true,
  },
  editableGroup: {
    query: `query ($id: ID!) { editableGroup(id: $id) { version fields { contactName } history { by } } }`,
    variables: (t) => ({ id: t.groupA1.id }),
    refused: true,
  },
  createGroup: {
    query: `mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
    variables: (t) => ({ input: { organisationId: t.organisationA.id, fields: { ...groupFieldsInput(t.groupA1), slug: 'planted-group', unitId: t.unitA1.id } } }),
    refused: true,
  },
  updateGroup: {
    query: `mutation ($input: UpdateGroupInput!) { updateGroup(input: $input) { id } }`,
    variables: (t) => ({ input: { id: t.groupA1.id, version: t.groupA1.version, fields: { ...groupFieldsInput(t.groupA1), contactName: 'Taken over' } } }),
    refused: true,
  },
  archiveGroup: {
    query: `mutation ($input: EditInput!) { archiveGroup(input: $input) { id } }`,
    variables: (t) => ({ input: { id: t.groupA1.id, version: t.groupA1.version } }),
    refused: true,
  },
  restoreGroup: {
    query: `mutation ($input: EditInput!) { restoreGroup(input: $input) { id } }`,
    variables: (t) => ({ input: { id: t.groupA1.id, version: t.groupA1.version } }),
    refused: true,
  },
  updateOrganisation: {
    query: `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name } }`,
    variables: (t) => ({ input: { id: t.organisationA.id, version: t.organisationA.version + 1, name: 'Taken over', email: 'planted@attack.test' } }),
  },
  revertChange: {
    query: `mutation ($input: RevertChangeInput!) { revertChange(input: $input) }`,
    variables: (t) => ({ input: { changeId: t.changeA.id } }),
  },
  myOrganisations: {
    query: `{ myOrganisations { slug requireSecondFactor members { email } invitations { email } units { slug members { email } invitations { email } } } }`,
    fields: ['Unit.members', 'Unit.invitations'],
  },
  unit: {
    query: `query ($id: ID!) { unit(id: $id) { name members { email } invitations { email } history { by } } }`,
    variables: (t) => ({ id: t.unitA1.id }),
    fields: ['Unit.history'],
  },
  updateUnit: {
    query: `mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { name } }`,
    variables: (t) => ({ input: { id: t.unitA1.id, version: 1, name: 'Taken over' } }),
  },
  createUnit: {
    query: `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
    variables: (t) => ({ input: { organisationId: t.organisationA.id, name: 'Planted unit', slug: 'planted' } }),
  },
  inviteUser: {
    query: `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
    variables: (t) => ({ input: { email: 'planted@attack.test', role: 'UNIT_ADMIN', unitId: t.unitA1.id } }),
  },
  grantRole: {
    query: `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
    variables: (t) => ({ input: { userId: t.users.unitAdminA2.id, role: 'UNIT_ADMIN', unitId: t.unitA1.id } }),
  },
  revokeRole: {
    query: `mutation ($input: RevokeRoleInput!) { revokeRole(input: $input) }`,
    variables: (t) => ({ input: { membershipId: t.memberships.unitAdminA1.id } }),
  },
  withdrawInvitation: {
    query: `mutation ($input: WithdrawInvitationInput!) { withdrawInvitation(input: $input) }`,
    variables: (t) => ({ input: { invitationId: t.invitationA1.id } }),
  },
  setSecondFactorRequirement: {
    query: `mutation ($input: SetSecondFactorRequirementInput!) { setSecondFactorRequirement(input: $input) { id } }`,
    variables: (t) => ({ input: { organisationId: t.organisationA.id, required: true } }),
  },
  // The attacker's own session and account only: nobody else's session ends, nobody else's second factor changes.
  signOut: { query: `mutation { signOut }` },
  signOutEverywhere: { query: `mutation { signOutEverywhere }` },
  revokeSession: {
    query: `mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) }`,
    variables: (t) => ({ input: { sessionId: t.sessionIds.adminA } }),
  },
  startSecondFactorEnrolment: { query: `mutation { startSecondFactorEnrolment { secret } }` },
  switchOffSecondFactor: {
    query: `mutation ($input: SecondFactorChangeInput!) { switchOffSecondFactor(input: $input) }`,
    variables: () => ({ input: { password: 'a guessed password', code: '123456' } }),
    refused: true,
  },
  renewRecoveryCodes: {
    query: `mutation ($input: SecondFactorChangeInput!) { renewRecoveryCodes(input: $input) { codes } }`,
    variables: () => ({ input: { password: 'a guessed password', code: '123456' } }),
    refused: true,
  },
  // Editor A1 has a second factor (beforeAll): only A's organisation admins (or a platform admin) may reset it.
  resetSecondFactor: {
    query: `mutation ($input: ResetSecondFactorInput!) { resetSecondFactor(input: $input) }`,
    variables: (t) => ({ input: { userId: t.users.editorA1.id } }),
    refused: true,
  },
  // A data-subject export or erasure for organisation A's groups: only A's own admins; with their own organisation, others find and erase nothing of A's.
  dataSubjectRequests: {
    query: `query ($slug: String!, $contact: String!) { dataSubjectRequests(organisationSlug: $slug, contact: $contact) { id alias contact message } }`,
    variables: (t) => ({ slug: t.organisationA.slug, contact: ASKED_A1 }),
    refused: true,
    hidden: () => [ASKED_A1],
  },
  dataSubjectMessages: {
    query: `query ($slug: String!, $contact: String!) { dataSubjectMessages(organisationSlug: $slug, contact: $contact) { id alias contact message } }`,
    variables: (t) => ({ slug: t.organisationA.slug, contact: ASKED_A1 }),
    refused: true,
    hidden: () => [ASKED_A1],
  },
  eraseDataSubject: {
    query: `mutation ($slug: String!, $contact: String!) { eraseDataSubject(organisationSlug: $slug, contact: $contact) }`,
    variables: (t) => ({ slug: t.organisationA.slug, contact: ASKED_A1 }),
    refused: true,
  },
  'dataSubjectRequests of their own organisation': {
    query: `query ($slug: String!, $contact: String!) { dataSubjectRequests(organisationSlug: $slug, contact: $contact) { id alias contact message } }`,
    variables: (t) => ({ slug: t.organisationB.slug, contact: ASKED_A1 }),
    hidden: () => [ASKED_A1],
  },
  'dataSubjectMessages of their own organisation': {
    query: `query ($slug: String!, $contact: String!) { dataSubjectMessages(organisationSlug: $slug, contact: $contact) { id alias contact message } }`,
    variables: (t) => ({ slug: t.organisationB.slug, contact: ASKED_A1 }),
    hidden: () => [ASKED_A1],
  },
  'eraseDataSubject of their own organisation': {
    query: `mutation ($slug: String!, $contact: String!) { eraseDataSubject(organisationSlug: $slug, contact: $contact) }`,
    variables: (t) => ({ slug: t.organisationB.slug, contact: ASKED_A1 }),
  },
  confirmSecondFactor: {
    query: `mutation ($input: ConfirmSecondFactorInput!) { confirmSecondFactor(input: $input) { codes } }`,
    variables: () => ({ input: { code: '123456' } }),
  },
  // Group A1's queue and organisation A's audit: nothing of them shown, nothing changed, nothing audited in A's name.
  joinQueue: {
    query: `query ($groupId: ID!) { joinQueue(groupId: $groupId) { groupName signedUp requests { id alias contact message note } } }`,
    variables: (t) => ({ groupId: t.groupA1.id }),
    refused: true,
    hidden: () => [ASKED_A1, ASKER_A1.name, REQUEST_A1],
  },
  personalDataAccess: {
    query: `query ($slug: String!) { personalDataAccess(organisationSlug: $slug) { at action joinRequestId by groupName } }`,
    variables: (t) => ({ slug: t.organisationA.slug }),
    refused: true,
    hidden: () => [REQUEST_A1],
  },
  'personalDataAccess of their own organisation': {
    query: `query ($slug: String!) { personalDataAccess(organisationSlug: $slug) { at action joinRequestId by groupName } }`,
    variables: (t) => ({ slug: t.organisationB.slug }),
    hidden: () => [REQUEST_A1],
  },
  changeJoinRequest: {
    query: `mutation ($input: ChangeJoinRequestInput!) { changeJoinRequest(input: $input) { id alias contact note } }`,
    variables: () => ({ input: { id: REQUEST_A1, version: 1, status: 'ACCEPTED', note: 'Taken over' } }),
    refused: true,
    hidden: () => [ASKED_A1, ASKER_A1.name],
  },
  deleteJoinRequest: {
    query: `mutation ($input: EditInput!) { deleteJoinRequest(input: $input) }`,
    variables: () => ({ input: { id: REQUEST_A1, version: 1 } }),
    refused: true,
  },
  exportJoinQueue: {
    query: `mutation ($groupId: ID!) { exportJoinQueue(groupId: $groupId) }`,
    variables: (t) => ({ groupId: t.groupA1.id }),
    refused: true,
    hidden: () => [ASKED_A1, ASKER_A1.name, REQUEST_A1],
  },
};

/** What of organisation A (and unit A1) exists, read as the database owner. */
async function snapshotOfA(api: TestApi, tenants: Tenants, attacker: TenantPerson): Promise<unknown> {
  const a = tenants.organisationA.id;
  const rows = (sql: string, parameters: unknown[] = [a]) => api.dataSource.query(sql, parameters);
  return {
    organisation: await rows(`SELECT * FROM organisations WHERE id = $1`),
    organisations: await rows(`SELECT id, slug FROM organisations ORDER BY id`, []),
    municipalities: await rows(`SELECT * FROM municipalities ORDER BY id`, []),
    units: await rows(`SELECT * FROM units WHERE organisation_id = $1 ORDER BY id`),
    venues: await rows(`SELECT * FROM venues WHERE organisation_id = $1 ORDER BY id`),
    groups: await rows(`SELECT id, slug, unit_id, name, contact_name, archived_at, version, updated_at FROM groups WHERE organisation_id = $1 ORDER BY id`),
    memberships: await rows(`SELECT * FROM memberships WHERE organisation_id = $1 OR user_id = $2 ORDER BY id`, [a, tenants.users[attacker].id]),
    tokens: await rows(`SELECT * FROM account_tokens ORDER BY id`, []),
    changes: await rows(`SELECT * FROM changes WHERE organisation_id = $1 ORDER BY id`),
    users: await rows(`SELECT * FROM users WHERE id <> $1 ORDER BY id`, [tenants.users[attacker].id]),
    sessions: await rows(`SELECT id, revoked_at FROM sessions WHERE user_id <> $1 ORDER BY id`, [tenants.users[attacker].id]),
    joinRequests: await rows(`SELECT * FROM join_requests WHERE group_id IN (SELECT id FROM groups WHERE organisation_id = $1) ORDER BY id`),
    groupMessages: await rows(`SELECT * FROM group_messages WHERE group_id IN (SELECT id FROM groups WHERE organisation_id = $1) ORDER BY id`),
    audit: await rows(`SELECT * FROM personal_data_access WHERE organisation_id = $1 ORDER BY id`),
    embeds: await rows(`SELECT * FROM embeds ORDER BY id`, []),
  };
}

describe('no admin can reach another tenant', () => {
  const fixture = withTenants();
  const sessions = new SessionService({ idleMinutes: 60, absoluteHours: 12 });

  beforeAll(async () => {
    // A request to join group A1 and a message to it, stored as the API stores them (sealed, with the blind index of the contact).
    const { api, tenants } = fixture;
    const index = api.keys.blindIndex('contact', normaliseContact(ASKED_A1));
    const request = REQUEST_A1;
    const sealRequest = (column: string, value: string) => api.keys.seal(value, sealedPlace('join_requests', column, request));
    await api.dataSource.query(
      `INSERT INTO join_requests (id, group_id, kind, alias_sealed, contact_kind, contact_sealed, contact_index, language, consent_version, consented_at, idempotency_key, access_token_hash, created_at, updated_at, delete_after)
       VALUES ($1, $2, 'WAITING_LIST', $3, 'EMAIL', $4, $5, 'da', $6, $7, $8, $9, $7, $7, $10)`,
      [request, tenants.groupA1.id, sealRequest('alias_sealed', ASKER_A1.name), sealRequest('contact_sealed', ASKED_A1), index, CONSENT_VERSION, TEST_NOW, randomUUID(), randomUUID(), new Date(TEST_NOW.getTime() + 86_400_000)],
    );
    await api.dataSource.query(`UPDATE users SET totp_enabled_at = $2 WHERE id = $1`, [tenants.users.editorA1.id, TEST_NOW]);
    const message = randomUUID();
    const sealMessage = (column: string, value: string) => api.keys.seal(value, sealedPlace('group_messages', column, message));
    await api.dataSource.query(
      `INSERT INTO group_messages (id, group_id, alias_sealed, contact_kind, contact_sealed, contact_index, message_sealed, language, consent_version, consented_at, idempotency_key, created_at, delete_after)
       VALUES ($1, $2, $3, 'EMAIL', $4, $5, $6, 'da', $7, $8, $9, $8, $10)`,
      [message, tenants.groupA1.id, sealMessage('alias_sealed', ASKER_A1.name), sealMessage('contact_sealed', ASKED_A1), index, sealMessage('message_sealed', 'Hello A1'), CONSENT_VERSION, TEST_NOW, randomUUID(), new Date(TEST_NOW.getTime() + 86_400_000)],
    );
  });

  it('has an attack for every operation that needs a signed-in caller, and for every guarded field', async () => {
    const schema = await createSchema();
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.values(type?.getFields() ?? {}));
    const guardedOperations = operations.filter((field) => !isPublic(field)).map((field) => field.name);
    const attacked = new Set(Object.keys(ATTACKS));
    expect(guardedOperations.filter((name) => !attacked.has(name))).toEqual([]);
    const guardedFields = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => type !== schema.getQueryType() && type !== schema.getMutationType())
      .flatMap((type) => Object.values(type.getFields()).flatMap((field) => (accessOf(field) && !isPublic(field) ? [`${type.name}.${field.name}`] : [])));
    const reached = new Set(Object.values(ATTACKS).flatMap((attack) => attack.fields ?? []));
    expect(guardedFields.filter((field) => !reached.has(field))).toEqual([]);
  });

  const victims = ['adminA', 'unitAdminA1', 'editorA1'].map((person) => tenantEmail(person as TenantPerson));

  /** Runs an attack as `attacker`; its answer shows nothing of A's people or of what `hidden` names, and A is as it was. */
  async function attackAs(attacker: TenantPerson, name: string): Promise<{ errors?: { extensions: Record<string, unknown> }[] }> {
    const attack = ATTACKS[name] as Attack;
    // A fresh session each time: an attack may sign its own session out.
    const { token } = await sessions.start(fixture.api.dataSource.manager, fixture.tenants.users[attacker], true, TEST_NOW);
    const before = await snapshotOfA(fixture.api, fixture.tenants, attacker);
    const response = await fixture.api.query(attack.query, attack.variables?.(fixture.tenants), { cookie: `${SESSION_COOKIE}=${token}` });
    const body = JSON.stringify(response);
    const hidden = [...victims, 'pending-a1@tenants.test', 'planted@attack.test', 'Person adminA', '+45 70 00 00 00', ...(attack.hidden?.(fixture.tenants) ?? [])];
    for (const text of hidden) expect(body).not.toContain(text);
    if (attacker === 'adminB') expect(body).not.toContain(tenantEmail('unitAdminA2'));
    expect(response.status).toBeLessThan(500);
    expect(response.errors?.length ?? 0).toBeGreaterThanOrEqual(attack.refused ? 1 : 0);
    expect(await snapshotOfA(fixture.api, fixture.tenants, attacker)).toEqual(before);
    return response;
  }

  describe.each(['adminB', 'unitAdminA2'] as const)('as %s', (attacker) => {
    it.each(Object.keys(ATTACKS))('%s shows nothing of organisation A’s people and changes nothing', async (name) => {
      await attackAs(attacker, name);
    });
  });

  // An editor of group A1 keeps its page, but the people who asked to join it are its organisation's to see.
  describe('as editorA1, the editor of group A1 itself', () => {
    it.each(QUEUE_ATTACKS)('%s is refused and changes nothing', async (name) => {
      const response = await attackAs('editorA1', name);
      expect(response.errors?.[0]?.extensions['code']).toBe('FORBIDDEN');
    });
  });
});
