import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { generateKeySettings, keyRingOf } from './keys';
import { normaliseContact, normaliseEmail, normalisePhone } from './normalise';
import { KeyRing, SealedValueError, type SealedPlace } from './sealed';
import { rotatedKeySettings, testKeyRing } from './testing';

const ROW = '3f0c9a52-4d1e-4c47-9a0b-2b7f1f6f8e11';
const CONTACT: SealedPlace = { table: 'join_requests', column: 'contact', rowId: ROW };

/** What opening `sealed` at `place` throws, as the caller sees it. */
function openingFails(ring: KeyRing, sealed: string, place: SealedPlace = CONTACT): SealedValueError {
  try {
    ring.open(sealed, place);
  } catch (error) {
    if (error instanceof SealedValueError) return error;
    throw error;
  }
  throw new Error('it opened');
}

describe('sealed values', () => {
  const ring = testKeyRing('k1');

  it('open to the text sealed, in the form gf1.<key id>.<iv>.<ciphertext and tag>, without the text in it', () => {
    const sealed = ring.seal('ane@example.dk', CONTACT);
    expect(sealed).toMatch(/^gf1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('ane');
    expect(ring.open(sealed, CONTACT)).toBe('ane@example.dk');
    expect(ring.open(ring.seal('', CONTACT), CONTACT)).toBe('');
  });

  it('differ each time the same text is sealed (a fresh IV), and both open', () => {
    const [first, second] = [ring.seal('+4512345678', CONTACT), ring.seal('+4512345678', CONTACT)];
    expect(first).not.toBe(second);
    expect([ring.open(first, CONTACT), ring.open(second, CONTACT)]).toEqual(['+4512345678', '+4512345678']);
  });

  it('do not open in another row or column than the one they were sealed for', () => {
    const sealed = ring.seal('ane@example.dk', CONTACT);
    expect(openingFails(ring, sealed, { ...CONTACT, rowId: '9d1f3c1e-0000-4000-8000-000000000000' }).problem).toBe('not-authentic');
    expect(openingFails(ring, sealed, { ...CONTACT, column: 'message' }).problem).toBe('not-authentic');
    expect(openingFails(ring, sealed, { ...CONTACT, table: 'group_messages' }).problem).toBe('not-authentic');
  });

  it('do not open when a byte of the IV, the ciphertext or the tag is changed', () => {
    const sealed = ring.seal('I would like to join the grief group', CONTACT);
    const [format, keyId, iv, body] = sealed.split('.') as [string, string, string, string];
    const flip = (text: string, index: number) => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[index] = (bytes[index] as number) ^ 0x01;
      return bytes.toString('base64url');
    };
    const bodyBytes = Buffer.from(body, 'base64url').length;
    for (const changed of [
      [format, keyId, flip(iv, 0), body],
      [format, keyId, iv, flip(body, 0)],
      [format, keyId, iv, flip(body, bodyBytes - 1)],
    ]) {
      expect(openingFails(ring, changed.join('.')).problem).toBe('not-authentic');
    }
  });

  it('do not open when cut short, damaged or not one at all, and say which', () => {
    const sealed = ring.seal('ane@example.dk', CONTACT);
    const [format, keyId, iv, body] = sealed.split('.') as [string, string, string, string];
    // Cut inside the tag: a shorter tag is never accepted.
    expect(openingFails(ring, sealed.slice(0, -4)).problem).toBe('not-authentic');
    expect(openingFails(ring, [format, keyId, iv, Buffer.from(body, 'base64url').subarray(0, 15).toString('base64url')].join('.')).problem).toBe('malformed');
    expect(openingFails(ring, [format, keyId, iv].join('.')).problem).toBe('malformed');
    expect(openingFails(ring, ['gf2', keyId, iv, body].join('.')).problem).toBe('malformed');
    expect(openingFails(ring, [format, keyId, iv.slice(0, -2), body].join('.')).problem).toBe('malformed');
    expect(openingFails(ring, [format, keyId, iv, `${body}=`].join('.')).problem).toBe('malformed');
    expect(openingFails(ring, 'ane@example.dk').problem).toBe('malformed');
    expect(openingFails(ring, '').problem).toBe('malformed');
  });

  it('do not open under a key id the ring does not hold, and the error names the key id and place but never the value', () => {
    const other = testKeyRing('k0');
    const sealed = other.seal('ane@example.dk', CONTACT);
    const error = openingFails(ring, sealed);
    expect(error).toMatchObject({ name: 'SealedValueError', problem: 'unknown-key', keyId: 'k0', place: CONTACT });
    expect(error.message).toBe(`The value in join_requests.contact of row ${ROW} was sealed under a key DATA_KEYS no longer holds (key k0)`);
    // The same id under another key: not authentic, rather than garbage.
    const sameId = testKeyRing('k1');
    expect(openingFails(sameId, ring.seal('ane@example.dk', CONTACT)).message).toBe(
      `The value in join_requests.contact of row ${ROW} does not open: it was changed, moved here from another row or column, or sealed under another key with the same id (key k1)`,
    );
  });

  it('open under every key of the ring and are sealed under the first; only the others need resealing', () => {
    const settings = generateKeySettings('k2026');
    const before = keyRingOf(settings);
    const after = keyRingOf(rotatedKeySettings(settings, 'k2027'));
    const old = before.seal('ane@example.dk', CONTACT);
    expect(after).toMatchObject({ activeKeyId: 'k2027', keyIds: ['k2027', 'k2026'] });
    expect(after.open(old, CONTACT)).toBe('ane@example.dk');
    expect(after.needsResealing(old)).toBe(true);
    const resealed = after.reseal(old, CONTACT);
    expect(resealed).toMatch(/^gf1\.k2027\./);
    expect(after.needsResealing(resealed)).toBe(false);
    expect(after.open(resealed, CONTACT)).toBe('ane@example.dk');
    expect(openingFails(before, resealed).problem).toBe('unknown-key');
    expect(() => after.needsResealing('plain text')).toThrow(SealedValueError);
  });

  it('refuse a text UTF-8 cannot carry (a lone surrogate) and a place that is not a table, column and row', () => {
    expect(() => ring.seal('\uD800', CONTACT)).toThrow(/well-formed Unicode/);
    expect(() => ring.seal('x', { ...CONTACT, table: 'join requests' })).toThrow(TypeError);
    expect(() => ring.seal('x', { ...CONTACT, column: 'contact.email' })).toThrow(TypeError);
    expect(() => ring.seal('x', { ...CONTACT, rowId: '' })).toThrow(TypeError);
  });

  it('round-trip any text, emoji and NUL included, and fail to open after any change of a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(ring.open(ring.seal(text, CONTACT), CONTACT)).toBe(text);
      }),
      { seed: 20261125, numRuns: 300 },
    );
    expect(ring.open(ring.seal('Hej 👋🏽\u0000 Zażółć 🇩🇰', CONTACT), CONTACT)).toBe('Hej 👋🏽\u0000 Zażółć 🇩🇰');
    const sealed = ring.seal('ane@example.dk', CONTACT);
    fc.assert(
      fc.property(fc.nat({ max: sealed.length - 1 }), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.=+/'), (index, character) => {
        fc.pre(sealed[index] !== character);
        const changed = `${sealed.slice(0, index)}${character}${sealed.slice(index + 1)}`;
        expect(() => ring.open(changed, CONTACT)).toThrow(SealedValueError);
      }),
      { seed: 20261125, numRuns: 500 },
    );
  });

  it('never show a key: not in JSON, util.inspect or an error', () => {
    const settings = generateKeySettings('k1');
    const shown = keyRingOf(settings);
    const [, dataKey] = settings.DATA_KEYS.split(':') as [string, string];
    const sealed = shown.seal('ane@example.dk', CONTACT);
    const texts = [JSON.stringify(shown), inspect(shown, { depth: 10, showHidden: true }), openingFails(shown, sealed, { ...CONTACT, rowId: 'x' }).message, openingFails(shown, `${sealed}x`).message];
    expect(JSON.parse(JSON.stringify(shown))).toEqual({ activeKeyId: 'k1', keyIds: ['k1'] });
    for (const text of texts) {
      for (const secret of [dataKey, settings.BLIND_INDEX_KEY, Buffer.from(dataKey, 'base64').toString('hex'), 'ane@example.dk', sealed.split('.')[3] as string]) expect(text).not.toContain(secret);
    }
  });
});

