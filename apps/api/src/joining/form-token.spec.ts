import { testKeyRing } from '../privacy/testing';
import { FORM_MAX_HOURS, FORM_MIN_SECONDS, formTokenProblem, issueFormToken } from './form-token';

const ISSUED = new Date('2026-11-25T09:00:00Z');
const after = (milliseconds: number) => new Date(ISSUED.getTime() + milliseconds);

describe('the form token', () => {
  const ring = testKeyRing();
  const token = issueFormToken(ring, ISSUED);

  it(`is good from ${FORM_MIN_SECONDS} seconds after it was issued until ${FORM_MAX_HOURS} hours after`, () => {
    expect(formTokenProblem(ring, token, after(FORM_MIN_SECONDS * 1000 - 1))).toBe('FORM_TOO_FAST');
    expect(formTokenProblem(ring, token, after(-60_000))).toBe('FORM_TOO_FAST');
    expect(formTokenProblem(ring, token, after(FORM_MIN_SECONDS * 1000))).toBeNull();
    expect(formTokenProblem(ring, token, after(FORM_MAX_HOURS * 3_600_000))).toBeNull();
    expect(formTokenProblem(ring, token, after(FORM_MAX_HOURS * 3_600_000 + 1))).toBe('FORM_EXPIRED');
  });

  it('is refused when made under other keys, changed, or not a token at all', () => {
    const [issuedAt, mac] = token.split('.') as [string, string];
    const later = after(60_000);
    expect(formTokenProblem(testKeyRing(), token, later)).toBe('FORM_EXPIRED');
    expect(formTokenProblem(ring, `${Number(issuedAt) + 1}.${mac}`, later)).toBe('FORM_EXPIRED');
    expect(formTokenProblem(ring, `0${issuedAt}.${mac}`, later)).toBe('FORM_EXPIRED');
    expect(formTokenProblem(ring, `${issuedAt}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, later)).toBe('FORM_EXPIRED');
    for (const made of ['', '.', `${issuedAt}.`, `.${mac}`, `${issuedAt}.${mac}.x`, `${'9'.repeat(16)}.${mac}`, `${issuedAt}.${'é'.repeat(43)}`]) {
      expect({ made, problem: formTokenProblem(ring, made, later) }).toEqual({ made, problem: 'FORM_EXPIRED' });
    }
  });
});
