import { sameValue } from './sameValue';

describe('sameValue', () => {
  it('treats a value not given and null alike', () => {
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue(0, null)).toBe(false);
  });

  it('compares objects whatever the order of their keys, and lists in their order', () => {
    expect(sameValue({ sv: 'Sorgegrupp', da: 'Sorggruppe' }, { da: 'Sorggruppe', sv: 'Sorgegrupp' })).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
  });
});
