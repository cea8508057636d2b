import { graphqlLanguage, preferredLocale } from './locale';

describe('preferredLocale', () => {
  it('takes the first language of the browser that we write', () => {
    expect(preferredLocale({ languages: ['da-DK', 'da', 'en-US', 'en'], language: 'da-DK' })).toBe('da');
    expect(preferredLocale({ languages: ['de-DE', 'pl-PL', 'en'], language: 'de-DE' })).toBe('pl');
  });

  it('serves Bokmål to a browser set to Norwegian (no, nn)', () => {
    expect(preferredLocale({ languages: ['nn-NO', 'en'], language: 'nn-NO' })).toBe('nb');
    expect(preferredLocale({ languages: ['no'], language: 'no' })).toBe('nb');
  });

  it('falls back to navigator.language when the list is empty', () => {
    expect(preferredLocale({ languages: [], language: 'sv-SE' })).toBe('sv');
  });

  it('speaks English to a browser in a language we do not write', () => {
    expect(preferredLocale({ languages: ['fr-FR', 'de'], language: 'fr-FR' })).toBe('en');
    expect(preferredLocale({ languages: [], language: '' })).toBe('en');
  });
});

describe('graphqlLanguage', () => {
  it('names the locale as the schema’s Language enum does', () => {
    expect(graphqlLanguage('da')).toBe('DA');
    expect(graphqlLanguage('nb')).toBe('NB');
    expect(graphqlLanguage('pl')).toBe('PL');
  });
});
