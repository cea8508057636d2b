import type { Role } from '@groupfinder/domain';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@groupfinder/translations';
import { In, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { AccountTokenEntity } from '../auth/account-token.entity';
import { hashToken, newToken } from '../auth/session.service';
import { afterCommit } from '../kernel/after-commit';
import type { Viewer } from '../kernel/context';
import { AppError } from '../kernel/errors';
import type { Mailer } from '../mail/mailer';
import { GroupEntity } from '../groups/group.entity';
import { groupNameFor } from '../joining/notify';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UnitEntity } from '../units/unit.entity';
import { MembershipEntity } from './membership.entity';
import { MEMBERSHIP_RELATIONS, Membership, roleLabel } from './membership.type';
import { Member } from './member.type';
import { Invitation } from './invitation.type';
import { UserEntity } from './user.entity';

/** An invitation link works this long. */
export const INVITATION_DAYS = 7;

/** A role with exactly the scope columns it needs, as stored in memberships and invitations. */
export interface RoleScope {
  role: Role;
  organisationId: string | null;
  unitId: string | null;
  groupId: string | null;
  municipalityId: string | null;
}

/** What the caller asked for: a role and the one id its scope needs. */
export type RoleScopeRequest = { role: Role } & Partial<Omit<RoleScope, 'role'>>;

/** Where members are listed: a whole organisation or one unit. */
export type MemberScope = { organisationId: string } | { unitId: string };

const isAdminOf = (viewer: Viewer, organisationId: string) => viewer.scope.platformAdmin || viewer.scope.organisationIds.includes(organisationId);
const isAdminOfUnit = (viewer: Viewer, unit: Pick<UnitEntity, 'id' | 'organisationId'>) => isAdminOf(viewer, unit.organisationId) || viewer.scope.unitIds.includes(unit.id);

/**
 * Who may do what, within the caller's scope: members, invitations, roles. Every check here is made
 * again by PostgreSQL's row-level security (migration Accounts1764300000000).
 */
export class MembershipService {
  constructor(
    private readonly mailer: Mailer,
    private readonly dashboardUrl: string,
  ) {}

  /** An organisation the viewer administers, or FORBIDDEN (organisations are public, so saying it exists leaks nothing). */
  async administeredOrganisation(db: EntityManager, viewer: Viewer, organisationId: string): Promise<OrganisationEntity> {
    const organisation = await db.findOneBy(OrganisationEntity, { id: organisationId });
    if (!organisation) throw new AppError('NOT_FOUND');
    if (!isAdminOf(viewer, organisation.id)) throw new AppError('FORBIDDEN');
    return organisation;
  }

  /** A unit the viewer administers (directly or through its organisation). */
  async administeredUnit(db: EntityManager, viewer: Viewer, unitId: string): Promise<UnitEntity> {
    const unit = await db.findOneBy(UnitEntity, { id: unitId });
    if (!unit) throw new AppError('NOT_FOUND');
    if (!isAdminOfUnit(viewer, unit)) throw new AppError('FORBIDDEN');
    return unit;
  }

  /** The organisations the viewer administers, whole or through a unit; every one for a platform admin. */
  async administeredOrganisations(db: EntityManager, viewer: Viewer): Promise<OrganisationEntity[]> {
    const order = { name: 'ASC', id: 'ASC' } as const;
    if (viewer.scope.platformAdmin) return db.find(OrganisationEntity, { order });
    const units = viewer.scope.unitIds.length ? await db.findBy(UnitEntity, { id: In(viewer.scope.unitIds) }) : [];
    const ids = [...new Set([...viewer.scope.organisationIds, ...units.map((unit) => unit.organisationId)])];
    return ids.length ? db.find(OrganisationEntity, { where: { id: In(ids) }, order }) : [];
  }

  /** The people holding a role in the scope, each with the roles they hold there, by name. */
  async members(db: EntityManager, viewer: Viewer, where: MemberScope, locale: Locale): Promise<Member[]> {
    if ('organisationId' in where) await this.administeredOrganisation(db, viewer, where.organisationId);
    else await this.administeredUnit(db, viewer, where.unitId);
    const memberships = await db.find(MembershipEntity, { where, relations: MEMBERSHIP_RELATIONS, order: { createdAt: 'ASC' } });
    const users = memberships.length ? await db.findBy(UserEntity, { id: In(memberships.map((membership) => membership.userId)) }) : [];
    return users
      .sort((a, b) => a.name.localeCompare(b.name, locale) || a.id.localeCompare(b.id))
      .map((user) =>
        Object.assign(new Member(), {
          id: user.id,
          name: user.name,
          email: user.email,
          secondFactorEnabled: user.totpEnabledAt !== null,
          memberships: memberships.filter((membership) => membership.userId === user.id).map((membership) => Membership.from(membership, locale)),
        }),
      );
  }

