import { randomBytes } from 'node:crypto';
import { generateKeySettings, keyRingOf, type KeySettingsText } from './keys';
import type { KeyRing } from './sealed';

/** A fresh key ring of new keys, held in memory only: what a test seals with. */
export function testKeyRing(keyId = 'test'): KeyRing {
  return keyRingOf(generateKeySettings(keyId));
}

/** The settings after a rotation: a new key `keyId` first, the old ones after it, the same blind index key. */
export function rotatedKeySettings(settings: KeySettingsText, keyId: string): KeySettingsText {
  return { ...settings, DATA_KEYS: `${keyId}:${randomBytes(32).toString('base64')},${settings.DATA_KEYS}` };
}
