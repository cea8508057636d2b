import { createHmac } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * What the sign-in throttle and the request rate limit share: where they count (Redis, or this
 * process's memory) and how their keys are written.
 */

/**
 * The key of a rate-limit entry: HMAC-SHA256 of the kind and the lower-cased value. Its key is
 * fixed, not secret, so that every process and restart agrees; it keeps plain addresses out of
 * Redis and memory dumps, which is all a hash of a guessable address can do.
 */
export function hashedKey(kind: string, value: string): string {
  return createHmac('sha256', 'groupfinder rate limits').update(`${kind}:${value.trim().toLowerCase()}`).digest('base64url');
}

/** A Redis connection for counting; `purpose` names it in the one line logged when it is lost. */
export function connectRedis(redisUrl: string, purpose: string): Redis {
  // One retry per command, and half a second at most for an answer: a request waits a moment for Redis, not for ever.
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 500 });
  let reported = false;
  // The URL may hold a password: the message names neither it nor the host.
  redis.on('error', () => {
    if (reported) return;
    reported = true;
    console.error(`[api] Redis for ${purpose} is unreachable; counting in this process's memory until it is back`);
  });
  redis.on('ready', () => {
    reported = false;
  });
  return redis;
}

/** Closes the connection, politely when Redis answers. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') await redis.quit().catch(() => undefined);
  if (redis.status !== 'end') redis.disconnect();
}

/** Resolves once the connection is ready, or after `milliseconds` whatever its state (counting in memory meanwhile). */
export function whenReady(redis: Redis, milliseconds: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, milliseconds);
    redis.once('ready', done);
  });
}

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  /** The window, in seconds. */
  duration: number;
  /** Once a key has used its points, refuse it from this process's memory until its window ends, without asking Redis again (floods). */
  blockInMemory?: boolean;
  /** While Redis is not connected, count in memory at once rather than wait for it (up to the command timeout): for every public request. */
  failFast?: boolean;
}

/**
 * A limiter counting in Redis when there is one, else in this process's memory. While Redis is
 * unreachable or slow to answer (see connectRedis), each process counts in its own memory instead
 * (the insurance limiter): nobody is refused for want of Redis, nor kept waiting for long.
 */
export function createLimiter(redis: Redis | null, { blockInMemory = false, failFast = false, ...options }: LimiterOptions): RateLimiterAbstract {
  if (!redis) return new RateLimiterMemory(options);
  return new RateLimiterRedis({
    ...options,
    storeClient: redis,
    rejectIfRedisNotReady: failFast,
    insuranceLimiter: new RateLimiterMemory(options),
    ...(blockInMemory ? { inMemoryBlockOnConsumed: options.points } : {}),
  });
}
