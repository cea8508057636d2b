import { TOPIC_CODES, WEEKDAYS } from '@groupfinder/domain';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGS, LOCALES, negotiateLocale, translate, type MessageKey } from './index';

describe('plurals', () => {
  it('counts groups the Polish way: 1 grupa, 2 grupy, 5 grup', () => {
    expect([1, 2, 5, 22, 25].map((count) => translate('pl', 'groups.count', { count }))).toEqual([
      '1 grupa',
      '2 grupy',
      '5 grup',
      '22 grupy',
      '25 grup',
    ]);
  });

  it('counts groups the Nordic way: 1 gruppe, 2 grupper', () => {
    expect(translate('da', 'groups.count', { count: 1 })).toBe('1 gruppe');
    expect(translate('nb', 'groups.count', { count: 2 })).toBe('2 grupper');
    expect(translate('sv', 'groups.count', { count: 1 })).toBe('1 grupp');
    expect(translate('en', 'groups.count', { count: 0 })).toBe('No groups');
  });

  it('says "more than" a count the API stopped at, in the digits of the language', () => {
    expect(LOCALES.map((locale) => translate(locale, 'groups.count.capped', { count: 1000 }))).toEqual(
      expect.arrayContaining(['More than 1,000 groups', 'Over 1.000 grupper', 'Över 1\u00a0000 grupper', 'Over 1\u00a0000 grupper', 'Ponad 1000 grup']),
    );
    expect(translate('da', 'dashboard.groups.more.capped', { shown: 20, count: 1000 })).toBe('Viser de første 20 af over 1.000 grupper.');
  });
});

describe('schedules', () => {
  it('writes a weekly meeting in Danish', () => {
    expect(translate('da', 'schedule.weekly', { weekday: 'MONDAY', day: 'mandag', start: '19:00', end: '20:30' })).toBe(
      'Hver mandag kl. 19:00–20:30',
    );
  });

  it('puts the Polish weekday in the accusative', () => {
    expect(translate('pl', 'schedule.weekly', { weekday: 'WEDNESDAY', day: 'środa', start: '18:00', end: '19:30' })).toBe(
      'W każdą środę, 18:00–19:30',
    );
  });
});

describe('the catalogs', () => {
  const keys = Object.keys(CATALOGS.en) as MessageKey[];

  function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
    for (const element of elements) {
      if ('value' in element && element.type !== TYPE.literal) found.add(String(element.value));
      if ('options' in element) for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    return found;
  }

  it.each(LOCALES)('%s has every key of English and no other', (locale) => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual([...keys].sort());
  });

  it.each(LOCALES)('%s messages parse and use only the arguments English gives', (locale) => {
    const unknown: string[] = [];
    for (const key of keys) {
      const allowed = argumentsOf(parse(CATALOGS.en[key]));
      // Polish selects on the weekday code, which every schedule message is given but English does not print.
      if (key.startsWith('schedule.')) allowed.add('weekday');
      for (const name of argumentsOf(parse(CATALOGS[locale][key]))) if (!allowed.has(name)) unknown.push(`${key}: ${name}`);
    }
    expect(unknown).toEqual([]);
  });

  it('labels every topic and weekday in every language', () => {
    for (const locale of LOCALES) {
      for (const code of TOPIC_CODES) expect(translate(locale, `topic.${code}`)).not.toBe('');
      for (const day of WEEKDAYS) expect(translate(locale, `weekday.${day}`)).not.toBe('');
    }
  });
});

describe('negotiateLocale', () => {
  it('takes the first supported language of an Accept-Language list', () => {
    expect(negotiateLocale(['de-DE', 'pl-PL', 'en'])).toBe('pl');
  });

  it('reads a host page lang with a region', () => {
    expect(negotiateLocale('da-DK')).toBe('da');
    expect(negotiateLocale('sv')).toBe('sv');
  });

  it('serves Bokmål to the Norwegian tags no and nn', () => {
    expect(negotiateLocale('no')).toBe('nb');
    expect(negotiateLocale('nn-NO')).toBe('nb');
  });

  it.each([
    ['DA-dk', 'da'],
    ['sv-FI', 'sv'],
    ['nb-NO', 'nb'],
    ['pl-PL-u-nu-latn', 'pl'],
    ['en-GB-x-private', 'en'],
    ['zh-Hant-TW', 'en'],
  ])('matches %j to %s by dropping subtags and extensions', (tag, locale) => {
    expect(negotiateLocale(tag)).toBe(locale);
  });

  it('takes the first tag of a list that matches, skipping missing and unknown ones', () => {
    expect(negotiateLocale(['x-klingon', 'pl'])).toBe('pl');
    expect(negotiateLocale([null, undefined, 'nb'])).toBe('nb');
    expect(negotiateLocale(['fr', 'it'])).toBe('en');
  });

  it('falls back to English for unsupported, empty or malformed tags', () => {
    expect(negotiateLocale('fr')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale(['', 'not a tag!'])).toBe('en');
  });
});
