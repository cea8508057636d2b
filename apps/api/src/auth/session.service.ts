import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EMPTY_SCOPE, type Scope, type Viewer } from '../kernel/context';
import { MembershipEntity } from '../users/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';

export interface SessionLifetimes {
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in, however active. */
  absoluteHours: number;
}

/** A token for a cookie or a link: 256 random bits, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a token: its SHA-256 (the token itself has enough entropy that no salt is needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** last_seen_at is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export class SessionService {
  constructor(readonly lifetimes: SessionLifetimes) {}

  /**
   * The person a session token belongs to, with their scope, or null when the token is unknown,
   * revoked, idle too long or past its absolute end. Runs as the database owner (`system`): nobody
   * is known yet.
   */
  async viewerFor(system: EntityManager, token: string, now: Date): Promise<Viewer | null> {
    const session = await system.getRepository(SessionEntity).findOneBy({ tokenHash: hashToken(token) });
    if (!session || session.revokedAt || session.expiresAt <= now) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > this.lifetimes.idleMinutes * 60_000) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await system.update(SessionEntity, { id: session.id }, { lastSeenAt: now });
    }
    return { userId: session.userId, sessionId: session.id, secondFactor: session.secondFactor, scope: await this.scopeOf(system, session.userId, session.secondFactor) };
  }

  /**
   * What a person administers. An organisation that requires a second factor grants nothing of
   * itself or its units to a session signed in without one.
   */
  async scopeOf(system: EntityManager, userId: string, secondFactor: boolean): Promise<Scope> {
    const memberships = await system.getRepository(MembershipEntity).findBy({ userId });
    const strict = secondFactor
      ? new Set<string>()
      : new Set((await system.getRepository(OrganisationEntity).findBy({ requireSecondFactor: true })).map((organisation) => organisation.id));
    const allowed = memberships.filter((membership) => !membership.organisationId || !strict.has(membership.organisationId));
    const ids = (role: MembershipEntity['role'], key: 'organisationId' | 'unitId' | 'groupId' | 'municipalityId') =>
      allowed.filter((membership) => membership.role === role).map((membership) => membership[key] as string);
    return {
      ...EMPTY_SCOPE,
      platformAdmin: allowed.some((membership) => membership.role === 'PLATFORM_ADMIN'),
      organisationIds: ids('ORGANISATION_ADMIN', 'organisationId'),
      unitIds: ids('UNIT_ADMIN', 'unitId'),
      groupIds: ids('EDITOR', 'groupId'),
      municipalityIds: ids('MUNICIPALITY_EDITOR', 'municipalityId'),
    };
  }

  /** Starts a session for a person whose password (and second factor) were just checked. */
  async start(system: EntityManager, user: UserEntity, secondFactor: boolean, now: Date): Promise<{ token: string; session: SessionEntity }> {
    const token = newToken();
    const session = await system.getRepository(SessionEntity).save({
      tokenHash: hashToken(token),
      userId: user.id,
      secondFactor,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.lifetimes.absoluteHours * 3_600_000),
      revokedAt: null,
    });
    return { token, session };
  }

  /** A person's sessions that still let them in at `now`, newest first. */
  async active(db: EntityManager, userId: string, now: Date): Promise<SessionEntity[]> {
    return db
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .where('session.user_id = :userId AND session.revoked_at IS NULL AND session.expires_at > :now AND session.last_seen_at > :idleSince', {
        userId,
        now,
        idleSince: new Date(now.getTime() - this.lifetimes.idleMinutes * 60_000),
      })
      .orderBy('session.created_at', 'DESC')
      .addOrderBy('session.id', 'DESC')
      .getMany();
  }

  /** Ends one session of a person (or every one, without `sessionId`); says how many were still open. */
  async revoke(db: EntityManager, userId: string, now: Date, sessionId?: string): Promise<number> {
    const result = await db
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: now })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .andWhere(sessionId ? 'id = :sessionId' : 'true', { sessionId })
      .execute();
    return result.affected ?? 0;
  }

  /** Ends a person's sessions signed in with the password alone, but `keep`: once they have a second factor, a password alone keeps nobody in. */
  async revokePasswordOnly(db: EntityManager, userId: string, now: Date, keep: string): Promise<number> {
    const result = await db
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: now })
      .where('user_id = :userId AND revoked_at IS NULL AND NOT second_factor AND id <> :keep', { userId, keep })
      .execute();
    return result.affected ?? 0;
  }

  /** The session has now been confirmed with a second factor as well. */
  async markSecondFactor(db: EntityManager, sessionId: string): Promise<void> {
    await db.update(SessionEntity, { id: sessionId }, { secondFactor: true });
  }
}
