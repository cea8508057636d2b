import type { EmbedFields, Role } from '@groupfinder/domain';
import type { EntityManager } from 'typeorm';
import { AccountTokenEntity } from '../auth/account-token.entity';
import { hashToken, newToken, SessionService } from '../auth/session.service';
import { fieldsOf, GroupEditingService } from '../groups/editing/group-editing.service';
import { GroupEntity } from '../groups/group.entity';
import { HistoryService } from '../history/history.service';
import { PLATFORM_AUTHOR } from '../kernel/context';
import { ChangeEntity } from '../history/change.entity';
import type { EmbedEntity } from '../embeds/embed.entity';
import { EmbedService } from '../embeds/embed.service';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UnitEntity } from '../units/unit.entity';
import { MembershipEntity } from '../users/membership.entity';
import { UserEntity } from '../users/user.entity';
import { SESSION_COOKIE } from '../server/http-exchange';
import { startTestApi, TEST_NOW, type TestApi } from './test-api';

/**
 * Two tenants on the demo data, for the tests of scope: organisation A (Selvhjælp Danmark) with
 * units A1 and A2, each running a group; organisation B (SMART Recovery Sverige). One person per
 * role, each with a live session. Seeded as the database owner, as a migration or the demo loader would.
 */
export interface Tenants {
  organisationA: OrganisationEntity;
  organisationB: OrganisationEntity;
  unitA1: UnitEntity;
  unitA2: UnitEntity;
  groupA1: GroupEntity;
  groupA2: GroupEntity;
  groupB: GroupEntity;
  users: Record<TenantPerson, UserEntity>;
  memberships: Record<TenantPerson, MembershipEntity>;
  /** The Cookie header of each person's session. */
  cookies: Record<TenantPerson, string>;
  /** The id of that session (for attacks on someone else's session). */
  sessionIds: Record<TenantPerson, string>;
  /** A pending invitation to unit A1. */
  invitationA1: AccountTokenEntity;
  /** A change organisation A's admin made to it. */
  changeA: ChangeEntity;
  /** Gladsaxe's embed, which its municipality editor keeps (the Kraków editor keeps none yet). */
  embedGladsaxe: EmbedEntity;
}

export type TenantPerson = 'platformAdmin' | 'adminA' | 'unitAdminA1' | 'unitAdminA2' | 'editorA1' | 'adminB' | 'municipalityEditorGladsaxe' | 'municipalityEditorKrakow';

/** A group's stored fields as `GroupFieldsInput` variables: language codes are upper-case enum values on the wire. */
export const groupFieldsInput = (group: GroupEntity) => ({ ...fieldsOf(group), languages: group.languages.map((language) => language.toUpperCase()) });

/** Gladsaxe's embed in the fixture: its own groups and the online ones in Danish, on its own site. */
export const TENANT_EMBED_FIELDS: EmbedFields = {
  name: 'Tenant test: Gladsaxe finder',
  neighbourCodes: [],
  includeOnline: true,
  onlineLanguages: ['da'],
  topics: [],
  organisationIds: [],
  defaultLanguage: 'da',
  accentColour: '#00605f',
  font: '',
  allowedOrigins: ['https://www.gladsaxe.test'],
  contactText: { da: 'Spørg Gladsaxe Kommunes sundhedsteam' },
  crisisText: { da: 'Ring 70 20 12 01 i en krise' },
};

/** Embed fields as `EmbedFieldsInput` variables: language codes are upper-case enum values on the wire. */
export const embedFieldsInput = (fields: EmbedFields) => ({ ...fields, defaultLanguage: fields.defaultLanguage.toUpperCase(), onlineLanguages: fields.onlineLanguages.map((language) => language.toUpperCase()) });

/** The e-mail address of a person of the tenants' fixture. */
export const tenantEmail = (person: TenantPerson) => `${person.toLowerCase()}@tenants.test`;