describe('blind indexes', () => {
  const settings = generateKeySettings('k1');
  const ring = keyRingOf(settings);

  it('are equal for the same e-mail address or phone number however it is written', () => {
    const email = (value: string) => ring.blindIndex('contact', normaliseContact(value));
    expect(email(' Ane.Hansen@Example.DK ')).toBe(email('ane.hansen@example.dk'));
    expect(email('+45 12 34 56 78')).toBe(email('+4512345678'));
    expect(email('0045 12-34-56-78')).toBe(email('+4512345678'));
    expect(email('(+45) 1234 5678')).toBe(email('+45 12 34 56 78'));
    expect(email('+4512345678')).not.toBe(email('+4512345679'));
    expect(email('ane@example.dk')).not.toBe(email('anne@example.dk'));
    expect(email('ane@example.dk')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('differ across purposes and across keys, and are the same for the same key', () => {
    const value = normaliseEmail('ane@example.dk');
    expect(ring.blindIndex('join_requests.contact', value)).not.toBe(ring.blindIndex('data_subject.contact', value));
    expect(ring.blindIndex('contact', value)).not.toBe(testKeyRing().blindIndex('contact', value));
    // The blind index key alone decides: a rotation of DATA_KEYS leaves every index as it was.
    expect(keyRingOf(rotatedKeySettings(settings, 'k2')).blindIndex('contact', value)).toBe(ring.blindIndex('contact', value));
    expect(() => ring.blindIndex('Contact Email', value)).toThrow(TypeError);
  });
});

describe('normalising contact details', () => {
  it('trims and lower-cases e-mail addresses', () => {
    expect(normaliseEmail('  Ane.Hansen@Example.DK\n')).toBe('ane.hansen@example.dk');
    expect(normaliseEmail('BJØRN@EKSEMPEL.NO')).toBe('bjørn@eksempel.no');
  });

  it('keeps the digits of a phone number and a leading +, reading a leading 00 as + and leaving out a (0) after the country code', () => {
    expect(normalisePhone('+45 12 34 56 78')).toBe('+4512345678');
    expect(normalisePhone('+4512345678')).toBe('+4512345678');
    expect(normalisePhone('0046 (0)8-123 456')).toBe('+468123456');
    expect(normalisePhone('+46 (0)8 123 456')).toBe(normalisePhone('+468123456'));
    expect(normalisePhone('(+47) 22 33 44 55')).toBe('+4722334455');
    expect(normalisePhone(' 12 34 56 78 ')).toBe('12345678');
    expect(normalisePhone('+48 600-700-800')).toBe('+48600700800');
  });

  it('reads a number written without its country code as one of the country given, so that both ways of writing it are one person', () => {
    expect(normalisePhone('61 70 00 00', 'DK')).toBe(normalisePhone('+45 61 70 00 00'));
    expect(normalisePhone('070-123 45 67', 'SE')).toBe('+46701234567');
    expect(normalisePhone('600 700 800', 'PL')).toBe('+48600700800');
    expect(normalisePhone('22 33 44 55', 'NO')).toBe('+4722334455');
    // Too few or too many digits for the country: not a number there, so its digits alone.
    expect(normalisePhone('123 45', 'DK')).toBe('12345');
    expect(normalisePhone('+46 70 123 45 67', 'DK')).toBe('+46701234567');
    expect(normaliseContact('61 70 00 00', 'DK')).toBe('+4561700000');
  });

  it('tells an e-mail address from a phone number by its @', () => {
    expect(normaliseContact(' Ane@Example.DK')).toBe('ane@example.dk');
    expect(normaliseContact('+45 12 34 56 78')).toBe('+4512345678');
  });
});

describe('a key ring', () => {
  it('needs a data key, ids of the right form once each, and 32-byte keys', () => {
    expect(() => new KeyRing({ dataKeys: [], blindIndexKey: keyOf(32) })).toThrow(/at least one data key/);
    expect(() => new KeyRing({ dataKeys: [{ id: 'K1', key: keyOf(32) }], blindIndexKey: keyOf(32) })).toThrow(/1 to 16 of a-z/);
    expect(() => new KeyRing({ dataKeys: [{ id: 'k1', key: keyOf(32) }, { id: 'k1', key: keyOf(32) }], blindIndexKey: keyOf(32) })).toThrow(/k1 appears twice/);
    expect(() => new KeyRing({ dataKeys: [{ id: 'k1', key: keyOf(16) }], blindIndexKey: keyOf(32) })).toThrow(/not 32 bytes/);
    expect(() => new KeyRing({ dataKeys: [{ id: 'k1', key: keyOf(32) }], blindIndexKey: keyOf(24) })).toThrow(/blind index key is not 32 bytes/);
  });
});

function keyOf(bytes: number): KeyObject {
  return createSecretKey(randomBytes(bytes));
}
