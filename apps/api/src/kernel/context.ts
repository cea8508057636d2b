import type { Locale } from '@groupfinder/translations';
import type { EntityManager } from 'typeorm';
import type { PublicEmbed } from '../embeds/embed-access';

/**
 * What a signed-in person administers, read from their memberships at the start of each request.
 * The same lists go to PostgreSQL (`SET LOCAL app.*`), whose row-level security enforces them again.
 */
export interface Scope {
  platformAdmin: boolean;
  /** Organisations administered whole (with all their units, groups and users). */
  organisationIds: string[];
  /** Units administered. */
  unitIds: string[];
  /** Groups assigned to an editor. */
  groupIds: string[];
  /** Municipalities whose embeds are edited. */
  municipalityIds: string[];
}

export const EMPTY_SCOPE: Scope = { platformAdmin: false, organisationIds: [], unitIds: [], groupIds: [], municipalityIds: [] };

/** Who is asking: a signed-in person and their session. */
export interface Viewer {
  userId: string;
  sessionId: string;
  /** Signed in with a second factor as well as the password. */
  secondFactor: boolean;
  scope: Scope;
}

/**
 * Who makes a change: a signed-in person, or the platform itself (the demo data's loader), whose
 * changes are recorded as made by no one.
 */
export type Author = Pick<Viewer, 'scope'> & { userId: string | null };

/** The platform as an author: may do everything, as the database owner does. */
export const PLATFORM_AUTHOR: Author = { userId: null, scope: { ...EMPTY_SCOPE, platformAdmin: true } };

/** The HTTP exchange, for what must cross it: the session cookie and the client's address (never logged). */
export interface HttpExchange {
  /** The session token from the request's cookie, if any. */
  readonly sessionToken: string | null;
  /** The client's address, used only as a rate-limit key. */
  readonly clientAddress: string;
  /** GET or POST: what a GET answers may be kept by a cache, so operations carrying a personal token refuse it. */
  readonly method: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  /** The answer holds something made for this request only (a form token): no cache may keep it, even a public GET's. */
  keepFromCaches(): void;
  /** Whether keepFromCaches was called. */
  readonly keptFromCaches: boolean;
}

export interface Context {
  /** The caller's language, decided once per operation (see the locale plugin). */
  locale: Locale;
  viewer: Viewer | null;
  /**
   * The request's unit of work: one transaction, under the application role, with the viewer's scope
   * set for row-level security. Committed when the response is sent; rolled back when a mutation fails.
   */
  db: EntityManager;
  /**
   * The same transaction as the database owner, bypassing row-level security. Only for what must
   * happen before anyone is known (checking a password, a session, an invitation's token).
   */
  asSystem<T>(work: (db: EntityManager) => Promise<T>): Promise<T>;
  /** Switches the transaction to a person just signed in (for the rest of this request). */
  becomeViewer(viewer: Viewer | null): Promise<void>;
  /** The request's clock. */
  now: Date;
  http: HttpExchange;
  /** The embed the request is made through (`?embed=<key>`, checked by embedGate); null for none. */
  embed: PublicEmbed | null;
}
