import { LIMITS } from '@groupfinder/domain';
import { translator, type Locale } from '@groupfinder/translations';
import {
  addressLines,
  calendarLinks,
  describeMeeting,
  describeResults,
  formatDistance,
  formatMeetingDay,
  langIfOther,
  mailtoHref,
  telHref,
  todayIn,
  toLangAttribute,
  toLanguageEnum,
  wallClock,
  webHref,
  webLabel,
} from './format';

describe('telHref', () => {
  it('dials a Danish number as organisations write it from anywhere', () => {
    expect(telHref('4498 3579', 'DK')).toBe('tel:+4544983579');
  });

  it('drops the Swedish trunk zero', () => {
    expect(telHref('08-123 45 67', 'SE')).toBe('tel:+4681234567');
  });

  it('keeps numbers that are already international', () => {
    expect(telHref('+48 22 123 45 67', 'PL')).toBe('tel:+48221234567');
    expect(telHref('0047 22 33 44 55', 'NO')).toBe('tel:+4722334455');
  });

  it('leaves the number national when the country is unknown, and gives up without digits', () => {
    expect(telHref('4498 3579')).toBe('tel:44983579');
    expect(telHref('ring os')).toBeUndefined();
  });
});

describe('calendarLinks', () => {
  it('finds the calendar beside the API, also behind a path, and subscribes with webcal', () => {
    expect(calendarLinks('https://finder.example.dk/api/graphql', 'sorg-unge', 'pl')).toEqual({
      download: 'https://finder.example.dk/api/calendar/groups/sorg-unge.ics?lang=pl',
      subscribe: 'webcal://finder.example.dk/api/calendar/groups/sorg-unge.ics?lang=pl',
    });
  });
});

describe('mailtoHref', () => {
  it('links an address and nothing else', () => {
    expect(mailtoHref(' defrivilligeshus@gladsaxe.dk ')).toBe('mailto:defrivilligeshus@gladsaxe.dk');
    expect(mailtoHref('skriv til os')).toBeUndefined();
  });
});

describe('addressLines', () => {
  it('writes the venue and street, then postal code and town', () => {
    expect(
      addressLines({ name: 'Forebyggelsescentret', street: 'Søborg Hovedgade 200', postalCode: '2860', town: 'Søborg' }),
    ).toEqual(['Forebyggelsescentret, Søborg Hovedgade 200', '2860 Søborg']);
  });

  it('does not repeat a venue named after its street', () => {
    expect(addressLines({ name: 'Rustenborgvej 2A', street: 'Rustenborgvej 2A', postalCode: '2800', town: 'Kgs. Lyngby' })).toEqual([
      'Rustenborgvej 2A',
      '2800 Kgs. Lyngby',
    ]);
  });
});

describe('languages', () => {
  it('maps locales to the GraphQL enum and back', () => {
    expect(toLanguageEnum('nb')).toBe('NB');
    expect(toLangAttribute('PL')).toBe('pl');
  });

  it('marks a text in another language than the widget, and only then', () => {
    expect(langIfOther('SV', 'da')).toBe('sv');
    expect(langIfOther('DA', 'da')).toBeUndefined();
  });
});

describe('web links', () => {
  it('links http(s) pages and shows them without the protocol', () => {
    const href = webHref('https://www.smartrecovery.dk/');
    expect(href).toBe('https://www.smartrecovery.dk/');
    expect(webLabel(href ?? '')).toBe('www.smartrecovery.dk');
    expect(webLabel('https://example.org/grupper/søborg/')).toBe('example.org/grupper/søborg');
  });

  it('never links a script or a non-address', () => {
    expect(webHref('javascript:alert(1)')).toBeUndefined();
    expect(webHref('www.example.org')).toBeUndefined();
  });
});

describe('meetings', () => {
  it("reads the group's wall clock from the offset the API writes", () => {
    expect(wallClock('2026-11-24T16:30:00+01:00')).toEqual({ date: '2026-11-24', time: '16:30' });
    expect(wallClock('2026-03-31T19:00:00+02:00')).toEqual({ date: '2026-03-31', time: '19:00' });
    expect(wallClock('soon')).toBeUndefined();
  });

  it('says the day in the language of the page, with the year only when it is not this one', () => {
    expect(formatMeetingDay('2026-12-01', 'da', '2026-11-23')).toBe('tirsdag 1. december');
    expect(formatMeetingDay('2027-01-05', 'da', '2026-11-23')).toMatch(/^tirsdag (den )?5\. januar 2027$/);
    expect(formatMeetingDay('2026-12-01', 'en', '2026-11-23')).toBe('Tuesday 1 December');
  });

  it('writes a meeting as "tirsdag 1. december kl. 16:30", or with its end', () => {
    const da = translator('da');
    expect(describeMeeting(da, 'da', '2026-11-23', '2026-12-01T16:30:00+01:00')).toBe('tirsdag 1. december kl. 16:30');
    expect(describeMeeting(da, 'da', '2026-11-23', '2026-12-01T16:30:00+01:00', '2026-12-01T18:00:00+01:00')).toBe(
      'tirsdag 1. december kl. 16:30–18:00',
    );
    expect(describeMeeting(translator('pl'), 'pl', '2026-11-23', '2026-12-01T16:30:00+01:00')).toBe('wtorek, 1 grudnia, godz. 16:30');
  });

  it("knows today's date where the group meets", () => {
    // 23:30 UTC on 23 November is already the 24th in Copenhagen.
    expect(todayIn('Europe/Copenhagen', new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(todayIn('Not/AZone', new Date('2026-06-15T12:00:00Z'))).toMatch(/^2026-06-1[45]$/);
  });
});

describe('formatDistance', () => {
  it('writes kilometres as the page reads them', () => {
    expect(formatDistance(1.234, 'da')).toBe('1,2 km');
    expect(formatDistance(12.6, 'da')).toBe('13 km');
    expect(formatDistance(1.25, 'en')).toBe('1.3 km');
  });
});

describe('describeResults', () => {
  it('says how many groups were found, in the plural of the language', () => {
    expect(describeResults(translator('da'), 1, false)).toBe('1 gruppe fundet');
    expect(describeResults(translator('pl'), 5, false)).toBe('Znaleziono 5 grup');
    expect(describeResults(translator('en'), 0, false)).toBe('No groups found');
  });

  it('says "more than" when the API stopped counting, the number written as the language writes it', () => {
    const capped = (locale: Locale) => describeResults(translator(locale), LIMITS.countMax, true);
    expect(capped('en')).toBe('More than 1,000 groups found');
    expect(capped('da')).toBe('Over 1.000 grupper fundet');
    // Swedish and Norwegian group digits with a no-break space; Polish does not group four digits.
    expect(capped('sv')).toBe('Över 1\u00a0000 grupper hittades');
    expect(capped('nb')).toBe('Over 1\u00a0000 grupper funnet');
    expect(capped('pl')).toBe('Znaleziono ponad 1000 grup');
  });
});
