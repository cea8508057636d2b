import { LIMITS } from '@groupfinder/domain';
import { isLocale, type Locale } from '@groupfinder/translations';
import type { EntityManager } from 'typeorm';
import { signedIn } from '../kernel/access';
import type { Context } from '../kernel/context';
import { AppError } from '../kernel/errors';
import { logger } from '../kernel/logger';
import { MailNotSentError, type Mailer, type MailMessage } from '../mail/mailer';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UnitEntity } from '../units/unit.entity';
import { MembershipEntity } from '../users/membership.entity';
import { MEMBERSHIP_RELATIONS, Membership, roleLabel } from '../users/membership.type';
import type { MembershipService } from '../users/membership.service';
import { UserEntity } from '../users/user.entity';
import { AccountTokenEntity, type AccountTokenPurpose } from './account-token.entity';
import { InvitationPreview } from './invitation-preview.type';
import { GroupEntity } from '../groups/group.entity';
import { groupNameFor } from '../joining/notify';
import { Me, SessionInfo } from './me.type';
import { checkNewPassword, hashPassword, verifyAgainstNobody, verifyPassword } from './passwords';
import { afterCommit } from '../kernel/after-commit';
import { SessionEntity } from './session.entity';
import type { KeyRing } from '../privacy/sealed';
import { hashRecoveryCode, looksLikeTotp, newRecoveryCodes, newTotpSecret, otpauthUrl, qrCodeSvg, secretPlace, totpStep } from './second-factor';
import { RecoveryCodes, SecondFactorEnrolment } from './second-factor.type';
import { hashToken, newToken, type SessionService } from './session.service';
import type { Throttle } from './throttle';

/** A password-reset link works this long, once. */
export const PASSWORD_RESET_MINUTES = 60;

export interface AuthServiceOptions {
  sessions: SessionService;
  throttle: Throttle;
  mailer: Mailer;
  /** Links in mails lead here. */
  dashboardUrl: string;
  /** Seals the authenticator app's secrets at rest. */
  keys: KeyRing;
  /** Who may grant a role: an invitation is honoured only while its sender still may. */
  memberships: MembershipService;
}

/** How a person proves who they are: the password (and second factor), a reset link, an invitation link. */
interface Credentials {
  password: string;
  code?: string | null;
}

/** Addresses are compared in lower case, as stored. */
function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Signing in and out, sessions, the second factor, password resets and accepting invitations.
 * Before anyone is known, reads and writes go through `context.asSystem` (row-level security
 * cannot apply to a person not yet known), kept to the rows the token or address names; after
 * sign-in the request becomes the person's and uses `context.db`. No answer says whether an
 * address has an account: an unknown one costs the same password check and gets the same error.
 */
export class AuthService {
  constructor(private readonly options: AuthServiceOptions) {}

  /** The signed-in person, or null. */
  async me(context: Context): Promise<Me | null> {
    const viewer = context.viewer;
    if (!viewer) return null;
    const user = await context.db.findOneByOrFail(UserEntity, { id: viewer.userId });
    return Me.from(user, { id: viewer.sessionId, secondFactor: viewer.secondFactor });
  }

  async signIn(context: Context, input: { email: string } & Credentials): Promise<Me> {
    const email = normalizeEmail(input.email);
    await this.options.throttle.checkSignIn(email, context.http.clientAddress);
    const found = await context.asSystem((system) => system.findOneBy(UserEntity, { email }));
    const { user, secondFactor } = await this.checkCredentials(context, email, found, input);
    return this.startSession(context, user, secondFactor);
  }

  /** Ends this browser's session. */
  async signOut(context: Context): Promise<boolean> {
    const viewer = signedIn(context);
    await this.options.sessions.revoke(context.db, viewer.userId, context.now, viewer.sessionId);
    await this.leave(context);
    return true;
  }

  /** Ends every session of the person, this one included. */
  async signOutEverywhere(context: Context): Promise<boolean> {
    const viewer = signedIn(context);
    await this.options.sessions.revoke(context.db, viewer.userId, context.now);
    await this.leave(context);
    return true;
  }

  /** Ends one of the person's own sessions (NOT_FOUND for any other). */
  async revokeSession(context: Context, sessionId: string): Promise<boolean> {
    const viewer = signedIn(context);
    const ended = await this.options.sessions.revoke(context.db, viewer.userId, context.now, sessionId);
    if (ended === 0) throw new AppError('NOT_FOUND');
    if (sessionId === viewer.sessionId) await this.leave(context);
    return true;
  }

