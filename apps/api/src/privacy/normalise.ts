/**
 * The forms a contact detail is compared in: two ways of writing the same address or number give
 * the same text, so that their blind indexes (KeyRing.blindIndex) are equal. Normalise before
 * indexing, with the same function at every place that writes or looks up the index.
 */

/** An e-mail address: trimmed, Unicode NFC, lower-cased (`" Ane@Example.DK "` → `"ane@example.dk"`). */
export function normaliseEmail(value: string): string {
  return value.trim().normalize('NFC').toLowerCase();
}

/**
 * A phone number: trimmed; a leading `00` (the international prefix in Denmark, Sweden, Norway and
 * Poland) becomes `+`, and in a number with its country code a `(0)` (the trunk prefix dialled only
 * at home) is dropped; then everything but digits is dropped, except a leading `+`. So
 * `+45 12 34 56 78`, `+45-12345678`, `(+45) 1234 5678` and `0045 12345678` are all `+4512345678`,
 * and `+46 (0)8 123 456` is `+468123456`. A number written without its country code
 * (`12 34 56 78`) stays `12345678`: it matches only numbers written the same way, since the
 * country cannot be guessed.
 */
export function normalisePhone(value: string): string {
  const trimmed = value.trim().replace(/^\(\s*\+/, '+');
  const international = trimmed.startsWith('+') || trimmed.startsWith('00');
  if (!international) return trimmed.replace(/\D/g, '');
  const digits = trimmed.replace(/\(\s*0\s*\)/g, '').replace(/\D/g, '');
  return `+${trimmed.startsWith('00') ? digits.slice(2) : digits}`;
}

/** One way to reach a person: an e-mail address when it holds an `@`, else a phone number. */
export function normaliseContact(value: string): string {
  return value.includes('@') ? normaliseEmail(value) : normalisePhone(value);
}
