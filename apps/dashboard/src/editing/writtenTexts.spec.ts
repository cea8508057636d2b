import { missingLanguages, shownLanguages, trimmedText, withText, writtenText } from './writtenTexts';

describe('writtenText', () => {
  it('keeps the languages written in, in the platform’s order, and nothing else', () => {
    expect(writtenText({ sv: 'Buss 150S', da: 'Bus 150S', en: '', xx: 'x', pl: 3 })).toEqual({ da: 'Bus 150S', sv: 'Buss 150S' });
    expect(writtenText(null)).toEqual({});
  });
});

describe('trimmedText', () => {
  it('trims each language and leaves out those that are only spaces', () => {
    expect(trimmedText({ da: 'Bus 150S ', sv: '  ' })).toEqual({ da: 'Bus 150S' });
  });
});

describe('withText', () => {
  it('drops a language whose text is emptied', () => {
    expect(withText({ da: 'Bus 150S', sv: 'Buss 150S' }, 'sv', '')).toEqual({ da: 'Bus 150S' });
    expect(withText({ da: 'Bus 150S' }, 'pl', 'Autobus 150S')).toEqual({ da: 'Bus 150S', pl: 'Autobus 150S' });
  });
});

describe('shownLanguages', () => {
  it('puts the record’s language first, then those written in or added', () => {
    expect(shownLanguages('sv', [{ en: 'Bus 150S', da: 'Bus 150S' }], ['pl'])).toEqual(['sv', 'da', 'pl', 'en']);
    expect(shownLanguages('da', [{}], [])).toEqual(['da']);
  });

  it('keeps a language that was written before while its text is emptied', () => {
    expect(shownLanguages('da', [{ da: 'Bus 150S' }, { da: 'Bus 150S', sv: 'Buss 150S' }], [])).toEqual(['da', 'sv']);
  });
});

describe('missingLanguages', () => {
  it('marks the languages shown without a text once another has one', () => {
    expect(missingLanguages({ sv: 'Buss 150S' }, ['da', 'sv', 'pl'])).toEqual(['da', 'pl']);
  });

  it('marks nothing when no language has a text: the text is optional', () => {
    expect(missingLanguages({}, ['da', 'sv'])).toEqual([]);
  });
});
