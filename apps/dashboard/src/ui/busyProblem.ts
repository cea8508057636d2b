import { ServerError } from '@apollo/client';
import { isBusyStatus, retryAfterSeconds } from '@groupfinder/domain';
import type { Translate } from '@groupfinder/translations';

const BUSY_CODES = ['RATE_LIMITED', 'OVERLOADED', 'SERVICE_UNAVAILABLE'] as const;
type BusyCode = (typeof BUSY_CODES)[number];

/** The API's `extensions.code` in a body HttpLink did not read as GraphQL (plain JSON at 429 or 503), if it is one of the busy codes. */
function busyCodeIn(bodyText: string): BusyCode | null {
  try {
    const code = (JSON.parse(bodyText) as { errors?: { extensions?: { code?: unknown } }[] }).errors?.[0]?.extensions?.code;
    return BUSY_CODES.find((busy) => busy === code) ?? null;
  } catch {
    return null;
  }
}

/**
 * Why a load failed when the API, or a proxy before it, was too busy to answer (429, 503) even
 * after the one retry: in the reader's language, from the dashboard's own catalog, as such an
 * answer may carry no GraphQL message to show. Null for any other failure.
 */
export function busyMessage(error: unknown, t: Translate): string | null {
  if (!ServerError.is(error) || !isBusyStatus(error.statusCode)) return null;
  const code = busyCodeIn(error.bodyText) ?? (error.statusCode === 429 ? 'RATE_LIMITED' : 'SERVICE_UNAVAILABLE');
  if (code !== 'RATE_LIMITED') return t(`error.${code}`);
  const seconds = retryAfterSeconds(error.response.headers.get('Retry-After'));
  // The API always says how long; without that, "busy, try again in a moment" is still true.
  return seconds === null ? t('error.OVERLOADED') : t('error.RATE_LIMITED', { seconds: Math.ceil(seconds) });
}
