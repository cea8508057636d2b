import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';

/**
 * Personal data at rest (issue 11, GDPR Art. 9): each value sealed with AES-256-GCM under a key of
 * DATA_KEYS, with a fresh 96-bit IV, and bound to the place it is stored (table, column and row id
 * as additional authenticated data), so that a value copied to another row or column does not open.
 *
 * Stored as `gf1.<key id>.<iv>.<ciphertext and 16-byte tag>` (both base64url): the format version,
 * then the id of the key it was sealed under, so that a key can be replaced (resealAll) and a value
 * under a key no longer configured is named as such.
 */
export const SEALED_FORMAT = 'gf1';

/** Where a sealed value lives; it opens only there. */
export interface SealedPlace {
  /** The table's name as in the database (`join_requests`). */
  table: string;
  /** The column's name as in the database (`contact`). */
  column: string;
  /** The row's id (a uuid, or a number as text): known before the row is written, so generate it in the API. */
  rowId: string;
}

/** A key of DATA_KEYS: its id is stored with every value sealed under it. */
export interface DataKey {
  id: string;
  key: KeyObject;
}

/** 1 to 16 of a-z, 0-9 and `-`: no `.`, which separates the parts of a sealed value. */
export const KEY_ID = /^[a-z0-9-]{1,16}$/;
export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const PURPOSE = /^[a-z0-9_.-]{1,64}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
// Lone surrogates: UTF-8 cannot carry them, so a text holding one would not come back as it went in.
const LONE_SURROGATE = /\p{Cs}/u;

export type SealedValueProblem = 'malformed' | 'unknown-key' | 'not-authentic';

const EXPLANATIONS: Record<SealedValueProblem, string> = {
  malformed: 'is not a sealed value (damaged or cut short)',
  'unknown-key': 'was sealed under a key DATA_KEYS no longer holds',
  'not-authentic': 'does not open: it was changed, moved here from another row or column, or sealed under another key with the same id',
};

/**
 * A stored value that does not open. Its message names the place and the key id, never the value,
 * what it would have opened to, or a key.
 */
export class SealedValueError extends Error {
  override readonly name = 'SealedValueError';

  constructor(
    readonly problem: SealedValueProblem,
    /** Where the value was read from, when the reader said. */
    readonly place: SealedPlace | undefined,
    /** The key id the value names, when it names one in the right form. */
    readonly keyId?: string,
  ) {
    const where = place ? `The value in ${place.table}.${place.column} of row ${place.rowId}` : 'A stored value';
    super(`${where} ${EXPLANATIONS[problem]}${keyId === undefined ? '' : ` (key ${keyId})`}`);
  }
}

function associatedData({ table, column, rowId }: SealedPlace): Buffer {
  if (!IDENTIFIER.test(table) || !IDENTIFIER.test(column)) throw new TypeError('A sealed place names a table and a column as they are spelt in the database (a-z, 0-9, _)');
  if (rowId === '') throw new TypeError('A sealed place names the row (its id)');
  return Buffer.from(`${table}.${column}.${rowId}`, 'utf8');
}

