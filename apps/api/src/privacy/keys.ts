import { randomBytes, createSecretKey, type KeyObject } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { logger } from '../kernel/logger';
import { KEY_BYTES, KEY_ID, KeyRing, type DataKey } from './sealed';

const log = logger('privacy');

/**
 * Where the API's keys come from (config.ts decides): DATA_KEYS and BLIND_INDEX_KEY; outside
 * production without them, a development key file created on first start and reused; or, where
 * nothing outlives the process (tests, an in-memory PGlite), keys of the process alone.
 */
export type KeySettings =
  | { from: 'environment'; dataKeys: readonly DataKey[]; blindIndexKey: KeyObject }
  | { from: 'file'; file: string }
  | { from: 'process' };

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** A 32-byte key written in base64; the errors name the setting and the key's id, never the key. */
function parseKey(setting: string, which: string, text: string): KeyObject {
  const bytes = BASE64.test(text) && text.length % 4 === 0 ? Buffer.from(text, 'base64') : null;
  if (!bytes) throw new Error(`Invalid ${setting}: ${which} is not base64 (make one with: openssl rand -base64 32)`);
  if (bytes.length !== KEY_BYTES) throw new Error(`Invalid ${setting}: ${which} is ${bytes.length} bytes, not ${KEY_BYTES} (make one with: openssl rand -base64 32)`);
  return createSecretKey(bytes);
}

/**
 * DATA_KEYS: `id:base64` entries separated by commas, the first sealing new values and all opening
 * old ones. An id is 1 to 16 of a-z, 0-9 and `-`, and appears once.
 */
export function parseDataKeys(text: string, setting = 'DATA_KEYS'): DataKey[] {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new Error(`Invalid ${setting}: no key (write id:base64, for example k2026:$(openssl rand -base64 32))`);
  const ids = new Set<string>();
  return entries.map((entry, index) => {
    const colon = entry.indexOf(':');
    // An id that is not one may be a key written in the wrong place: it is not repeated.
    if (colon === -1) throw new Error(`Invalid ${setting}: entry ${index + 1} is not id:base64`);
    const id = entry.slice(0, colon);
    if (!KEY_ID.test(id)) throw new Error(`Invalid ${setting}: the id of entry ${index + 1} is not 1 to 16 of a-z, 0-9 and -`);
    if (ids.has(id)) throw new Error(`Invalid ${setting}: the key id ${id} appears twice`);
    ids.add(id);
    return { id, key: parseKey(setting, `the key ${id}`, entry.slice(colon + 1)) };
  });
}

/** BLIND_INDEX_KEY: 32 bytes in base64, a key of its own (none of DATA_KEYS). */
export function parseBlindIndexKey(text: string, dataKeys: readonly DataKey[], setting = 'BLIND_INDEX_KEY'): KeyObject {
  const key = parseKey(setting, 'the key', text.trim());
  if (dataKeys.some((dataKey) => dataKey.key.equals(key))) throw new Error(`Invalid ${setting}: it must be a key of its own, not one of DATA_KEYS`);
  return key;
}

/** Key settings as the environment (or the development key file) writes them. */
export interface KeySettingsText {
  DATA_KEYS: string;
  BLIND_INDEX_KEY: string;
}

/** New settings, as the environment holds them: a data key with the id given, and a blind index key. */
export function generateKeySettings(id: string): KeySettingsText {
  return { DATA_KEYS: `${id}:${randomBytes(KEY_BYTES).toString('base64')}`, BLIND_INDEX_KEY: randomBytes(KEY_BYTES).toString('base64') };
}

/** The key ring of settings written as in the environment; `where` names their source in errors. */
export function keyRingOf(settings: KeySettingsText, where?: string): KeyRing {
  const dataKeys = parseDataKeys(settings.DATA_KEYS, where ? `DATA_KEYS in ${where}` : undefined);
  return new KeyRing({ dataKeys, blindIndexKey: parseBlindIndexKey(settings.BLIND_INDEX_KEY, dataKeys, where ? `BLIND_INDEX_KEY in ${where}` : undefined) });
}

function readKeyFile(file: string): KeyRing {
  const text = readFileSync(file, 'utf8');
  let settings: { DATA_KEYS?: unknown; BLIND_INDEX_KEY?: unknown } | null;
  try {
    settings = JSON.parse(text) as typeof settings;
  } catch {
    // JSON.parse's own message quotes the text, keys and all.
    throw new Error(`The development key file ${file} is not JSON: mend it, or delete it (and what it sealed) to start afresh`);
  }
  if (typeof settings?.DATA_KEYS !== 'string' || typeof settings.BLIND_INDEX_KEY !== 'string') throw new Error(`The development key file ${file} lacks DATA_KEYS or BLIND_INDEX_KEY`);
  if ((statSync(file).mode & 0o077) !== 0) log.warn('the development key file can be read by other users: chmod 600 it', { file });
  return keyRingOf({ DATA_KEYS: settings.DATA_KEYS, BLIND_INDEX_KEY: settings.BLIND_INDEX_KEY }, file);
}

/**
 * The development key file: read when it exists; else created with new keys, readable by its owner
 * alone (0600). It appears whole or not at all (written aside, then hard-linked into place, which
 * fails when it exists), so two processes starting at once end up with the same keys.
 */
function developmentKeyRing(file: string): KeyRing {
  try {
    return readKeyFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${JSON.stringify(generateKeySettings(`dev-${randomBytes(3).toString('hex')}`), null, 2)}\n`, { mode: 0o600 });
  try {
    // The umask may have taken bits away; this says exactly which remain.
    chmodSync(draft, 0o600);
    linkSync(draft, file);
    log.info('created a development key file (outside production, without DATA_KEYS): keep it, or what it sealed no longer opens', { file });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return readKeyFile(file);
}

/** The key ring the settings describe (the development key file created when missing). */
export function loadKeyRing(settings: KeySettings): KeyRing {
  switch (settings.from) {
    case 'environment':
      return new KeyRing(settings);
    case 'file':
      return developmentKeyRing(settings.file);
    case 'process':
      return keyRingOf(generateKeySettings('process'));
  }
}
