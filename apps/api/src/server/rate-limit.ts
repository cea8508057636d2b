import { isIPv6 } from 'node:net';
import type { Request, RequestHandler } from 'express';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { closeRedis, connectRedis, createLimiter, hashedKey, whenReady } from '../kernel/rate-limit-store';
import { refuse } from './load-shedding';

/** How many requests a client may send to /graphql (see README, Configuration). */
export interface RateLimitOptions {
  /** Requests per minute per client address (RATE_LIMIT_PER_MINUTE); 0: no limit. */
  perMinute: number;
  /** Count in this Redis, together with every other process of the API; none: in this process's memory. */
  redisUrl?: string;
  /** Where the counts live in Redis; tests take one of their own. */
  keyPrefix?: string;
}

/** Whom a request is counted against: a budget (how much it may send) and its key within it. */
export interface RateLimitSubject {
  budget: 'address';
  key: string;
}

/**
 * An address as a rate-limit key: IPv4 as it is (also when written IPv6-mapped), IPv6 by its /64,
 * which one household, phone or server usually holds whole and could otherwise rotate through.
 */
export function networkOf(address: string): string {
  const bare = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(bare)) return bare;
  const [head = '', tail = ''] = bare.split('::');
  const left = head ? head.split(':') : [];
  // An embedded IPv4 (the last 32 bits) stands for two groups.
  const right = tail ? tail.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [];
  const groups = bare.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * Every request counts against its client's network: the address Express gives (`trust proxy`
 * decides which X-Forwarded-For entry that is). Partner keys come in here: a request with a valid
 * key will return `{ budget: 'partner', key: <the key's id> }`, and `rateLimit` will give that
 * budget its own limiter (a limit per partner), leaving the visitors' budget as it is.
 */
export function subjectOf(request: Request): RateLimitSubject {
  return { budget: 'address', key: networkOf(request.ip ?? request.socket.remoteAddress ?? 'unknown') };
}

export interface RateLimit {
  /** Refuses a client over its budget (429, Retry-After, RATE_LIMITED) before its request is read. */
  middleware: RequestHandler;
  close(): Promise<void>;
}

/**
 * Requests per client per minute, counted in Redis when it is configured (every process of the
 * API shares the count), else in this process's memory. Fails open: with Redis down or slow, each
 * process counts in its own memory until it is back (see createLimiter), so that nobody is refused,
 * or kept waiting, because a store is missing.
 */
export async function rateLimit({ perMinute, redisUrl, keyPrefix = 'groupfinder:requests' }: RateLimitOptions, messageOf: (request: Request, seconds: number) => string): Promise<RateLimit> {
  if (perMinute <= 0) return { middleware: (_request, _response, next) => next(), close: async () => undefined };
  const redis = redisUrl ? connectRedis(redisUrl, 'the request rate limit') : null;
  // Counted in Redis from the first request; a Redis that is down delays the start by 2 s at most, and is then logged.
  if (redis) await whenReady(redis, 2000);
  const budgets: Record<RateLimitSubject['budget'], RateLimiterAbstract> = {
    // A client over its budget is refused from memory until its minute is over: a flood does not become a flood of Redis calls.
    address: createLimiter(redis, { keyPrefix: `${keyPrefix}:address`, points: perMinute, duration: 60, blockInMemory: true, failFast: true }),
  };
  let failureReported = false;
  const middleware: RequestHandler = (request, response, next) => {
    const { budget, key } = subjectOf(request);
    budgets[budget].consume(hashedKey(budget, key)).then(
      () => next(),
      (rejection: unknown) => {
        if (rejection instanceof RateLimiterRes) {
          const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
          refuse(response, 429, seconds, 'RATE_LIMITED', messageOf(request, seconds));
          return;
        }
        // Fail open: while Redis is down or slow the limiter counts in memory (createLimiter); should even
        // that fail, every client is served rather than every client refused. Said once, without the key.
        if (!failureReported) {
          failureReported = true;
          console.error(`[api] the request rate limit failed (${rejection instanceof Error ? rejection.name : typeof rejection}); serving without it`);
        }
        next();
      },
    );
  };
  return {
    middleware,
    close: async () => {
      if (redis) await closeRedis(redis);
    },
  };
}