export async function seedTenants(db: EntityManager, now: Date): Promise<Tenants> {
  const organisationA = await db.findOneByOrFail(OrganisationEntity, { slug: 'demo-selvhjaelp-danmark' });
  const organisationB = await db.findOneByOrFail(OrganisationEntity, { slug: 'demo-smart-recovery-sverige' });
  const unitA1 = await db.save(db.create(UnitEntity, { organisationId: organisationA.id, slug: 'tenant-test-a1', name: 'Tenant test A1' }));
  const unitA2 = await db.save(db.create(UnitEntity, { organisationId: organisationA.id, slug: 'tenant-test-a2', name: 'Tenant test A2' }));
  const groupsOf = (organisationId: string) => db.find(GroupEntity, { where: { organisationId }, order: { slug: 'ASC' } });
  const [groupA1, groupA2] = await groupsOf(organisationA.id);
  const [groupB] = await groupsOf(organisationB.id);
  if (!groupA1 || !groupA2 || !groupB) throw new Error('The demo data has too few groups for the tenants fixture');
  // Through the write path, as an editor would: each group's unit, its version raised and its change recorded.
  const groups = new GroupEditingService(new HistoryService());
  Object.assign(groupA1, await groups.update(db, PLATFORM_AUTHOR, { id: groupA1.id, version: groupA1.version, unitId: unitA1.id }, now));
  Object.assign(groupA2, await groups.update(db, PLATFORM_AUTHOR, { id: groupA2.id, version: groupA2.version, unitId: unitA2.id }, now));

  const gladsaxe = await db.findOneByOrFail(MunicipalityEntity, { country: 'DK', code: '159' });
  const krakow = await db.findOneByOrFail(MunicipalityEntity, { country: 'PL', code: '1261011' });
  const none: Record<'organisationId' | 'unitId' | 'groupId' | 'municipalityId', string | null> = { organisationId: null, unitId: null, groupId: null, municipalityId: null };
  const roles: Record<TenantPerson, { role: Role } & Partial<typeof none>> = {
    platformAdmin: { role: 'PLATFORM_ADMIN' },
    adminA: { role: 'ORGANISATION_ADMIN', organisationId: organisationA.id },
    unitAdminA1: { role: 'UNIT_ADMIN', organisationId: organisationA.id, unitId: unitA1.id },
    unitAdminA2: { role: 'UNIT_ADMIN', organisationId: organisationA.id, unitId: unitA2.id },
    editorA1: { role: 'EDITOR', organisationId: organisationA.id, unitId: unitA1.id, groupId: groupA1.id },
    adminB: { role: 'ORGANISATION_ADMIN', organisationId: organisationB.id },
    municipalityEditorGladsaxe: { role: 'MUNICIPALITY_EDITOR', municipalityId: gladsaxe.id },
    municipalityEditorKrakow: { role: 'MUNICIPALITY_EDITOR', municipalityId: krakow.id },
  };
  const sessions = new SessionService({ idleMinutes: 60, absoluteHours: 12 });
  const users = {} as Tenants['users'];
  const memberships = {} as Tenants['memberships'];
  const cookies = {} as Tenants['cookies'];
  const sessionIds = {} as Tenants['sessionIds'];
  for (const [person, role] of Object.entries(roles) as [TenantPerson, (typeof roles)[TenantPerson]][]) {
    // Never signed in with a password here: the session is made directly.
    const user = await db.save(db.create(UserEntity, { email: tenantEmail(person), name: `Person ${person}`, passwordHash: 'not-a-hash', locale: 'en' }));
    users[person] = user;
    memberships[person] = await db.save(db.create(MembershipEntity, { ...none, ...role, userId: user.id }));
    const { token, session } = await sessions.start(db, user, false, now);
    cookies[person] = `${SESSION_COOKIE}=${token}`;
    sessionIds[person] = session.id;
  }
  const invitationA1 = await db.save(
    db.create(AccountTokenEntity, {
      tokenHash: hashToken(newToken()),
      purpose: 'INVITATION',
      email: 'pending-a1@tenants.test',
      role: 'EDITOR',
      organisationId: organisationA.id,
      unitId: unitA1.id,
      groupId: groupA1.id,
      createdBy: users.unitAdminA1.id,
      expiresAt: new Date(now.getTime() + 86_400_000),
    }),
  );
  const changeA = await db.save(
    db.create(ChangeEntity, {
      entity: 'ORGANISATION',
      entityId: organisationA.id,
      organisationId: organisationA.id,
      unitId: null,
      userId: users.adminA.id,
      madeAt: now,
      version: organisationA.version + 1,
      fields: [{ field: 'phone', old: organisationA.phone, new: '+45 70 00 00 00' }],
      reverts: null,
    }),
  );
  await db.update(OrganisationEntity, { id: organisationA.id }, { phone: '+45 70 00 00 00', version: organisationA.version + 1 });
  const embedGladsaxe = await new EmbedService(new HistoryService()).create(db, PLATFORM_AUTHOR, gladsaxe.id, TENANT_EMBED_FIELDS, now);
  return { embedGladsaxe, changeA, organisationA, organisationB, unitA1, unitA2, groupA1, groupA2, groupB, users, memberships, cookies, sessionIds, invitationA1 };
}

/** A test API holding the demo data and the tenants, started before a file's tests and stopped after them. */
export function withTenants(options: Parameters<typeof startTestApi>[0] = {}): { readonly api: TestApi; readonly tenants: Tenants } {
  const fixture = {} as { api: TestApi; tenants: Tenants };
  beforeAll(async () => {
    fixture.api = await startTestApi(options);
    fixture.tenants = await seedTenants(fixture.api.dataSource.manager, TEST_NOW);
  });
  afterAll(async () => {
    await fixture.api?.stop();
  });
  return fixture;
}
