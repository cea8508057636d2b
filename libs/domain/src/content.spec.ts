import { pickText } from './content';

describe('pickText', () => {
  const name = { da: 'Sorggruppe for unge', en: 'Grief group for young people' };

  it('gives the language asked for when the organisation wrote it', () => {
    expect(pickText(name, 'en', 'da')).toEqual({ text: 'Grief group for young people', language: 'en' });
  });

  it("falls back to the organisation's default language and says so", () => {
    expect(pickText(name, 'pl', 'da')).toEqual({ text: 'Sorggruppe for unge', language: 'da' });
  });

  it('falls back to any language when the default is missing too', () => {
    expect(pickText({ sv: 'Anhöriggrupp' }, 'pl', 'da')).toEqual({ text: 'Anhöriggrupp', language: 'sv' });
  });

  it('falls back to the other languages in one order, whatever order the text holds them in', () => {
    // As PostgreSQL's jsonb gives them back (shorter keys first, then by byte): English before Swedish.
    expect(pickText({ en: 'Walk and talk', sv: 'Promenad och samtal' }, 'pl', 'da')).toEqual({ text: 'Promenad och samtal', language: 'sv' });
    expect(pickText({ sv: 'Promenad och samtal', en: 'Walk and talk' }, 'pl', 'da')).toEqual({ text: 'Promenad och samtal', language: 'sv' });
  });

  it('skips empty texts and gives null when there is nothing', () => {
    expect(pickText({ da: '', nb: 'Samtalegruppe' }, 'da', 'da')).toEqual({ text: 'Samtalegruppe', language: 'nb' });
    expect(pickText({}, 'da', 'da')).toBeNull();
  });
});