  /** Invitations sent in the scope and neither accepted nor expired. */
  async invitations(db: EntityManager, viewer: Viewer, where: MemberScope, now: Date, locale: Locale): Promise<Invitation[]> {
    if ('organisationId' in where) await this.administeredOrganisation(db, viewer, where.organisationId);
    else await this.administeredUnit(db, viewer, where.unitId);
    const tokens = await db.find(AccountTokenEntity, {
      where: { ...where, purpose: 'INVITATION', usedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { createdAt: 'ASC' },
    });
    return Promise.all(tokens.map((token) => this.invitationOf(db, token, locale)));
  }

  /**
   * The role's scope, complete (a unit's organisation, an editor's group's unit and organisation),
   * if the viewer may grant it: a platform admin anything; an organisation admin roles within it;
   * a unit admin unit admins and editors of its unit; nobody but a platform admin a platform or
   * municipality role.
   */
  async grantable(db: EntityManager, viewer: Viewer, request: RoleScopeRequest): Promise<RoleScope> {
    const none = { organisationId: null, unitId: null, groupId: null, municipalityId: null };
    const need = (id: string | null | undefined): string => {
      if (!id) throw new AppError('MEMBERSHIP_SCOPE_INVALID');
      return id;
    };
    const platformOnly = () => {
      if (!viewer.scope.platformAdmin) throw new AppError('FORBIDDEN');
    };
    switch (request.role) {
      case 'PLATFORM_ADMIN':
        platformOnly();
        return { ...none, role: request.role };
      case 'MUNICIPALITY_EDITOR': {
        platformOnly();
        const municipality = await db.findOneBy(MunicipalityEntity, { id: need(request.municipalityId) });
        if (!municipality) throw new AppError('NOT_FOUND');
        return { ...none, role: request.role, municipalityId: municipality.id };
      }
      case 'ORGANISATION_ADMIN': {
        const organisation = await this.administeredOrganisation(db, viewer, need(request.organisationId));
        return { ...none, role: request.role, organisationId: organisation.id };
      }
      case 'UNIT_ADMIN': {
        const unit = await this.administeredUnit(db, viewer, need(request.unitId));
        return { ...none, role: request.role, organisationId: unit.organisationId, unitId: unit.id };
      }
      case 'EDITOR': {
        const group = await db.findOneBy(GroupEntity, { id: need(request.groupId) });
        if (!group) throw new AppError('NOT_FOUND');
        const mayGrant = isAdminOf(viewer, group.organisationId) || (group.unitId !== null && viewer.scope.unitIds.includes(group.unitId));
        if (!mayGrant) throw new AppError('FORBIDDEN');
        return { ...none, role: request.role, organisationId: group.organisationId, unitId: group.unitId, groupId: group.id };
      }
    }
  }

  /** Sends an invitation by e-mail: a single-use link, valid INVITATION_DAYS, that grants the role when accepted. */
  async invite(db: EntityManager, viewer: Viewer, request: RoleScopeRequest & { email: string }, { locale, mailLocale, now }: { locale: Locale; mailLocale: Locale; now: Date }): Promise<Invitation> {
    const scope = await this.grantable(db, viewer, request);
    const email = request.email.trim().toLowerCase();
    const token = newToken();
    // One invitation to a role per address: a new one replaces the links sent before, which stop working.
    await this.dropPendingInvitations(db, email, scope);
    const saved = await db.save(
      db.create(AccountTokenEntity, {
        ...scope,
        tokenHash: hashToken(token),
        purpose: 'INVITATION',
        email,
        createdBy: viewer.userId,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      }),
    );
    const inviter = await db.findOneByOrFail(UserEntity, { id: viewer.userId });
    const invitation = await this.invitationOf(db, saved, locale);
    // The names as the mail's reader reads them (a group's name is written per language).
    const mailed = mailLocale === locale ? invitation : await this.invitationOf(db, saved, mailLocale);
    await this.mailer.send({
      to: email,
      locale: mailLocale,
      template: 'invitation',
      values: {
        inviter: inviter.name,
        // An editor is invited to a group: named as the mail's reader reads it.
        organisation: mailed.groupName ?? mailed.unitName ?? mailed.organisationName ?? 'groupfinder',
        role: scope.role,
        link: `${this.dashboardUrl}/#/accept-invitation?token=${token}`,
        expires: saved.expiresAt,
      },
    });
    return invitation;
  }

  /** Gives a person who already has an account another role, within the viewer's scope. */
  async grant(db: EntityManager, viewer: Viewer, request: RoleScopeRequest & { userId: string }, locale: Locale): Promise<Membership> {
    const scope = await this.grantable(db, viewer, request);
    // Only people who already hold a role in the viewer's scope (or the viewer): no granting to strangers by id.
    const user = await db.findOneBy(UserEntity, { id: request.userId });
    if (!user || !(await this.isKnownTo(db, viewer, user.id))) throw new AppError('NOT_FOUND');
    const existing = await db.findOneBy(MembershipEntity, { userId: user.id, ...nullsAsIsNull(scope) });
    const membership = existing ?? (await db.save(db.create(MembershipEntity, { ...scope, userId: user.id })));
    return Membership.from(await db.findOneOrFail(MembershipEntity, { where: { id: membership.id }, relations: MEMBERSHIP_RELATIONS }), locale);
  }

  /** Deletes the links not yet used that invite `email` to this role and scope (sent before a new one, or besides one accepted). */
  async dropPendingInvitations(db: EntityManager, email: string, scope: RoleScope): Promise<void> {
    await db.delete(AccountTokenEntity, { purpose: 'INVITATION', usedAt: IsNull(), email, ...nullsAsIsNull(scope) });
  }

  /** Withdraws an invitation not yet accepted, within the viewer's scope: its link stops working. NOT_FOUND otherwise. */
  async withdrawInvitation(db: EntityManager, viewer: Viewer, invitationId: string): Promise<void> {
    const invitation = await db.findOneBy(AccountTokenEntity, { id: invitationId, purpose: 'INVITATION', usedAt: IsNull() });
    if (!invitation?.role) throw new AppError('NOT_FOUND');
    await this.grantable(db, viewer, { ...invitation, role: invitation.role });
    await db.delete(AccountTokenEntity, { id: invitation.id });
  }

  /**
   * Whether the person who sent an invitation may still grant its role (checked as it is accepted,
   * as the database owner): an invitation sent by someone who has since lost the right grants nothing.
   */
  async inviterMayStillGrant(system: EntityManager, invitation: AccountTokenEntity, scopeOf: (userId: string) => Promise<Viewer['scope']>): Promise<boolean> {
    if (!invitation.role || !invitation.createdBy) return false;
    const inviter: Viewer = { userId: invitation.createdBy, sessionId: '', secondFactor: true, scope: await scopeOf(invitation.createdBy) };
    try {
      await this.grantable(system, inviter, { ...invitation, role: invitation.role });
      return true;
    } catch (error) {
      if (error instanceof AppError) return false;
      throw error;
    }
  }

  /** Takes a role away. An organisation always keeps one organisation admin (LAST_ADMIN). */
  async revoke(db: EntityManager, viewer: Viewer, membershipId: string): Promise<void> {
    const membership = await db.findOne(MembershipEntity, { where: { id: membershipId }, relations: { organisation: true } });
    if (!membership) throw new AppError('NOT_FOUND');
    await this.grantable(db, viewer, membership);
    if (membership.role === 'ORGANISATION_ADMIN' && membership.organisationId) {
      // Locks the organisation's admins so that two admins revoking each other at once cannot both succeed.
      const admins = await db
        .createQueryBuilder(MembershipEntity, 'm')
        .where('m.organisation_id = :id AND m.role = :role', { id: membership.organisationId, role: 'ORGANISATION_ADMIN' })
        .setLock('pessimistic_write')
        .getMany();
      if (admins.length <= 1) throw new AppError('LAST_ADMIN', { organisation: membership.organisation?.name ?? '' });
    }
    await db.delete(MembershipEntity, { id: membership.id });
  }

  /**
   * Requires (or no longer requires) a second factor of the organisation's admins. An admin signed in
   * without one is refused switching it on (SECOND_FACTOR_FIRST): it would shut them out at once.
   */
  async setSecondFactorRequirement(db: EntityManager, viewer: Viewer, organisationId: string, required: boolean): Promise<OrganisationEntity> {
    const organisation = await this.administeredOrganisation(db, viewer, organisationId);
    if (required && !viewer.secondFactor && !viewer.scope.platformAdmin) throw new AppError('SECOND_FACTOR_FIRST');
    await db.update(OrganisationEntity, { id: organisation.id }, { requireSecondFactor: required });
    return { ...organisation, requireSecondFactor: required };
  }

  /**
   * Resets a person's second factor (a lost phone, the recovery codes used up): their app's codes
   * and their recovery codes stop working, their sessions end, and they are mailed who did it, to
   * sign in with their password and set one up again. A platform admin resets anyone's; an
   * organisation admin, that of a person whose roles all lie in organisations they administer
   * (not a platform admin's); nobody their own (they switch it off with a code). FORBIDDEN
   * otherwise, as for a person who does not exist; SECOND_FACTOR_NOT_ENABLED when there is none.
   * The database function reset_second_factor checks the caller again.
   */
  async resetSecondFactor(db: EntityManager, viewer: Viewer, userId: string, now: Date): Promise<boolean> {
    if (userId === viewer.userId) throw new AppError('FORBIDDEN');
    if (!viewer.scope.platformAdmin) {
      const roles = await db.findBy(MembershipEntity, { userId });
      const administered = roles.length > 0 && roles.every((role) => role.role !== 'PLATFORM_ADMIN' && role.organisationId !== null && viewer.scope.organisationIds.includes(role.organisationId));
      if (!administered) throw new AppError('FORBIDDEN');
    }
    const [row] = (await db.query(`SELECT reset_second_factor($1, $2) AS outcome`, [userId, now])) as { outcome: 'RESET' | 'NOT_ENABLED' | 'FORBIDDEN' }[];
    if (row?.outcome === 'NOT_ENABLED') throw new AppError('SECOND_FACTOR_NOT_ENABLED');
    if (row?.outcome !== 'RESET') throw new AppError('FORBIDDEN');
    const [person, admin] = await Promise.all([db.findOneByOrFail(UserEntity, { id: userId }), db.findOneByOrFail(UserEntity, { id: viewer.userId })]);
    afterCommit(db, () =>
      this.mailer.send({
        to: person.email,
        locale: isLocale(person.locale) ? person.locale : DEFAULT_LOCALE,
        template: 'secondFactorReset',
        values: { by: admin.name, changedAt: now, link: this.dashboardUrl },
      }),
    );
    return true;
  }

  /** Whether a person holds a role somewhere the viewer administers (or is the viewer). */
  private async isKnownTo(db: EntityManager, viewer: Viewer, userId: string): Promise<boolean> {
    if (viewer.scope.platformAdmin || viewer.userId === userId) return true;
    return db
      .createQueryBuilder(MembershipEntity, 'm')
      .where('m.user_id = :userId', { userId })
      .andWhere('(m.organisation_id = ANY(:organisations) OR m.unit_id = ANY(:units))', { organisations: viewer.scope.organisationIds, units: viewer.scope.unitIds })
      .getExists();
  }

  private async invitationOf(db: EntityManager, token: AccountTokenEntity, locale: Locale): Promise<Invitation> {
    const organisation = token.organisationId ? await db.findOneBy(OrganisationEntity, { id: token.organisationId }) : null;
    const unit = token.unitId ? await db.findOneBy(UnitEntity, { id: token.unitId }) : null;
    const group = token.groupId ? await db.findOne(GroupEntity, { where: { id: token.groupId }, relations: { organisation: true } }) : null;
    const role = token.role ?? 'EDITOR';
    return Object.assign(new Invitation(), {
      id: token.id,
      email: token.email,
      role,
      roleLabel: roleLabel(role, locale),
      organisationName: organisation?.name ?? null,
      unitName: unit?.name ?? null,
      groupName: group ? groupNameFor(group, locale) : null,
      expiresAt: token.expiresAt,
    });
  }
}

/** TypeORM matches `null` by leaving the column out: say IS NULL instead. */
function nullsAsIsNull(scope: RoleScope) {
  return Object.fromEntries(Object.entries(scope).map(([key, value]) => [key, value === null ? IsNull() : value]));
}
