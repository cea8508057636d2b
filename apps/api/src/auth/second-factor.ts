import { createHash, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { DataSource } from 'typeorm';
import { SEALED_FORMAT, type KeyRing, type SealedPlace } from '../privacy/sealed';
import { sealedPlace } from '../privacy/sealed-columns';

/**
 * The second factor: a TOTP code from an authenticator app (RFC 6238: SHA-1, 6 digits, 30 s, as
 * every app expects), or one of ten single-use recovery codes for when the phone is lost.
 */
const ISSUER = 'groupfinder';
const STEP_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

/** A new secret: 20 random bytes, Base32. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** Where a person's secret is kept, sealed: their row of users (a copy in another row does not open). */
export function secretPlace(userId: string): SealedPlace {
  return sealedPlace('users', 'totp_secret_sealed', userId);
}

/**
 * Seals the secrets stored in the clear before they were sealed at rest (migration
 * 1765300000000), each in a transaction holding its row; says how many. Run at the API's start,
 * before it serves: afterwards every stored secret is sealed, and a second run finds nothing.
 */
export async function sealPlainSecrets(dataSource: DataSource, keys: KeyRing): Promise<number> {
  const plain = `totp_secret_sealed IS NOT NULL AND totp_secret_sealed NOT LIKE '${SEALED_FORMAT}.%'`;
  const rows: { id: string }[] = await dataSource.query(`SELECT id FROM users WHERE ${plain}`);
  for (const { id } of rows) {
    await dataSource.transaction(async (manager) => {
      const [row]: { secret: string }[] = await manager.query(`SELECT totp_secret_sealed AS secret FROM users WHERE id = $1 AND ${plain} FOR UPDATE`, [id]);
      if (row) await manager.query(`UPDATE users SET totp_secret_sealed = $2 WHERE id = $1`, [id, keys.seal(row.secret, secretPlace(id))]);
    });
  }
  return rows.length;
}

/** The `otpauth://` address an authenticator app reads from the QR code, labelled with the person's address so they can tell accounts apart. */
export function otpauthUrl(secret: string, accountName: string): string {
  return generateURI({ issuer: ISSUER, label: accountName, secret });
}

/** The QR code of that address as an `<svg>` element. */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** Six digits, spaces allowed ("123 456"), as apps show them. */
export function looksLikeTotp(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ''));
}

/**
 * The time step (the 30-second window since 1970) whose code this is, when it is right at `now`
 * (the request's clock), one step early or late allowed for clocks that drift; else null. The
 * caller accepts each step only once (Throttle.firstUseOfCode), so an overheard code cannot be replayed.
 */
export async function totpStep(secret: string, code: string, now: Date): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  try {
    const result = await verify({ secret, token, epoch: Math.floor(now.getTime() / 1000), epochTolerance: STEP_SECONDS });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    // A malformed secret or token verifies nothing.
    return null;
  }
}

/** Letters and digits that cannot be mistaken for each other when read from paper (no 0/o, 1/l/i). */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes of ten characters ("k7mq2-x9fha", about 49 bits each), shown once; only their hashes are kept. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const characters = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return `${characters.slice(0, 5)}-${characters.slice(5)}`;
  });
}

/** SHA-256 of a recovery code as typed, in lower case without spaces or hyphens. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.toLowerCase().replace(/[\s-]/g, '')).digest('hex');
}
