import { LIMITS } from '@groupfinder/domain';
import fc from 'fast-check';
import { AppError } from '../kernel/errors';
import { checkNewPassword, hashPassword, isCommonPassword, nobodysHash, verifyAgainstNobody, verifyPassword } from './passwords';

function refusal(password: string): string | null {
  try {
    checkNewPassword(password);
    return null;
  } catch (error) {
    return error instanceof AppError ? (error.extensions['code'] as string) : 'UNEXPECTED';
  }
}

describe('the password policy: length and a list of common passwords, no composition rules', () => {
  it('judges a password by its length alone when it is not a common one, whatever characters it uses (any script, no required kinds)', () => {
    const character = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.constantFrom('æ', 'ø', 'å', 'ł', 'ż', 'ö', '🙂', ' ', '漢'));
    fc.assert(
      fc.property(fc.array(character, { minLength: 1, maxLength: LIMITS.passwordMaxLength + 20 }), (characters) => {
        const password = characters.join('');
        const length = [...password.normalize('NFKC')].length;
        const verdict = refusal(password);
        if (length < LIMITS.passwordMinLength) return verdict === 'PASSWORD_TOO_SHORT';
        if (length > LIMITS.passwordMaxLength) return verdict === 'PASSWORD_TOO_LONG';
        return verdict === (isCommonPassword(password) ? 'PASSWORD_TOO_COMMON' : null);
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });

  it(`takes ${LIMITS.passwordMinLength} to ${LIMITS.passwordMaxLength} characters, counted as people count them`, () => {
    expect(refusal('a'.repeat(LIMITS.passwordMinLength - 1))).toBe('PASSWORD_TOO_SHORT');
    expect(refusal('korte ord')).toBe('PASSWORD_TOO_SHORT');
    // Eleven emoji are 22 UTF-16 units, and still too short.
    expect(refusal('🙂🍀🐢🚲🎻🧦🪁🥨🦔🪴🐝')).toBe('PASSWORD_TOO_SHORT');
    expect(refusal('🙂🍀🐢🚲🎻🧦🪁🥨🦔🪴🐝🌵')).toBeNull();
    expect(refusal('grøn te på trappen')).toBeNull();
    expect(refusal('x'.repeat(LIMITS.passwordMaxLength - 10) + ' and more')).toBeNull();
    expect(refusal('y'.repeat(LIMITS.passwordMaxLength) + ' z')).toBe('PASSWORD_TOO_LONG');
  });

  it('accepts long lower-case passphrases: no rule asks for digits, capitals or symbols', () => {
    expect(refusal('hest batteri hæfteklamme korrekt')).toBeNull();
    expect(refusal('demo-password-2026')).toBeNull();
    expect(refusal('kaffe på altanen om morgenen')).toBeNull();
  });

  it('refuses the common ones of every language served, in any case and with digits or marks around them', () => {
    for (const common of ['qwertyuiop123', 'Password1234', 'PASSWORD12345', '1q2w3e4r5t6y', 'Sommer2024!!', 'sommar2025!!', 'Kodeord12345', 'Losenord1234', 'passord12345', 'haslo1234567', 'Hasło1234567', 'kochamcie123', '!!velkommen!!']) {
      expect([common, isCommonPassword(common)]).toEqual([common, true]);
    }
    expect(refusal('Sommer2024!!')).toBe('PASSWORD_TOO_COMMON');
    // From zxcvbn-ts's list of the commonest passwords worldwide, not ours.
    expect(refusal('LeaveMeAlone')).toBe('PASSWORD_TOO_COMMON');
    expect(refusal('sonyericsson!')).toBe('PASSWORD_TOO_COMMON');
    expect(refusal('1qazxsw23edc')).toBe('PASSWORD_TOO_COMMON');
  });

  it('refuses a character or a short pattern over and over', () => {
    expect(refusal('aaaaaaaaaaaaaaaa')).toBe('PASSWORD_TOO_COMMON');
    expect(refusal('abcabcabcabcabc')).toBe('PASSWORD_TOO_COMMON');
    expect(refusal('121212121212')).toBe('PASSWORD_TOO_COMMON');
    expect(refusal('123412341234')).toBe('PASSWORD_TOO_COMMON');
  });
});

describe('password hashes', () => {
  it('are argon2id, salted, and match only their password (the same one typed in another Unicode form too)', async () => {
    const first = await hashPassword('Blåbærgrød i køkkenet');
    const second = await hashPassword('Blåbærgrød i køkkenet');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, 'Blåbærgrød i køkkenet')).toBe(true);
    // "å" typed as "a" and a combining ring.
    expect(await verifyPassword(first, 'Bla\u030abærgrød i køkkenet')).toBe(true);
    expect(await verifyPassword(first, 'blåbærgrød i køkkenet')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });

  it('checks an unknown account’s password as slowly as a known one: against a hash of the same cost, never matching', async () => {
    // The cost is in the hash's parameters (memory, passes, lanes), not measured here: timings vary with the machine's load.
    const parameters = (hash: string) => hash.split('$').slice(1, 4).join('$');
    expect(parameters(await nobodysHash())).toBe(parameters(await hashPassword('some long passphrase')));
    expect(parameters(await nobodysHash())).toBe('argon2id$v=19$m=65536,p=4,t=3');
    expect(await verifyPassword(await nobodysHash(), 'no account has this password, it only costs time')).toBe(true);
    expect(await verifyAgainstNobody('no account has this password, it only costs time')).toBe(false);
  });
});
