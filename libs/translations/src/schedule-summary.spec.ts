import type { Schedule } from '@groupfinder/domain';
import { describePause, describeSchedule, LOCALES, type Locale } from './index';

/** All summaries are written as of 15 January 2026. */
const now = new Date('2026-01-15T12:00:00Z');

function schedule(start: string, rrule: string | null, durationMinutes = 120): Schedule {
  return { timeZone: 'Europe/Copenhagen', start, durationMinutes, rrule, exdates: [], rdates: [], moves: [], pauses: [] };
}

type Expected = Record<Locale, string>;

const CASES: [string, Schedule, Expected][] = [
  [
    'weekly',
    schedule('2026-01-05T19:00', 'FREQ=WEEKLY;BYDAY=MO', 90),
    {
      da: 'Hver mandag kl. 19:00–20:30',
      sv: 'Varje måndag kl. 19:00–20:30',
      nb: 'Hver mandag kl. 19:00–20:30',
      pl: 'W każdy poniedziałek, 19:00–20:30',
      en: 'Every Monday, 19:00–20:30',
    },
  ],
  [
    'weekly on a feminine weekday, the weekday taken from the start',
    schedule('2026-01-07T18:00', 'FREQ=WEEKLY'),
    {
      da: 'Hver onsdag kl. 18:00–20:00',
      sv: 'Varje onsdag kl. 18:00–20:00',
      nb: 'Hver onsdag kl. 18:00–20:00',
      pl: 'W każdą środę, 18:00–20:00',
      en: 'Every Wednesday, 18:00–20:00',
    },
  ],
  [
    'every 14 days',
    schedule('2026-01-06T19:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'),
    {
      da: 'Hver 14. dag, tirsdag kl. 19:00–21:00',
      sv: 'Varannan tisdag kl. 19:00–21:00',
      nb: 'Annenhver tirsdag kl. 19:00–21:00',
      pl: 'Co drugi wtorek, 19:00–21:00',
      en: 'Every other Tuesday, 19:00–21:00',
    },
  ],
  [
    'every 14 days written as FREQ=DAILY;INTERVAL=14, on a feminine weekday',
    schedule('2026-01-14T19:00', 'FREQ=DAILY;INTERVAL=14'),
    {
      da: 'Hver 14. dag, onsdag kl. 19:00–21:00',
      sv: 'Varannan onsdag kl. 19:00–21:00',
      nb: 'Annenhver onsdag kl. 19:00–21:00',
      pl: 'Co drugą środę, 19:00–21:00',
      en: 'Every other Wednesday, 19:00–21:00',
    },
  ],
  [
    'every 3 weeks',
    schedule('2026-01-06T19:00', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU'),
    {
      da: 'Hver 3. uge, tirsdag kl. 19:00–21:00',
      sv: 'Var 3:e vecka, tisdag kl. 19:00–21:00',
      nb: 'Hver 3. uke, tirsdag kl. 19:00–21:00',
      pl: 'Co 3 tygodnie we wtorek, 19:00–21:00',
      en: 'Every 3 weeks on Tuesday, 19:00–21:00',
    },
  ],
  [
    'every 5 weeks',
    schedule('2026-01-10T10:00', 'FREQ=WEEKLY;INTERVAL=5;BYDAY=SA'),
    {
      da: 'Hver 5. uge, lørdag kl. 10:00–12:00',
      sv: 'Var 5:e vecka, lördag kl. 10:00–12:00',
      nb: 'Hver 5. uke, lørdag kl. 10:00–12:00',
      pl: 'Co 5 tygodni w sobotę, 10:00–12:00',
      en: 'Every 5 weeks on Saturday, 10:00–12:00',
    },
  ],
  [
    'two weekdays',
    schedule('2026-01-05T19:00', 'FREQ=WEEKLY;BYDAY=MO,TH', 90),
    {
      da: 'Hver mandag og torsdag kl. 19:00–20:30',
      sv: 'Varje måndag och torsdag kl. 19:00–20:30',
      nb: 'Hver mandag og torsdag kl. 19:00–20:30',
      pl: 'W poniedziałki i czwartki, 19:00–20:30',
      en: 'Every Monday and Thursday, 19:00–20:30',
    },
  ],
  [
    'weekdays starting with Tuesday',
    schedule('2026-01-06T19:00', 'FREQ=WEEKLY;BYDAY=TH,TU', 90),
    {
      da: 'Hver tirsdag og torsdag kl. 19:00–20:30',
      sv: 'Varje tisdag och torsdag kl. 19:00–20:30',
      nb: 'Hver tirsdag og torsdag kl. 19:00–20:30',
      pl: 'We wtorki i czwartki, 19:00–20:30',
      en: 'Every Tuesday and Thursday, 19:00–20:30',
    },
  ],
  [
    'three weekdays every other week',
    schedule('2026-01-05T19:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR', 90),
    {
      da: 'Hver 14. dag, mandag, onsdag og fredag kl. 19:00–20:30',
      sv: 'Varannan vecka, måndag, onsdag och fredag kl. 19:00–20:30',
      nb: 'Annenhver uke, mandag, onsdag og fredag kl. 19:00–20:30',
      pl: 'Co drugi tydzień w poniedziałki, środy i piątki, 19:00–20:30',
      en: 'Every other week on Monday, Wednesday and Friday, 19:00–20:30',
    },
  ],
  [
    'daily',
    schedule('2026-01-06T07:30', 'FREQ=DAILY', 60),
    {
      da: 'Hver dag kl. 07:30–08:30',
      sv: 'Varje dag kl. 07:30–08:30',
      nb: 'Hver dag kl. 07:30–08:30',
      pl: 'Codziennie, 07:30–08:30',
      en: 'Every day, 07:30–08:30',
    },
  ],
  [
    'every 3 days',
    schedule('2026-01-06T19:00', 'FREQ=DAILY;INTERVAL=3'),
    {
      da: 'Hver 3. dag kl. 19:00–21:00',
      sv: 'Var 3:e dag kl. 19:00–21:00',
      nb: 'Hver 3. dag kl. 19:00–21:00',
      pl: 'Co 3 dni, 19:00–21:00',
      en: 'Every 3 days, 19:00–21:00',
    },
  ],
  [
    'the first Tuesday of the month',
    schedule('2026-01-06T19:00', 'FREQ=MONTHLY;BYDAY=1TU'),
    {
      da: 'Første tirsdag i måneden kl. 19:00–21:00',
      sv: 'Första tisdagen i månaden kl. 19:00–21:00',
      nb: 'Første tirsdag i måneden kl. 19:00–21:00',
      pl: 'W pierwszy wtorek miesiąca, 19:00–21:00',
      en: 'First Tuesday of the month, 19:00–21:00',
    },
  ],
  [
    'the first Wednesday of the month',
    schedule('2026-01-07T19:00', 'FREQ=MONTHLY;BYDAY=1WE'),
    {
      da: 'Første onsdag i måneden kl. 19:00–21:00',
      sv: 'Första onsdagen i månaden kl. 19:00–21:00',
      nb: 'Første onsdag i måneden kl. 19:00–21:00',
      pl: 'W pierwszą środę miesiąca, 19:00–21:00',
      en: 'First Wednesday of the month, 19:00–21:00',
    },
  ],
  [
    'the first and third Tuesday',
    schedule('2026-01-06T19:00', 'FREQ=MONTHLY;BYDAY=3TU,1TU'),
    {
      da: 'Første og tredje tirsdag i måneden kl. 19:00–21:00',
      sv: 'Första och tredje tisdagen i månaden kl. 19:00–21:00',
      nb: 'Første og tredje tirsdag i måneden kl. 19:00–21:00',
      pl: 'W pierwszy i trzeci wtorek miesiąca, 19:00–21:00',
      en: 'First and third Tuesday of the month, 19:00–21:00',
    },
  ],
  [
    'the second and fourth Saturday',
    schedule('2026-01-10T10:00', 'FREQ=MONTHLY;BYDAY=2SA,4SA'),
    {
      da: 'Anden og fjerde lørdag i måneden kl. 10:00–12:00',
      sv: 'Andra och fjärde lördagen i månaden kl. 10:00–12:00',
      nb: 'Andre og fjerde lørdag i måneden kl. 10:00–12:00',
      pl: 'W drugą i czwartą sobotę miesiąca, 10:00–12:00',
      en: 'Second and fourth Saturday of the month, 10:00–12:00',
    },
  ],
  [
    'the last Thursday of the month',
    schedule('2025-12-25T19:00', 'FREQ=MONTHLY;BYDAY=-1TH'),
    {
      da: 'Sidste torsdag i måneden kl. 19:00–21:00',
      sv: 'Sista torsdagen i månaden kl. 19:00–21:00',
      nb: 'Siste torsdag i måneden kl. 19:00–21:00',
      pl: 'W ostatni czwartek miesiąca, 19:00–21:00',
      en: 'Last Thursday of the month, 19:00–21:00',
    },
  ],
  [
    'the fifth and the last Sunday',
    schedule('2025-11-30T17:00', 'FREQ=MONTHLY;BYDAY=-1SU,5SU'),
    {
      da: 'Femte og sidste søndag i måneden kl. 17:00–19:00',
      sv: 'Femte och sista söndagen i månaden kl. 17:00–19:00',
      nb: 'Femte og siste søndag i måneden kl. 17:00–19:00',
      pl: 'W piątą i ostatnią niedzielę miesiąca, 17:00–19:00',
      en: 'Fifth and last Sunday of the month, 17:00–19:00',
    },
  ],
  [
    'the last Thursday of every other month',
    schedule('2025-12-25T19:00', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=-1TH'),
    {
      da: 'Sidste torsdag i hver anden måned kl. 19:00–21:00',
      sv: 'Sista torsdagen i varannan månad kl. 19:00–21:00',
      nb: 'Siste torsdag i annenhver måned kl. 19:00–21:00',
      pl: 'W ostatni czwartek co drugi miesiąc, 19:00–21:00',
      en: 'Last Thursday of every other month, 19:00–21:00',
    },
  ],
  [
    'monthly on the 15th',
    schedule('2026-01-15T19:00', 'FREQ=MONTHLY;BYMONTHDAY=15'),
    {
      da: 'Den 15. i hver måned kl. 19:00–21:00',
      sv: 'Den 15:e i varje månad kl. 19:00–21:00',
      nb: 'Den 15. i hver måned kl. 19:00–21:00',
      pl: '15. dnia każdego miesiąca, 19:00–21:00',
      en: 'Monthly on the 15th, 19:00–21:00',
    },
  ],
  [
    'monthly on the 1st and 22nd, the day of the month ordinal in English and Swedish',
    schedule('2026-01-01T19:00', 'FREQ=MONTHLY;BYMONTHDAY=22,1'),
    {
      da: 'Den 1. og 22. i hver måned kl. 19:00–21:00',
      sv: 'Den 1:a och 22:a i varje månad kl. 19:00–21:00',
      nb: 'Den 1. og 22. i hver måned kl. 19:00–21:00',
      pl: '1. i 22. dnia każdego miesiąca, 19:00–21:00',
      en: 'Monthly on the 1st and 22nd, 19:00–21:00',
    },
  ],
  [
    'monthly on the last day, every 3 months',
    schedule('2025-12-31T19:00', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1'),
    {
      da: 'Den sidste dag i hver 3. måned kl. 19:00–21:00',
      sv: 'Den sista dagen i var 3:e månad kl. 19:00–21:00',
      nb: 'Den siste dagen i hver 3. måned kl. 19:00–21:00',
      pl: 'Ostatniego dnia co 3 miesiące, 19:00–21:00',
      en: 'Every 3 months on the last day, 19:00–21:00',
    },
  ],
  [
    '10 sessions from 3 February',
    schedule('2026-02-03T19:00', 'FREQ=WEEKLY;COUNT=10'),
    {
      da: 'Hver tirsdag kl. 19:00–21:00, 10 møder fra 3. februar',
      sv: 'Varje tisdag kl. 19:00–21:00, 10 träffar från 3 februari',
      nb: 'Hver tirsdag kl. 19:00–21:00, 10 møter fra 3. februar',
      pl: 'W każdy wtorek, 19:00–21:00, 10 spotkań od 3 lutego',
      en: 'Every Tuesday, 19:00–21:00, 10 sessions from 3 February',
    },
  ],
  [
    'until a date, having started',
    schedule('2026-01-06T19:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260630'),
    {
      da: 'Hver 14. dag, tirsdag kl. 19:00–21:00, til og med 30. juni',
      sv: 'Varannan tisdag kl. 19:00–21:00, till och med 30 juni',
      nb: 'Annenhver tirsdag kl. 19:00–21:00, til og med 30. juni',
      pl: 'Co drugi wtorek, 19:00–21:00, do 30 czerwca',
      en: 'Every other Tuesday, 19:00–21:00, until 30 June',
    },
  ],
  [
    'from a coming date until a date next year, given in UTC',
    schedule('2026-02-05T18:00', 'FREQ=MONTHLY;BYDAY=1TH;UNTIL=20270630T215959Z'),
    {
      da: 'Første torsdag i måneden kl. 18:00–20:00, fra 5. februar til og med 30. juni 2027',
      sv: 'Första torsdagen i månaden kl. 18:00–20:00, från 5 februari till och med 30 juni 2027',
      nb: 'Første torsdag i måneden kl. 18:00–20:00, fra 5. februar til og med 30. juni 2027',
      pl: 'W pierwszy czwartek miesiąca, 18:00–20:00, od 5 lutego do 30 czerwca 2027',
      en: 'First Thursday of the month, 18:00–20:00, from 5 February until 30 June 2027',
    },
  ],
  [
    'from a coming date',
    schedule('2026-02-03T19:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'),
    {
      da: 'Hver 14. dag, tirsdag kl. 19:00–21:00, fra 3. februar',
      sv: 'Varannan tisdag kl. 19:00–21:00, från 3 februari',
      nb: 'Annenhver tirsdag kl. 19:00–21:00, fra 3. februar',
      pl: 'Co drugi wtorek, 19:00–21:00, od 3 lutego',
      en: 'Every other Tuesday, 19:00–21:00, from 3 February',
    },
  ],
  [
    'a single meeting this year',
    schedule('2026-02-03T19:00', null),
    {
      da: 'Tirsdag 3. februar kl. 19:00–21:00',
      sv: 'Tisdag 3 februari kl. 19:00–21:00',
      nb: 'Tirsdag 3. februar kl. 19:00–21:00',
      pl: 'Wtorek, 3 lutego, 19:00–21:00',
      en: 'Tuesday 3 February, 19:00–21:00',
    },
  ],
  [
    'a single meeting next year, past midnight',
    schedule('2027-02-03T23:30', null, 90),
    {
      da: 'Onsdag den 3. februar 2027 kl. 23:30–01:00',
      sv: 'Onsdag 3 februari 2027 kl. 23:30–01:00',
      nb: 'Onsdag 3. februar 2027 kl. 23:30–01:00',
      pl: 'Środa, 3 lutego 2027, 23:30–01:00',
      en: 'Wednesday, 3 February 2027, 23:30–01:00',
    },
  ],
];

describe('describeSchedule', () => {
  describe.each(CASES)('%s', (_name, value, expected) => {
    it.each(LOCALES)('in %s', (locale) => {
      expect(describeSchedule(value, locale, { now })).toBe(expected[locale]);
    });
  });

  it('counts sessions with the plural forms of each language', () => {
    const course = (count: number) => schedule('2026-02-03T19:00', `FREQ=WEEKLY;COUNT=${count}`);
    expect([1, 2, 5, 22].map((count) => describeSchedule(course(count), 'pl', { now }).split(', ').at(-1))).toEqual([
      '1 spotkanie od 3 lutego',
      '2 spotkania od 3 lutego',
      '5 spotkań od 3 lutego',
      '22 spotkania od 3 lutego',
    ]);
    expect(describeSchedule(course(1), 'en', { now })).toBe('Every Tuesday, 19:00–21:00, 1 session from 3 February');
    expect(describeSchedule(course(1), 'da', { now })).toBe('Hver tirsdag kl. 19:00–21:00, 1 møde fra 3. februar');
  });

  it('writes the year of a first date that is not this year', () => {
    expect(describeSchedule(schedule('2027-03-02T19:00', 'FREQ=WEEKLY;COUNT=6'), 'en', { now })).toBe(
      'Every Tuesday, 19:00–21:00, 6 sessions from 2 March 2027',
    );
  });

  it("reads dates in the group's time zone, not the reader's", () => {
    const warsaw = { ...schedule('2026-01-06T19:00', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T220000Z'), timeZone: 'Europe/Warsaw' };
    // 22:00 UTC on 30 June is already 1 July in Warsaw.
    expect(describeSchedule(warsaw, 'pl', { now })).toBe('W każdy wtorek, 19:00–21:00, do 1 lipca');
  });

  it('refuses a schedule whose rule cannot be read', () => {
    expect(() => describeSchedule(schedule('2026-01-06T19:00', 'FREQ=YEARLY'), 'en', { now })).toThrow('RRULE_UNSUPPORTED');
  });
});

describe('describePause', () => {
  // Intl's date ranges: Danish, Swedish and Norwegian join the dates with a bare en dash, English
  // (en-GB) and Polish with thin spaces (U+2009) around it.
  const summerBreak = { from: '2026-07-01', until: '2026-08-10', reason: { da: 'Sommerferie', sv: 'Sommaruppehåll', en: 'Summer break' } };

  it.each([
    ['da', 'Sommerferie 1. juli–10. august'],
    ['sv', 'Sommaruppehåll 1 juli–10 augusti'],
    ['nb', 'Sommerferie 1. juli–10. august'],
    ['pl', 'Sommerferie 1 lipca\u2009–\u200910 sierpnia'],
    ['en', 'Summer break 1 July\u2009–\u200910 August'],
  ] as const)('in %s, the reason falling back to the organisation’s language', (locale, expected) => {
    expect(describePause(summerBreak, locale, 'da', { now })).toBe(expected);
  });

  it.each([
    ['da', 'Ingen møder 1.–10. august'],
    ['sv', 'Inga träffar 1–10 augusti'],
    ['nb', 'Ingen møter 1.–10. august'],
    ['pl', 'Brak spotkań 1–10 sierpnia'],
    ['en', 'No meetings 1\u2009–\u200910 August'],
  ] as const)('in %s without a reason, within one month', (locale, expected) => {
    expect(describePause({ from: '2026-08-01', until: '2026-08-10', reason: {} }, locale, 'da', { now })).toBe(expected);
  });

  it('writes the years of a pause over New Year', () => {
    const christmas = { from: '2026-12-21', until: '2027-01-03', reason: { pl: 'Przerwa świąteczna' } };
    expect(describePause(christmas, 'pl', 'pl', { now })).toBe('Przerwa świąteczna 21 grudnia 2026\u2009–\u20093 stycznia 2027');
    expect(describePause(christmas, 'da', 'pl', { now })).toBe('Przerwa świąteczna 21. december 2026–3. januar 2027');
  });
});
