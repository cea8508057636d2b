import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import { LIMITS } from '@groupfinder/domain';
import * as argon2 from 'argon2';
import { AppError } from '../kernel/errors';

/**
 * Passwords: argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes: above OWASP's
 * minimum), and a policy of length plus a list of common passwords, never composition rules
 * (NIST SP 800-63B). Compared after Unicode NFKC, so that the same password typed on another
 * keyboard still matches.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(normalizePassword(password), { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, normalizePassword(password));
  } catch {
    // A hash that cannot be read matches nothing.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** The hash verifyAgainstNobody checks against: made as every account's is, so checking it costs as much. */
export function nobodysHash(): Promise<string> {
  dummyHash ??= hashPassword('no account has this password, it only costs time');
  return dummyHash;
}

/**
 * Checks a password against a hash nobody has, taking as long as a real check: a sign-in with an
 * unknown address answers in the same time as one with a wrong password.
 */
export async function verifyAgainstNobody(password: string): Promise<false> {
  await verifyPassword(await nobodysHash(), password);
  return false;
}

let commonPasswords: Set<string> | undefined;

/** zxcvbn-ts's list of the ~49,000 commonest passwords, and ours of Danish, Swedish, Norwegian and Polish ones it lacks. */
function common(): Set<string> {
  commonPasswords ??= new Set(
    [...zxcvbnCommon.dictionary['passwords-common'], ...readFileSync(path.join(__dirname, 'common-passwords.txt'), 'utf8').split('\n')]
      .map((line) => line.trim().normalize('NFKC').toLowerCase())
      .filter((line) => line && !line.startsWith('#')),
  );
  return commonPasswords;
}

/** Leading and trailing digits and punctuation: "Sommer2024!" is "sommer" with a year and a mark. */
const DECORATION = /^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu;

/** On the list of common passwords, as it is or once its leading and trailing digits and marks are off; or one character or pattern over and over. */
export function isCommonPassword(password: string): boolean {
  const lower = normalizePassword(password).toLowerCase();
  const core = lower.replace(DECORATION, '');
  const list = common();
  if (list.has(lower) || (core.length > 0 && list.has(core))) return true;
  // "aaaaaaaaaaaa", "abcabcabcabc", "121212121212": a short pattern repeated.
  return /^(.{1,4})\1+$/su.test(lower);
}

/** Throws PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG or PASSWORD_TOO_COMMON for a password that may not be chosen. */
export function checkNewPassword(password: string): void {
  // Characters as people count them (code points), not UTF-16 units.
  const length = [...normalizePassword(password)].length;
  if (length < LIMITS.passwordMinLength) throw new AppError('PASSWORD_TOO_SHORT', { min: LIMITS.passwordMinLength });
  if (length > LIMITS.passwordMaxLength) throw new AppError('PASSWORD_TOO_LONG', { max: LIMITS.passwordMaxLength });
  if (isCommonPassword(password)) throw new AppError('PASSWORD_TOO_COMMON');
}
