import { timingSafeEqual } from 'node:crypto';
import type { KeyRing } from '../privacy/sealed';

/**
 * The spam guard of the form to ask to join: no third party, no cookie. The form is handed a token
 * naming when it was issued, with a keyed MAC of that instant (the blind index key, for this
 * purpose alone), and sends it back: a robot that posts at once, or replays an old token, is told
 * so; a person takes longer than FORM_MIN_SECONDS to fill in a name and an address.
 */
export const FORM_MIN_SECONDS = 2;
export const FORM_MAX_HOURS = 24;

const PURPOSE = 'join-form';
const TOKEN = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

/** `<issued at, ms since 1970>.<MAC>`. */
export function issueFormToken(ring: KeyRing, now: Date): string {
  const issuedAt = String(now.getTime());
  return `${issuedAt}.${ring.blindIndex(PURPOSE, issuedAt)}`;
}

/** What is wrong with a form token sent back at `now`: forged or too old, or sent back too soon; null when it is fine. */
export function formTokenProblem(ring: KeyRing, token: string, now: Date, minSeconds = FORM_MIN_SECONDS): 'FORM_EXPIRED' | 'FORM_TOO_FAST' | null {
  const [, issuedAt, mac] = TOKEN.exec(token) ?? [];
  if (issuedAt === undefined || mac === undefined) return 'FORM_EXPIRED';
  const expected = Buffer.from(ring.blindIndex(PURPOSE, issuedAt));
  if (!timingSafeEqual(expected, Buffer.from(mac))) return 'FORM_EXPIRED';
  const ageMs = now.getTime() - Number(issuedAt);
  if (ageMs > FORM_MAX_HOURS * 3_600_000) return 'FORM_EXPIRED';
  // A token from ahead of this clock (another process's, a moment off) counts as just issued.
  if (ageMs < minSeconds * 1000) return 'FORM_TOO_FAST';
  return null;
}
