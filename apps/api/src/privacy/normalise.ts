import type { Country } from '@groupfinder/domain';

/**
 * The forms a contact detail is compared in: two ways of writing the same address or number give
 * the same text, so that their blind indexes (KeyRing.blindIndex) are equal. Normalise before
 * indexing, with the same function at every place that writes or looks up the index.
 */

/** An e-mail address: trimmed, Unicode NFC, lower-cased (`" Ane@Example.DK "` → `"ane@example.dk"`). */
export function normaliseEmail(value: string): string {
  return value.trim().normalize('NFC').toLowerCase();
}

/** Country calling codes, and how many digits a number has there without its country code and trunk prefix. */
const PHONE_COUNTRIES: Readonly<Record<Country, { code: string; digits: readonly [number, number] }>> = {
  DK: { code: '45', digits: [8, 8] },
  SE: { code: '46', digits: [7, 9] },
  NO: { code: '47', digits: [8, 8] },
  PL: { code: '48', digits: [9, 9] },
};

/**
 * A phone number: trimmed; a leading `00` (the international prefix in Denmark, Sweden, Norway and
 * Poland) becomes `+`, and in a number with its country code a `(0)` (the trunk prefix dialled only
 * at home) is dropped; then everything but digits is dropped, except a leading `+`. So
 * `+45 12 34 56 78`, `+45-12345678`, `(+45) 1234 5678` and `0045 12345678` are all `+4512345678`,
 * and `+46 (0)8 123 456` is `+468123456`. A number written without its country code is taken to
 * be in `country` (the group's: someone asking a Swedish group who writes `070-123 45 67` means
 * `+46701234567`), its trunk prefix `0` dropped, when it has as many digits as numbers there
 * have; otherwise, or with no country, it stays its digits (`12345678`) and matches only numbers
 * written the same way.
 */
export function normalisePhone(value: string, country?: Country): string {
  const trimmed = value.trim().replace(/^\(\s*\+/, '+');
  const international = trimmed.startsWith('+') || trimmed.startsWith('00');
  if (!international) {
    const digits = trimmed.replace(/\D/g, '');
    if (!country) return digits;
    const { code, digits: [fewest, most] } = PHONE_COUNTRIES[country];
    const national = digits.replace(/^0/, '');
    return national.length >= fewest && national.length <= most && !national.startsWith('0') ? `+${code}${national}` : digits;
  }
  const digits = trimmed.replace(/\(\s*0\s*\)/g, '').replace(/\D/g, '');
  return `+${trimmed.startsWith('00') ? digits.slice(2) : digits}`;
}

/** One way to reach a person: an e-mail address when it holds an `@`, else a phone number (in `country` when written without its code). */
export function normaliseContact(value: string, country?: Country): string {
  return value.includes('@') ? normaliseEmail(value) : normalisePhone(value, country);
}
