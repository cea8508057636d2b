import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, type Role } from '@groupfinder/domain';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { GroupEntity } from '../groups/group.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UnitEntity } from '../units/unit.entity';
import { MembershipEntity } from '../users/membership.entity';
import { UserEntity } from '../users/user.entity';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount };

/** The invented Danish organisation the demo admins work in. */
const DEMO_ORGANISATION = 'demo-selvhjaelp-danmark';
const DEMO_UNIT = { slug: 'lyngby', name: 'Selvhjælp Lyngby' };
/** Its groups that meet in Lyngby belong to the unit. */
const UNIT_GROUP_SLUGS = ['demo-sorggruppe-for-unge-lyngby', 'demo-bornegruppe-syg-foraelder-lyngby', 'demo-ensomhed-seniorer-lyngby'];
const EDITOR_GROUP_SLUG = 'demo-gaatur-og-snak-gladsaxe';
/** Gladsaxe, as the demo data stores its official code. */
const MUNICIPALITY = { country: 'DK', code: '159' } as const;

/**
 * A database whose demo data was loaded before the demo accounts existed gets them once: while it
 * has no accounts at all and the demo scopes are still there. Says whether it did.
 */
export async function insertDemoAccountsIntoOlderDemoData(manager: EntityManager): Promise<boolean> {
  if ((await manager.count(UserEntity)) > 0) return false;
  const present =
    (await manager.existsBy(OrganisationEntity, { slug: DEMO_ORGANISATION })) &&
    (await manager.existsBy(GroupEntity, { slug: EDITOR_GROUP_SLUG })) &&
    (await manager.existsBy(MunicipalityEntity, MUNICIPALITY));
  if (!present) return false;
  await insertDemoAccounts(manager);
  return true;
}

/** One hash for all of them (they share the password), made once per process: the demo loader should not cost a second per start. */
let demoHash: Promise<string> | undefined;

/**
 * Creates the demo accounts of DEMO_ACCOUNTS with their roles, and the unit "Selvhjælp Lyngby"
 * (with the organisation's Lyngby groups) the unit admin needs. Part of loading the demo data, in
 * its transaction, as the database owner; stored with is_demo.
 */
export async function insertDemoAccounts(manager: EntityManager): Promise<void> {
  const organisation = await manager.findOneByOrFail(OrganisationEntity, { slug: DEMO_ORGANISATION });
  const unit =
    (await manager.findOneBy(UnitEntity, { organisationId: organisation.id, slug: DEMO_UNIT.slug })) ??
    (await manager.save(manager.create(UnitEntity, { organisationId: organisation.id, ...DEMO_UNIT })));
  for (const slug of UNIT_GROUP_SLUGS) await manager.update(GroupEntity, { slug, organisationId: organisation.id }, { unitId: unit.id });
  const group = await manager.findOneByOrFail(GroupEntity, { slug: EDITOR_GROUP_SLUG });
  const municipality = await manager.findOneByOrFail(MunicipalityEntity, MUNICIPALITY);

  type Scope = Pick<MembershipEntity, 'organisationId' | 'unitId' | 'groupId' | 'municipalityId'>;
  const none: Scope = { organisationId: null, unitId: null, groupId: null, municipalityId: null };
  const scopes: Record<Role, Partial<Scope>> = {
    PLATFORM_ADMIN: {},
    ORGANISATION_ADMIN: { organisationId: organisation.id },
    UNIT_ADMIN: { organisationId: organisation.id, unitId: unit.id },
    EDITOR: { organisationId: group.organisationId, unitId: group.unitId, groupId: group.id },
    MUNICIPALITY_EDITOR: { municipalityId: municipality.id },
  };
  demoHash ??= hashPassword(DEMO_PASSWORD);
  const passwordHash = await demoHash;
  for (const account of DEMO_ACCOUNTS) {
    const user = await manager.save(
      manager.create(UserEntity, {
        email: account.email,
        name: account.name,
        passwordHash,
        locale: 'en',
        totpSecretSealed: null,
        totpEnabledAt: null,
        recoveryCodeHashes: [],
        isDemo: true,
      }),
    );
    await manager.save(manager.create(MembershipEntity, { ...none, ...scopes[account.role], role: account.role, userId: user.id }));
  }
}