  async sessions(context: Context, me: Me): Promise<SessionInfo[]> {
    return (await this.options.sessions.active(context.db, me.id, context.now)).map((session) => SessionInfo.from(session, me.sessionId));
  }

  /** How many minutes unused end a session (any request uses it). */
  sessionIdleMinutes(): number {
    return this.options.sessions.lifetimes.idleMinutes;
  }

  /** When this request's session ends however active it is (SESSION_ABSOLUTE_HOURS after sign-in). */
  async sessionEndsAt(context: Context, me: Me): Promise<Date> {
    return (await context.db.findOneByOrFail(SessionEntity, { id: me.sessionId })).expiresAt;
  }

  async memberships(context: Context, me: Me): Promise<Membership[]> {
    const memberships = await context.db.find(MembershipEntity, {
      where: { userId: me.id },
      relations: MEMBERSHIP_RELATIONS,
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return memberships.map((membership) => Membership.from(membership, context.locale));
  }

  /** An organisation of theirs requires a second factor, and this session was signed in without one. */
  async secondFactorRequired(context: Context, me: Me): Promise<boolean> {
    if (me.sessionSecondFactor) return false;
    const [row] = await context.db.query(
      `SELECT EXISTS (
         SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id
         WHERE m.user_id = $1 AND o.require_second_factor) AS required`,
      [me.id],
    );
    return row?.required === true;
  }

  /** A new secret for the authenticator app, kept pending until a code from it confirms it. */
  async startSecondFactorEnrolment(context: Context): Promise<SecondFactorEnrolment> {
    const viewer = signedIn(context);
    const user = await context.db.findOneByOrFail(UserEntity, { id: viewer.userId });
    // Replacing a confirmed secret would switch the second factor off until the new one is confirmed.
    if (user.totpEnabledAt) throw new AppError('SECOND_FACTOR_ALREADY_ENABLED');
    const secret = newTotpSecret();
    await context.db.update(UserEntity, { id: user.id }, { totpSecretSealed: this.options.keys.seal(secret, secretPlace(user.id)) });
    const url = otpauthUrl(secret, user.email);
    return Object.assign(new SecondFactorEnrolment(), { secret, otpauthUrl: url, qrCodeSvg: await qrCodeSvg(url) });
  }

  /**
   * Switches the second factor on with a code from the app, hands out the recovery codes (this
   * once), and counts this session as signed in with it, with the scope that opens.
   */
  async confirmSecondFactor(context: Context, code: string): Promise<RecoveryCodes> {
    const viewer = signedIn(context);
    const user = await context.db.findOneByOrFail(UserEntity, { id: viewer.userId });
    // Not INVALID_SECOND_FACTOR, whose words offer a recovery code: there is none until this succeeds.
    if (user.totpEnabledAt || !(await this.freshTotp(user, code, context.now))) throw new AppError('INVALID_SETUP_CODE');
    const codes = newRecoveryCodes();
    await context.db.update(UserEntity, { id: user.id }, { totpEnabledAt: context.now, recoveryCodeHashes: codes.map(hashRecoveryCode) });
    await this.options.sessions.markSecondFactor(context.db, viewer.sessionId);
    // Sessions elsewhere signed in with the password alone end: whoever knows the password is out too.
    await this.options.sessions.revokePasswordOnly(context.db, viewer.userId, context.now, viewer.sessionId);
    const scope = await context.asSystem((system) => this.options.sessions.scopeOf(system, viewer.userId, true));
    await context.becomeViewer({ ...viewer, secondFactor: true, scope });
    return Object.assign(new RecoveryCodes(), { codes });
  }

  /**
   * Mails a single-use link for choosing a new password, when the address has an account. Always
   * answers the same; the mail goes out after the answer, so that its time tells nothing either.
   */
  async requestPasswordReset(context: Context, emailAsTyped: string): Promise<boolean> {
    const email = normalizeEmail(emailAsTyped);
    const { mayMail } = await this.options.throttle.resetRequested(email, context.http.clientAddress);
    const user = await context.asSystem((system) => system.findOneBy(UserEntity, { email }));
    if (!user || !mayMail) return true;
    const token = newToken();
    const expires = new Date(context.now.getTime() + PASSWORD_RESET_MINUTES * 60_000);
    await context.asSystem((system) =>
      system.insert(AccountTokenEntity, { tokenHash: hashToken(token), purpose: 'PASSWORD_RESET', email: user.email, userId: user.id, expiresAt: expires }),
    );
    this.sendLater({
      to: user.email,
      locale: localeOf(user, context.locale),
      template: 'passwordReset',
      values: { link: `${this.options.dashboardUrl}/#/reset-password?token=${encodeURIComponent(token)}`, expires },
    });
    return true;
  }

  /**
   * Sets a new password with a reset link: the link and any other unused one of the account stop
   * working, every session of the account ends, and the owner is told by mail.
   */
  async resetPassword(context: Context, token: string, password: string): Promise<boolean> {
    const link = await this.validToken(context, 'PASSWORD_RESET', token);
    if (!link?.userId) throw new AppError('INVALID_TOKEN');
    checkNewPassword(password);
    const passwordHash = await hashPassword(password);
    const userId = link.userId;
    const user = await context.asSystem(async (system) => {
      await this.useToken(system, link, context.now);
      await system
        .createQueryBuilder()
        .update(AccountTokenEntity)
        .set({ usedAt: context.now })
        .where(`user_id = :userId AND purpose = 'PASSWORD_RESET' AND used_at IS NULL`, { userId })
        .execute();
      await system.update(UserEntity, { id: userId }, { passwordHash });
      await this.options.sessions.revoke(system, userId, context.now);
      return system.findOneByOrFail(UserEntity, { id: userId });
    });
    if (context.viewer?.userId === userId) await this.leave(context);
    // Whoever was locked out by wrong guesses can sign in with the new password at once.
    await this.options.throttle.succeeded(user.email);
    this.tellOfChange(context, user, 'passwordChanged');
    return true;
  }

  /** Whether a password-reset link can still be used. */
  async passwordResetLinkValid(context: Context, token: string): Promise<boolean> {
    return (await this.validToken(context, 'PASSWORD_RESET', token)) !== null;
  }

  /** What an invitation link offers, or null when it is unknown, used, expired or withdrawn, or its sender may no longer grant it. */
  async invitation(context: Context, token: string): Promise<InvitationPreview | null> {
    const invitation = await this.validInvitation(context, token);
    if (!invitation?.role) return null;
    const { organisation, unit, group, existingAccount } = await context.asSystem(async (system) => ({
      organisation: invitation.organisationId ? await system.findOneBy(OrganisationEntity, { id: invitation.organisationId }) : null,
      unit: invitation.unitId ? await system.findOneBy(UnitEntity, { id: invitation.unitId }) : null,
      group: invitation.groupId ? await system.findOne(GroupEntity, { where: { id: invitation.groupId }, relations: { organisation: true } }) : null,
      existingAccount: await system.existsBy(UserEntity, { email: invitation.email }),
    }));
    return Object.assign(new InvitationPreview(), {
      email: invitation.email,
      role: invitation.role,
      roleLabel: roleLabel(invitation.role, context.locale),
      organisationName: organisation?.name ?? null,
      unitName: unit?.name ?? null,
      groupName: group ? groupNameFor(group, context.locale) : null,
      existingAccount,
    });
  }

  /**
   * Accepts an invitation: a new address gets an account with the name and password given; an
   * existing account proves itself with its own password (and second factor). Either way the role
   * is granted, the link is used up, and the person is signed in.
   */
  async acceptInvitation(context: Context, input: { token: string; name?: string | null } & Credentials): Promise<Me> {
    const invitation = await this.validInvitation(context, input.token);
    const role = invitation?.role;
    if (!invitation || !role) throw new AppError('INVALID_TOKEN');
    const existing = await context.asSystem((system) => system.findOneBy(UserEntity, { email: invitation.email }));
    let user: UserEntity;
    let secondFactor = false;
    if (existing) {
      await this.options.throttle.checkSignIn(existing.email, context.http.clientAddress);
      ({ user, secondFactor } = await this.checkCredentials(context, existing.email, existing, input));
    } else {
      const name = input.name?.trim() ?? '';
      if (name.length === 0 || name.length > LIMITS.nameMaxLength) throw new AppError('NAME_INVALID', { max: LIMITS.nameMaxLength });
      checkNewPassword(input.password);
      const passwordHash = await hashPassword(input.password);
      user = await context.asSystem((system) =>
        system.save(
          system.create(UserEntity, { email: invitation.email, name, passwordHash, locale: context.locale, totpSecretSealed: null, totpEnabledAt: null, recoveryCodeHashes: [], isDemo: false }),
        ),
      );
    }
    await context.asSystem(async (system) => {
      await this.useToken(system, invitation, context.now);
      const { organisationId, unitId, groupId, municipalityId } = invitation;
      // Other links to the same role for the same address (sent before one replaced them) are used up with it.
      await this.options.memberships.dropPendingInvitations(system, invitation.email, { role, organisationId, unitId, groupId, municipalityId });
      // Holding the role already is no error: the invitation is simply used up.
      await system.createQueryBuilder().insert().into(MembershipEntity).values({ userId: user.id, role, organisationId, unitId, groupId, municipalityId }).orIgnore().execute();
    });
    return this.startSession(context, user, secondFactor);
  }

  /**
   * Switches the signed-in person's second factor off, once their password and a code (or a
   * recovery code) prove it is them; their recovery codes go with it. They are mailed that it was,
   * with the way to a new password should it not have been them. An organisation that requires a
   * second factor asks them to set one up again (secondFactorRequired).
   */
  async switchOffSecondFactor(context: Context, input: { password: string; code: string }): Promise<boolean> {
    const user = await this.provenSecondFactorOwner(context, input);
    await context.db.update(UserEntity, { id: user.id }, { totpSecretSealed: null, totpEnabledAt: null, recoveryCodeHashes: [] });
    afterCommit(context.db, () => this.tellOfChange(context, user, 'secondFactorOff'));
    return true;
  }

  /** New recovery codes for the signed-in person, shown this once, once their password and a code prove it is them: the old ones stop working. */
  async renewRecoveryCodes(context: Context, input: { password: string; code: string }): Promise<RecoveryCodes> {
    const user = await this.provenSecondFactorOwner(context, input);
    const codes = newRecoveryCodes();
    await context.db.update(UserEntity, { id: user.id }, { recoveryCodeHashes: codes.map(hashRecoveryCode) });
    return Object.assign(new RecoveryCodes(), { codes });
  }

  /** The signed-in person, whose second factor is on, once their password (WRONG_PASSWORD) and a code (INVALID_SECOND_FACTOR) are right; each failure counts towards the throttle. */
  private async provenSecondFactorOwner(context: Context, { password, code }: { password: string; code: string }): Promise<UserEntity> {
    const viewer = signedIn(context);
    const user = await context.db.findOneByOrFail(UserEntity, { id: viewer.userId });
    if (!user.totpEnabledAt) throw new AppError('SECOND_FACTOR_NOT_ENABLED');
    const { throttle } = this.options;
    await throttle.checkSignIn(user.email, context.http.clientAddress);
    if (!(await verifyPassword(user.passwordHash, password))) {
      await throttle.failed(user.email, context.http.clientAddress);
      throw new AppError('WRONG_PASSWORD');
    }
    if (!(await this.secondFactorMatches(context, user, code.trim()))) {
      await throttle.failed(user.email, context.http.clientAddress);
      throw new AppError('INVALID_SECOND_FACTOR');
    }
    // As a sign-in that succeeds: the account's count of failures starts again.
    await throttle.succeeded(user.email);
    return user;
  }

  /**
   * Checks the password (and, once it is on, the second factor) of an address; the throttle counts
   * each failure. Says whether a second factor was given. Unknown addresses cost the same check.
   */
  private async checkCredentials(
    context: Context,
    email: string,
    user: UserEntity | null,
    { password, code }: Credentials,
  ): Promise<{ user: UserEntity; secondFactor: boolean }> {
    const { throttle } = this.options;
    const passwordMatches = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNobody(password);
    if (!user || !passwordMatches) {
      await throttle.failed(email, context.http.clientAddress);
      throw new AppError('INVALID_CREDENTIALS');
    }
    let secondFactor = false;
    if (user.totpEnabledAt) {
      const given = code?.trim();
      if (!given) throw new AppError('SECOND_FACTOR_REQUIRED');
      if (!(await this.secondFactorMatches(context, user, given))) {
        await throttle.failed(email, context.http.clientAddress);
        throw new AppError('INVALID_SECOND_FACTOR');
      }
      secondFactor = true;
    }
    await throttle.succeeded(email);
    return { user, secondFactor };
  }

  /** A code from the app, or an unused recovery code, which is then used up (atomically: two sign-ins cannot share one). */
  private async secondFactorMatches(context: Context, user: UserEntity, code: string): Promise<boolean> {
    if (looksLikeTotp(code)) return this.freshTotp(user, code, context.now);
    const hash = hashRecoveryCode(code);
    if (!user.recoveryCodeHashes.includes(hash)) return false;
    const used = await context.asSystem((system) =>
      system
        .createQueryBuilder()
        .update(UserEntity)
        .set({ recoveryCodeHashes: () => 'array_remove(recovery_code_hashes, :hash)' })
        .where('id = :id AND :hash = ANY (recovery_code_hashes)', { id: user.id, hash })
        .execute(),
    );
    return (used.affected ?? 0) > 0;
  }

  /**
   * A right code from the person's app that has not been used before (an overheard code does not
   * work twice), nor is older than one used (RFC 6238, 5.2: the codes of the steps before it are used up with it).
   */
  private async freshTotp(user: UserEntity, code: string, now: Date): Promise<boolean> {
    if (user.totpSecretSealed === null) return false;
    const step = await totpStep(this.options.keys.open(user.totpSecretSealed, secretPlace(user.id)), code, now);
    const { throttle } = this.options;
    if (step === null || !(await throttle.firstUseOfCode(user.id, step))) return false;
    // The drift allowed is one step each way: a code two steps older is already refused at any later moment.
    for (const older of [step - 1, step - 2]) await throttle.firstUseOfCode(user.id, older);
    return true;
  }

  /**
   * A new session, its cookie, and the rest of the request as the person. The session this browser
   * had (someone else's, or theirs) ends: its cookie is replaced, and it would stay open unseen.
   */
  private async startSession(context: Context, user: UserEntity, secondFactor: boolean): Promise<Me> {
    const { sessions } = this.options;
    const before = context.viewer;
    const { token, session, scope } = await context.asSystem(async (system) => {
      if (before) await sessions.revoke(system, before.userId, context.now, before.sessionId);
      return { ...(await sessions.start(system, user, secondFactor, context.now)), scope: await sessions.scopeOf(system, user.id, secondFactor) };
    });
    await context.becomeViewer({ userId: user.id, sessionId: session.id, secondFactor, scope });
    context.http.setSessionCookie(token, session.expiresAt);
    // Mails follow the language the person uses the dashboard in.
    if (user.locale !== context.locale) await context.db.update(UserEntity, { id: user.id }, { locale: context.locale });
    return Me.from(user, session);
  }

  /** The browser is signed out for the rest of this request and after it. */
  private async leave(context: Context): Promise<void> {
    context.http.clearSessionCookie();
    await context.becomeViewer(null);
  }

  /** The unused, unexpired token of this purpose, or null. */
  /** An invitation that can be accepted: valid, and its sender may still grant its role (they may have lost it since). */
  private async validInvitation(context: Context, token: string): Promise<AccountTokenEntity | null> {
    const invitation = await this.validToken(context, 'INVITATION', token);
    if (!invitation) return null;
    const { memberships, sessions } = this.options;
    const honoured = await context.asSystem((system) => memberships.inviterMayStillGrant(system, invitation, (userId) => sessions.scopeOf(system, userId, true)));
    return honoured ? invitation : null;
  }

  private async validToken(context: Context, purpose: AccountTokenPurpose, token: string): Promise<AccountTokenEntity | null> {
    const found = await context.asSystem((system) => system.findOneBy(AccountTokenEntity, { tokenHash: hashToken(token), purpose }));
    return found && !found.usedAt && found.expiresAt > context.now ? found : null;
  }

  /** Marks a token used; INVALID_TOKEN when a request at the same moment used it first. */
  private async useToken(system: EntityManager, token: AccountTokenEntity, now: Date): Promise<void> {
    const result = await system
      .createQueryBuilder()
      .update(AccountTokenEntity)
      .set({ usedAt: now })
      .where('id = :id AND used_at IS NULL', { id: token.id })
      .execute();
    if (!result.affected) throw new AppError('INVALID_TOKEN');
  }

  /** Mails a person that their account's password or second factor changed, with the way to a new password should it not have been them. */
  private tellOfChange(context: Context, user: UserEntity, template: 'passwordChanged' | 'secondFactorOff'): void {
    this.sendLater({ to: user.email, locale: localeOf(user, context.locale), template, values: { changedAt: context.now, link: `${this.options.dashboardUrl}/#/forgot-password` } });
  }

  /** Sends after the answer; a failure is logged with the transport's code only, never the address. */
  private sendLater(message: MailMessage): void {
    void this.options.mailer.send(message).catch((error: unknown) => {
      logger('mail').error('a mail could not be sent', { template: message.template, reason: error instanceof MailNotSentError ? error.reason : 'UNKNOWN' });
    });
  }
}

function localeOf(user: UserEntity, fallback: Locale): Locale {
  return isLocale(user.locale) ? user.locale : fallback;
}
