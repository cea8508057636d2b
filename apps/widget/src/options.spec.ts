import { negotiateLocale } from '@groupfinder/translations';
import { attributesOf, endpointBesideScript, parseWidgetOptions, requestedLanguages, withEmbedKey } from './options';

describe('parseWidgetOptions', () => {
  it('reads the attributes of a municipality embed', () => {
    expect(
      parseWidgetOptions({
        groupfinder: '',
        api: ' https://api.example.org/graphql ',
        municipality: '159',
        country: 'dk',
        topics: 'alcohol, GAMBLING ALCOHOL',
        lang: 'da-DK',
        headingLevel: '3',
      }),
    ).toEqual({
      api: 'https://api.example.org/graphql',
      municipality: '159',
      country: 'DK',
      topics: ['ALCOHOL', 'GAMBLING'],
      lang: 'da-DK',
      headingLevel: 3,
    });
  });

  it('drops what it does not know rather than guessing', () => {
    expect(parseWidgetOptions({ groupfinder: '', topics: 'BOOZE', country: 'DE', headingLevel: '1', municipality: '  ', key: '  ' })).toEqual({});
    // A mistyped key is kept, for the API to refuse visibly, not dropped (which would show every group).
    expect(parseWidgetOptions({ key: 'Xq3v_0bS-2c9kPl' })).toEqual({ key: 'Xq3v_0bS-2c9kPl' });
  });

  it('reads an embed’s key and language from <groupfinder-finder key lang>', () => {
    const attributes: Record<string, string> = { key: 'Xq3v_0bS-2c9kPl1mNzR4w', lang: 'pl' };
    const element = { dataset: { headingLevel: '3' } as DOMStringMap, getAttribute: (name: string) => attributes[name] ?? null };
    expect(parseWidgetOptions(attributesOf(element))).toEqual({ key: 'Xq3v_0bS-2c9kPl1mNzR4w', lang: 'pl', headingLevel: 3 });
  });
});

describe('the endpoint', () => {
  it('is the API the script came from, when it came from an API’s /widget/', () => {
    expect(endpointBesideScript('https://api.example.org/widget/groupfinder-widget.js')).toBe('https://api.example.org/graphql');
    expect(endpointBesideScript('https://cdn.example.org/copies/groupfinder.js')).toBeNull();
    // A module script in development has none.
    expect(endpointBesideScript(undefined)).toBeNull();
  });

  it('names the embed’s key in every request', () => {
    expect(withEmbedKey('https://api.example.org/graphql', 'Xq3v_0bS-2c9kPl1mNzR4w')).toBe('https://api.example.org/graphql?embed=Xq3v_0bS-2c9kPl1mNzR4w');
    expect(withEmbedKey('https://api.example.org/graphql', undefined)).toBe('https://api.example.org/graphql');
  });
});

describe('the widget language', () => {
  const localeOf = (lang: string | undefined, pageLang: string, browser: string[] = []) =>
    negotiateLocale(requestedLanguages(lang ? { lang } : {}, pageLang, browser));

  it("follows the host page's <html lang>", () => {
    expect(localeOf(undefined, 'da', ['en-US'])).toBe('da');
    expect(localeOf(undefined, 'pl-PL', ['da'])).toBe('pl');
    expect(localeOf(undefined, 'no', [])).toBe('nb');
  });

  it('lets data-lang override the page', () => {
    expect(localeOf('sv', 'da', ['da'])).toBe('sv');
  });

  it("falls back to the visitor's browser, then English, when the page's language is not ours", () => {
    expect(localeOf(undefined, 'de', ['de-DE', 'nb-NO'])).toBe('nb');
    expect(localeOf(undefined, '', ['fr'])).toBe('en');
  });
});
