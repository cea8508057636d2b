/**
 * A busy or rate-limited API (429 RATE_LIMITED; 503 OVERLOADED or SERVICE_UNAVAILABLE) says in
 * Retry-After when to ask again. A client waits up to this long, once, before asking again; a
 * longer wait is left to the person, who sees why.
 */
export const RETRY_AFTER_MAX_SECONDS = 10;

/** Added at random to the wait, so that the many clients told the same second do not all come back in it. */
export const RETRY_JITTER_MS = 500;

/** The answers that mean "not now, ask again later". */
export function isBusyStatus(status: number): boolean {
  return status === 429 || status === 503;
}

/** Retry-After in seconds, when given as a number of seconds (the API's form); null for a date, nothing or nonsense. */
export function retryAfterSeconds(header: string | null | undefined): number | null {
  if (header == null || header.trim() === '') return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/**
 * How long to wait before asking once more, or null not to: a 429 or 503 whose Retry-After is at
 * most RETRY_AFTER_MAX_SECONDS, plus up to RETRY_JITTER_MS. `random` is Math.random's kind of number.
 */
export function busyRetryDelayMs(status: number, retryAfter: string | null | undefined, random: () => number = Math.random): number | null {
  if (!isBusyStatus(status)) return null;
  const seconds = retryAfterSeconds(retryAfter);
  if (seconds === null || seconds > RETRY_AFTER_MAX_SECONDS) return null;
  return seconds * 1000 + random() * RETRY_JITTER_MS;
}
