import { negotiateLocale } from '@groupfinder/translations';
import { parseWidgetOptions, requestedLanguages } from './options';

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
    expect(parseWidgetOptions({ groupfinder: '', topics: 'BOOZE', country: 'DE', headingLevel: '1', municipality: '  ' })).toEqual({});
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