/** Strict base64url: canonical, so that no two texts stand for the same bytes. */
function decodeBase64url(text: string | undefined): Buffer | null {
  if (text === undefined || !BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

interface SealedParts {
  keyId: string;
  iv: Buffer;
  body: Buffer;
}

/** The parts of a sealed value, or the key id it names (if any) and why it is no sealed value. */
function parse(sealed: string): SealedParts | { keyId?: string } {
  const parts = sealed.split('.');
  if (parts.length !== 4 || parts[0] !== SEALED_FORMAT || !KEY_ID.test(parts[1] ?? '')) return {};
  const keyId = parts[1] as string;
  const iv = decodeBase64url(parts[2]);
  const body = decodeBase64url(parts[3]);
  if (iv?.length !== IV_BYTES || body === null || body.length < TAG_BYTES) return { keyId };
  return { keyId, iv, body };
}

function checkKeys(dataKeys: readonly DataKey[], blindIndexKey: KeyObject): void {
  if (dataKeys.length === 0) throw new Error('A key ring needs at least one data key');
  const ids = new Set<string>();
  for (const { id, key } of dataKeys) {
    if (!KEY_ID.test(id)) throw new Error('A data key id is 1 to 16 of a-z, 0-9 and -');
    if (ids.has(id)) throw new Error(`The data key id ${id} appears twice`);
    ids.add(id);
    if (key.type !== 'secret' || key.symmetricKeySize !== KEY_BYTES) throw new Error(`The data key ${id} is not ${KEY_BYTES} bytes`);
  }
  if (blindIndexKey.type !== 'secret' || blindIndexKey.symmetricKeySize !== KEY_BYTES) throw new Error(`The blind index key is not ${KEY_BYTES} bytes`);
}

/**
 * The keys of DATA_KEYS (the first seals, all open) and BLIND_INDEX_KEY. The keys are kept in
 * private fields as KeyObjects: neither JSON nor util.inspect (so no log line) shows them.
 */
export class KeyRing {
  /** The key new values are sealed under: the first of DATA_KEYS. */
  readonly activeKeyId: string;
  /** Every key id that opens values, the active one first. */
  readonly keyIds: readonly string[];
  readonly #dataKeys: ReadonlyMap<string, KeyObject>;
  readonly #blindIndexKey: KeyObject;
  readonly #purposeKeys = new Map<string, KeyObject>();

  constructor({ dataKeys, blindIndexKey }: { dataKeys: readonly DataKey[]; blindIndexKey: KeyObject }) {
    checkKeys(dataKeys, blindIndexKey);
    this.#dataKeys = new Map(dataKeys.map(({ id, key }) => [id, key]));
    this.#blindIndexKey = blindIndexKey;
    this.keyIds = dataKeys.map(({ id }) => id);
    this.activeKeyId = this.keyIds[0] as string;
  }

  /** `plaintext` sealed under the active key for `place`, with a fresh random IV: sealing the same text twice gives different values. */
  seal(plaintext: string, place: SealedPlace): string {
    if (LONE_SURROGATE.test(plaintext)) throw new TypeError('Only well-formed Unicode text can be sealed (it holds a lone surrogate)');
    const aad = associatedData(place);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#dataKeys.get(this.activeKeyId) as KeyObject, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${SEALED_FORMAT}.${this.activeKeyId}.${iv.toString('base64url')}.${body.toString('base64url')}`;
  }

  /** The text sealed for `place`; throws SealedValueError when it is damaged, moved, changed or under a key not held. */
  open(sealed: string, place: SealedPlace): string {
    const aad = associatedData(place);
    const parts = parse(sealed);
    if (!('iv' in parts)) throw new SealedValueError('malformed', place, parts.keyId);
    const key = this.#dataKeys.get(parts.keyId);
    if (!key) throw new SealedValueError('unknown-key', place, parts.keyId);
    const decipher = createDecipheriv('aes-256-gcm', key, parts.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(parts.body.subarray(parts.body.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(parts.body.subarray(0, parts.body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      // node:crypto's own message says nothing of the value either, but ours names the place.
      throw new SealedValueError('not-authentic', place, parts.keyId);
    }
  }

  /** The key id a sealed value names; throws SealedValueError (malformed) for anything else. `place` only names it in the error. */
  keyIdOf(sealed: string, place?: SealedPlace): string {
    const parts = parse(sealed);
    if (!('iv' in parts)) throw new SealedValueError('malformed', place, parts.keyId);
    return parts.keyId;
  }

  /** Whether a sealed value is under another key than the active one (resealAll changes it). */
  needsResealing(sealed: string, place?: SealedPlace): boolean {
    return this.keyIdOf(sealed, place) !== this.activeKeyId;
  }

  /** The same text sealed again under the active key (throws as open does). */
  reseal(sealed: string, place: SealedPlace): string {
    return this.seal(this.open(sealed, place), place);
  }

  /**
   * A keyed hash for finding sealed values by equality (duplicates, a person's own requests, a
   * data-subject export): HMAC-SHA256 of `value` under a key derived from BLIND_INDEX_KEY for
   * `purpose` (HKDF-SHA256), so that indexes of different purposes cannot be joined. Normalise
   * `value` first (normaliseEmail, normalisePhone, normaliseContact). 43 characters of base64url.
   */
  blindIndex(purpose: string, value: string): string {
    if (!PURPOSE.test(purpose)) throw new TypeError('A blind index purpose is 1 to 64 of a-z, 0-9, _, . and -');
    let key = this.#purposeKeys.get(purpose);
    if (!key) {
      key = createSecretKey(Buffer.from(hkdfSync('sha256', this.#blindIndexKey, Buffer.alloc(0), `groupfinder blind index ${purpose}`, KEY_BYTES)));
      this.#purposeKeys.set(purpose, key);
    }
    return createHmac('sha256', key).update(value, 'utf8').digest('base64url');
  }

  /** What a log line or JSON may show of a key ring: the key ids, never the keys. */
  toJSON(): { activeKeyId: string; keyIds: readonly string[] } {
    return { activeKeyId: this.activeKeyId, keyIds: this.keyIds };
  }
}
