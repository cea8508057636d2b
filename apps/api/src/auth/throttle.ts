import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../kernel/errors';
import { closeRedis, connectRedis, createLimiter, hashedKey } from '../kernel/rate-limit-store';

/** How many attempts are allowed, per what, in how long. */
export interface ThrottleLimits {
  /** Failed sign-ins (and failed second factors) per account; then the account waits. */
  failuresPerAccount: number;
  /** Failed sign-ins and password-reset requests per client address. */
  attemptsPerAddress: number;
  /** Password-reset mails per account: beyond this, requests are answered as usual but send nothing. */
  resetMailsPerAccount: number;
  /** The window of all three, in minutes. */
  windowMinutes: number;
  /** Requests to join a group and messages to one (askToJoin and writeToGroup, counted together) per client address … */
  joinRequestsPerAddress: number;
  /** … and per group, */
  joinRequestsPerGroup: number;
  /** in this many minutes. */
  joinWindowMinutes: number;
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = {
  failuresPerAccount: 5,
  attemptsPerAddress: 50,
  resetMailsPerAccount: 3,
  windowMinutes: 15,
  joinRequestsPerAddress: 10,
  joinRequestsPerGroup: 60,
  joinWindowMinutes: 60,
};

/**
 * Counts attempts at guessing passwords and codes, per account and per client address, and
 * requests to join a group, per client address and per group, in memory or, when several
 * processes serve the API, in Redis. Keys are keyed hashes: neither an address nor an IP is ever
 * stored in the clear.
 */
export interface Throttle {
  /** Throws TOO_MANY_ATTEMPTS {minutes} while the account or the address has used up its attempts. */
  checkSignIn(email: string, clientAddress: string): Promise<void>;
  /** Counts a failed attempt against both. */
  failed(email: string, clientAddress: string): Promise<void>;
  /** A successful sign-in: the account's count starts again. */
  succeeded(email: string): Promise<void>;
  /** Whether this is the first use of a person's authenticator code of this time step: a code works once, even within its minute. */
  firstUseOfCode(userId: string, timeStep: number): Promise<boolean>;
  /** Counts a password-reset request against the address (TOO_MANY_ATTEMPTS beyond it); says whether the account may be mailed again. */
  resetRequested(email: string, clientAddress: string): Promise<{ mayMail: boolean }>;
  /** Counts a request to join a group, or a message to one, against the address, then the group; TOO_MANY_ATTEMPTS {minutes} beyond either. */
  joinRequested(clientAddress: string, groupId: string): Promise<void>;
  close(): Promise<void>;
}

export interface ThrottleOptions {
  /** Redis for a throttle shared by every process; none: in this process's memory. */
  redisUrl?: string;
  limits?: Partial<ThrottleLimits>;
}

function keyOf(kind: 'account' | 'address' | 'group', value: string): string {
  return hashedKey(kind, value);
}

function minutesUntil(result: RateLimiterRes): number {
  return Math.max(1, Math.ceil(result.msBeforeNext / 60_000));
}

export function createThrottle({ redisUrl, limits: overrides = {} }: ThrottleOptions = {}): Throttle {
  const limits = { ...DEFAULT_THROTTLE_LIMITS, ...overrides };
  const duration = limits.windowMinutes * 60;
  const redis = redisUrl ? connectRedis(redisUrl, 'the sign-in throttle') : null;
  // While Redis is unreachable each process counts in its own memory (the insurance limiter) rather than failing sign-ins.
  const limiter = (keyPrefix: string, points: number, seconds = duration): RateLimiterAbstract => createLimiter(redis, { keyPrefix, points, duration: seconds });
  const accounts = limiter('groupfinder:sign-in:account', limits.failuresPerAccount);
  const addresses = limiter('groupfinder:sign-in:address', limits.attemptsPerAddress);
  const resetMails = limiter('groupfinder:reset:account', limits.resetMailsPerAccount);
  // A code is valid for three steps (one each side): remembering it for four is enough.
  const usedCodes = limiter('groupfinder:totp:used', 1, 120);
  const joinAddresses = limiter('groupfinder:join:address', limits.joinRequestsPerAddress, limits.joinWindowMinutes * 60);
  const joinGroups = limiter('groupfinder:join:group', limits.joinRequestsPerGroup, limits.joinWindowMinutes * 60);

  /** consume() rejects with the RateLimiterRes when the points are used up, and with an Error when the store fails. */
  const consume = async (target: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> => {
    try {
      await target.consume(key);
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return rejection;
      throw rejection;
    }
  };
  const usedUp = async (target: RateLimiterAbstract, key: string, points: number) => {
    const state = await target.get(key);
    return state && state.consumedPoints >= points ? state : null;
  };

  return {
    async checkSignIn(email, clientAddress) {
      const blocked =
        (await usedUp(accounts, keyOf('account', email), limits.failuresPerAccount)) ??
        (await usedUp(addresses, keyOf('address', clientAddress), limits.attemptsPerAddress));
      if (blocked) throw new AppError('TOO_MANY_ATTEMPTS', { minutes: minutesUntil(blocked) });
    },
    async failed(email, clientAddress) {
      await consume(accounts, keyOf('account', email));
      await consume(addresses, keyOf('address', clientAddress));
    },
    async succeeded(email) {
      await accounts.delete(keyOf('account', email));
    },
    async firstUseOfCode(userId, timeStep) {
      return (await consume(usedCodes, `${userId}:${timeStep}`)) === null;
    },
    async resetRequested(email, clientAddress) {
      const blocked = await consume(addresses, keyOf('address', clientAddress));
      if (blocked) throw new AppError('TOO_MANY_ATTEMPTS', { minutes: minutesUntil(blocked) });
      return { mayMail: (await consume(resetMails, keyOf('account', email))) === null };
    },
    async joinRequested(clientAddress, groupId) {
      // An address stopped costs the group nothing: one sender cannot use up a group's requests alone.
      const blocked = (await consume(joinAddresses, keyOf('address', clientAddress))) ?? (await consume(joinGroups, keyOf('group', groupId)));
      if (blocked) throw new AppError('TOO_MANY_ATTEMPTS', { minutes: minutesUntil(blocked) });
    },
    async close() {
      if (redis) await closeRedis(redis);
    },
  };
}
