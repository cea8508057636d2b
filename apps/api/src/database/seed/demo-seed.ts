import {
  COUNTRY_TIME_ZONES,
  Temporal,
  localDateOf,
  nextMeetings,
  type AccessibilityFeature,
  type AgeBand,
  type Audience,
  type Country,
  type EnrolmentState,
  type Format,
  type GroupPromise,
  type Language,
  type Method,
  type Schedule,
  type SchedulePause,
  type TopicCode,
  type TranslatedText,
} from '@groupfinder/domain';
import { formatLongDate } from '@groupfinder/translations';

/*
 * The demo data. Real: the two volunteer centres and the SMART Recovery groups of seed 001 (De
 * Frivilliges Hus i Gladsaxe and Frivilligcenter & Selvhjælp Lyngby-Taarbæk), exactly as the
 * seed writes them. Everything else is invented so that search has something to find in every
 * country and language, and is stored with is_demo = true so it is never mistaken for real. The
 * invented groups' dates are relative to the day the data is loaded, so that the demo never shows
 * only past courses and breaks.
 */

export interface OrganisationSeed {
  slug: string;
  name: string;
  country: Country;
  defaultLanguage: Language;
  website?: string;
  phone?: string;
  email?: string;
  isDemo: boolean;
}

export interface VenueSeed {
  name: string;
  street: string;
  postalCode: string;
  town: string;
  latitude: number;
  longitude: number;
  accessibility?: AccessibilityFeature[];
  transportNotes?: TranslatedText;
}

export interface GroupSeed {
  slug: string;
  organisation: string;
  /** Country and official code of the municipality it meets in; none for online groups. */
  municipality?: readonly [Country, string];
  venue?: VenueSeed;
  name: TranslatedText;
  description?: TranslatedText;
  practicalNotes?: TranslatedText;
  intakeText?: TranslatedText;
  topics: TopicCode[];
  audience: Audience;
  ageBand?: AgeBand;
  ageRange?: readonly [number, number];
  format: Format;
  onlineJoin?: { url?: string; onRequest?: boolean };
  languages: Language[];
  method?: Method;
  promises?: GroupPromise[];
  facilitatorCount?: number;
  starterMeetings?: number;
  /** The schedule without its time zone, which is the country's unless given. */
  schedule?: Omit<Schedule, 'timeZone' | 'exdates' | 'rdates' | 'moves' | 'pauses'> & Partial<Schedule>;
  enrolment: EnrolmentState;
  formingMinimum?: number;
  size?: readonly [number, number];
  placesLeft?: number;
  pausedUntil?: string;
  /** A full or closed group that still takes names for when a place frees. */
  waitingList?: boolean;
  contact?: { name?: string; phone?: string; email?: string; url?: string };
  isDemo: boolean;
}

export const MUNICIPALITIES: readonly (readonly [Country, string, string])[] = [
  ['DK', '159', 'Gladsaxe'],
  ['DK', '173', 'Lyngby-Taarbæk'],
  ['SE', '0180', 'Stockholm'],
  ['NO', '0301', 'Oslo'],
  ['PL', '1261011', 'Kraków'],
  ['PL', '1465011', 'Warszawa'],
];

const GLADSAXE = ['DK', '159'] as const;
const LYNGBY = ['DK', '173'] as const;

export const ORGANISATIONS: OrganisationSeed[] = [
  {
    slug: 'de-frivilliges-hus-gladsaxe',
    name: 'De Frivilliges Hus',
    country: 'DK',
    defaultLanguage: 'da',
    phone: '4498 3579',
    email: 'defrivilligeshus@gladsaxe.dk',
    isDemo: false,
  },
  {
    slug: 'frivilligcenter-selvhjaelp-lyngby-taarbaek',
    name: 'Frivilligcenter & Selvhjælp Lyngby-Taarbæk',
    country: 'DK',
    defaultLanguage: 'da',
    isDemo: false,
  },
  { slug: 'demo-selvhjaelp-danmark', name: 'Selvhjælp Danmark (demo)', country: 'DK', defaultLanguage: 'da', email: 'kontakt@example.org', isDemo: true },
  { slug: 'demo-smart-recovery-sverige', name: 'SMART Recovery Sverige (demo)', country: 'SE', defaultLanguage: 'sv', email: 'info@example.org', isDemo: true },
  { slug: 'demo-selvhjelp-oslo', name: 'Selvhjelp Oslo (demo)', country: 'NO', defaultLanguage: 'nb', email: 'post@example.org', isDemo: true },
  { slug: 'demo-wspolnota-aa-na', name: 'Wspólnota AA i NA (demo)', country: 'PL', defaultLanguage: 'pl', email: 'kontakt@example.org', isDemo: true },
];

const FOREBYGGELSESCENTRET: VenueSeed = {
  name: 'Forebyggelsescentret',
  street: 'Søborg Hovedgade 200',
  postalCode: '2860',
  town: 'Søborg',
  latitude: 55.7336,
  longitude: 12.5106,
};

const FRIVILLIGCENTER_LYNGBY: VenueSeed = {
  name: 'Frivilligcenter & Selvhjælp Lyngby-Taarbæk',
  street: 'Rustenborgvej 2A',
  postalCode: '2800',
  town: 'Kgs. Lyngby',
  latitude: 55.7744,
  longitude: 12.5043,
};

const DE_FRIVILLIGES_HUS_CONTACT = { name: 'De Frivilliges Hus', phone: '4498 3579', email: 'defrivilligeshus@gladsaxe.dk' };

const LYNGBY_MEDBORGERHUS: VenueSeed = {
  name: 'Demo: Lyngby Medborgerhus',
  street: 'Eksempelvej 1',
  postalCode: '2800',
  town: 'Kgs. Lyngby',
  latitude: 55.7704,
  longitude: 12.5038,
  accessibility: ['STEP_FREE', 'HEARING_LOOP', 'ACCESSIBLE_TOILET'],
  transportNotes: { da: 'Fem minutters gang fra Lyngby Station.', en: 'Five minutes’ walk from Lyngby Station.' },
};

const SMART_DESCRIPTION: TranslatedText = {
  da: 'SMART Recovery selvhjælpsgruppe for mennesker med afhængighed. Metoden har 4 fokusområder: at opbygge og vedligeholde motivation, tackle trang, styre tanker, følelser og adfærd og leve et afbalanceret liv. Grupperne køres af frivillige igangsættere. Det er anonymt at deltage.',
  en: 'SMART Recovery self-help group for people with an addiction. The method has four points: building and keeping motivation, coping with urges, managing thoughts, feelings and behaviour, and living a balanced life. Groups are run by volunteer facilitators. Taking part is anonymous.',
};

const SMART_REAL = {
  topics: ['ALCOHOL', 'CANNABIS', 'DRUGS', 'GAMBLING', 'MEDICATION'],
  audience: 'AFFECTED',
  ageBand: 'ADULTS',
  format: 'IN_PERSON',
  languages: ['da'],
  method: 'SMART_RECOVERY',
  // Seed 001: "Det er anonymt at deltage i grupperne."
  promises: ['ANONYMOUS'],
  enrolment: 'OPEN',
  contact: DE_FRIVILLIGES_HUS_CONTACT,
  isDemo: false,
} as const satisfies Partial<GroupSeed>;

const DEMO_CONTACT_DK = { name: 'Selvhjælp Danmark (demo)', email: 'kontakt@example.org' };
const CHRISTMAS_BREAK: TranslatedText = { da: 'Juleferie', sv: 'Jullov', nb: 'Juleferie', pl: 'Przerwa świąteczna', en: 'Christmas break' };

/** ISO weekday numbers, as Temporal counts them. */
const [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY] = [1, 2, 3, 4, 5, 6];

/** Dates relative to the day the demo data is loaded, as that day is in one time zone. */
class DemoCalendar {
  readonly today: Temporal.PlainDate;

  constructor(
    readonly now: Date,
    readonly timeZone: string,
  ) {
    this.today = Temporal.PlainDate.from(localDateOf(now, timeZone));
  }

  /** The `weekday` (1 Monday … 7 Sunday) on or before the day `weeks` weeks ago. */
  weeksAgo(weeks: number, weekday: number): Temporal.PlainDate {
    const day = this.today.subtract({ weeks });
    return day.subtract({ days: (day.dayOfWeek - weekday + 7) % 7 });
  }

  /** The `weekday` on or after the day `weeks` weeks ahead. */
  weeksAhead(weeks: number, weekday: number): Temporal.PlainDate {
    const day = this.today.add({ weeks });
    return day.add({ days: (weekday - day.dayOfWeek + 7) % 7 });
  }

  /** The `nth` `weekday` (-1: the last) of the month `months` months ago. */
  weekdayOfMonth(months: number, nth: number, weekday: number): Temporal.PlainDate {
    const month = this.today.toPlainYearMonth().subtract({ months });
    if (nth < 0) {
      const last = month.toPlainDate({ day: month.daysInMonth });
      return last.subtract({ days: (last.dayOfWeek - weekday + 7) % 7 });
    }
    const first = month.toPlainDate({ day: 1 });
    return first.add({ days: ((weekday - first.dayOfWeek + 7) % 7) + (nth - 1) * 7 });
  }

  /** Day `day` of the month `months` months ago. */
  dayOfMonth(months: number, day: number): Temporal.PlainDate {
    return this.today.toPlainYearMonth().subtract({ months }).toPlainDate({ day });
  }

  /**
   * A break that comes every year, 'MM-DD' to 'MM-DD' (into the next year when `until` comes
   * first): the next one that has not ended by today, so the one under way if there is one.
   */
  yearlyBreak(from: string, until: string, reason: TranslatedText): SchedulePause {
    for (const year of [this.today.year - 1, this.today.year, this.today.year + 1]) {
      const start = Temporal.PlainDate.from(`${year}-${from}`);
      const end = Temporal.PlainDate.from(`${until < from ? year + 1 : year}-${until}`);
      if (Temporal.PlainDate.compare(end, this.today) >= 0) return { from: start.toString(), until: end.toString(), reason };
    }
    throw new Error(`Demo data: no break ${from}–${until} ahead`);
  }

  /** The break over the coming Christmas, 21 December to 3 January. */
  christmas(): SchedulePause {
    return this.yearlyBreak('12-21', '01-03', CHRISTMAS_BREAK);
  }

  /** A schedule in this calendar's time zone, with no exceptions unless given. */
  schedule(parts: Pick<Schedule, 'start' | 'durationMinutes' | 'rrule'> & Partial<Schedule>): Schedule {
    return { timeZone: this.timeZone, exdates: [], rdates: [], moves: [], pauses: [], ...parts };
  }

  /** The local start, 'YYYY-MM-DDTHH:mm', of the schedule's `nth` meeting from now (1: the next). */
  comingMeeting(schedule: Schedule, nth: number): string {
    const meeting = nextMeetings(schedule, { from: this.now, count: nth })[nth - 1];
    if (!meeting) throw new Error('Demo data: a schedule with too few meetings ahead');
    // ISO with the offset in force: its first 16 characters are the local wall-clock start.
    return meeting.start.slice(0, 16);
  }

  /** The schedule with its `nth` coming meeting cancelled. */
  cancelling(nth: number, schedule: Schedule): Schedule {
    return { ...schedule, exdates: [this.comingMeeting(schedule, nth)] };
  }

  /** The schedule with its `nth` coming meeting moved to the day before, at the same time. */
  movingADayEarlier(nth: number, schedule: Schedule): Schedule {
    const from = this.comingMeeting(schedule, nth);
    const to = Temporal.PlainDateTime.from(from).subtract({ days: 1 }).toString({ smallestUnit: 'minute' });
    return { ...schedule, moves: [{ from, to }] };
  }
}

/** Every group; the invented ones' dates relative to `now`, the day the data is loaded. */
export function demoGroups(now: Date): GroupSeed[] {
  const calendar = (country: Country) => new DemoCalendar(now, COUNTRY_TIME_ZONES[country]);
  const [dk, se, no, pl] = [calendar('DK'), calendar('SE'), calendar('NO'), calendar('PL')];
  const course = dk.weeksAhead(5, WEDNESDAY);
  const walksResume = dk.weeksAhead(7, SATURDAY);
  return [
    // The real groups of seed 001, as written there: weekly, with no exceptions known.
    {
      ...SMART_REAL,
      slug: 'smart-recovery-soborg-mandag',
      organisation: 'de-frivilliges-hus-gladsaxe',
      municipality: GLADSAXE,
      venue: FOREBYGGELSESCENTRET,
      name: { da: 'SMART Recovery Søborg – mandag', en: 'SMART Recovery Søborg – Monday' },
      description: SMART_DESCRIPTION,
      schedule: { start: '2026-01-05T19:00', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=MO' },
    },
    {
      ...SMART_REAL,
      slug: 'smart-recovery-soborg-torsdag',
      organisation: 'de-frivilliges-hus-gladsaxe',
      municipality: GLADSAXE,
      venue: FOREBYGGELSESCENTRET,
      name: { da: 'SMART Recovery Søborg – torsdag', en: 'SMART Recovery Søborg – Thursday' },
      description: SMART_DESCRIPTION,
      schedule: { start: '2026-01-08T19:00', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=TH' },
    },
    {
      ...SMART_REAL,
      slug: 'smart-recovery-kgs-lyngby-sondag',
      organisation: 'frivilligcenter-selvhjaelp-lyngby-taarbaek',
      municipality: LYNGBY,
      venue: FRIVILLIGCENTER_LYNGBY,
      name: { da: 'SMART Recovery Kgs. Lyngby – søndag', en: 'SMART Recovery Kgs. Lyngby – Sunday' },
      description: SMART_DESCRIPTION,
      schedule: { start: '2026-01-04T20:00', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=SU' },
    },
    {
      slug: 'smart-recovery-parorendegruppe-gladsaxe',
      organisation: 'de-frivilliges-hus-gladsaxe',
      municipality: GLADSAXE,
      name: { da: 'SMART Recovery pårørendegruppe', en: 'SMART Recovery group for relatives' },
      description: {
        da: 'For pårørende til mennesker med afhængighed. Grupperne arbejder hen imod at øge livskvaliteten for den pårørende, uafhængigt af om den, der misbruger, går i behandling. Det er muligt at blive skrevet op på en venteliste, da der pt. ikke er deltagere nok til at starte en gruppe.',
        en: 'For relatives of people with an addiction, to improve the relative’s quality of life whether or not the family member seeks treatment. There are not enough participants to start yet: you can join the waiting list.',
      },
      topics: ['ADDICTION'],
      audience: 'RELATIVES',
      ageBand: 'ADULTS',
      format: 'IN_PERSON',
      languages: ['da'],
      method: 'SMART_RECOVERY',
      enrolment: 'FORMING',
      contact: DE_FRIVILLIGES_HUS_CONTACT,
      isDemo: false,
    },
    // Invented from here on (is_demo), so that every feature can be seen in every country.
    {
      slug: 'demo-sorggruppe-for-unge-lyngby',
      organisation: 'demo-selvhjaelp-danmark',
      municipality: LYNGBY,
      venue: LYNGBY_MEDBORGERHUS,
      name: { da: 'Sorggruppe for unge', en: 'Grief group for young people' },
      description: {
        da: 'For unge mellem 13 og 18 år, der har mistet en forælder eller en søskende. To igangsættere er med hver gang.',
        en: 'For young people aged 13 to 18 who have lost a parent or a sibling. Two facilitators are there every time.',
      },
      practicalNotes: { da: 'Vi mødes i lokale 2 på 1. sal. Der er te og frugt.', en: 'We meet in room 2 on the first floor. There is tea and fruit.' },
      intakeText: {
        da: 'Før du starter, taler du med en af igangsætterne om, hvad du har brug for. Ring eller skriv, så finder vi en tid.',
        en: 'Before you start, you talk with one of the facilitators about what you need. Call or write and we find a time.',
      },
      topics: ['GRIEF'],
      audience: 'AFFECTED',
      ageBand: 'YOUTH',
      ageRange: [13, 18],
      format: 'IN_PERSON',
      languages: ['da'],
      method: 'FACILITATED',
      promises: ['CONFIDENTIAL', 'FREE', 'NOT_TREATMENT'],
      facilitatorCount: 2,
      // The second coming meeting is cancelled; no meetings over the coming Christmas.
      schedule: dk.cancelling(
        2,
        dk.schedule({ start: `${dk.weeksAgo(15, TUESDAY)}T16:30`, durationMinutes: 90, rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', pauses: [dk.christmas()] }),
      ),
      enrolment: 'OPEN_AFTER_INTAKE',
      size: [4, 8],
      placesLeft: 3,
      contact: { ...DEMO_CONTACT_DK, phone: '+45 00 00 00 00' },
      isDemo: true,
    },
    {
      slug: 'demo-skilsmissegruppe-bagsvaerd',
      organisation: 'demo-selvhjaelp-danmark',
      municipality: GLADSAXE,
      venue: { name: 'Demo: Bagsværd Bibliotek', street: 'Eksempelgade 2', postalCode: '2880', town: 'Bagsværd', latitude: 55.7611, longitude: 12.4541, accessibility: ['STEP_FREE'] },
      name: { da: 'Selvhjælpsgruppe om skilsmisse' },
      description: { da: 'For voksne midt i eller efter en skilsmisse. En frivillig igangsætter er med de første tre møder, derefter kører gruppen selv.' },
      intakeText: { da: 'Inden du starter, kommer du til en afklarende samtale, så du kommer i den rigtige gruppe.' },
      topics: ['DIVORCE'],
      audience: 'AFFECTED',
      ageBand: 'ADULTS',
      format: 'IN_PERSON',
      languages: ['da'],
      method: 'SELF_ORGANISED',
      promises: ['CONFIDENTIAL', 'FREE', 'NOT_TREATMENT'],
      starterMeetings: 3,
      schedule: dk.schedule({ start: `${dk.weeksAgo(12, WEDNESDAY)}T19:00`, durationMinutes: 120, rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', pauses: [dk.christmas()] }),
      enrolment: 'OPEN_AFTER_INTAKE',
      size: [4, 8],
      contact: DEMO_CONTACT_DK,
      isDemo: true,
    },
    {
      slug: 'demo-bornegruppe-syg-foraelder-lyngby',
      organisation: 'demo-selvhjaelp-danmark',
      municipality: LYNGBY,
      venue: LYNGBY_MEDBORGERHUS,
      name: { da: 'Børnegruppe: når mor eller far er syg' },
      description: { da: 'For børn mellem 7 og 12 år med en forælder, der er alvorligt syg. To igangsættere har ansvaret for indhold og rammer.' },
      topics: ['ILLNESS'],
      audience: 'RELATIVES',
      ageBand: 'CHILDREN',
      ageRange: [7, 12],
      format: 'IN_PERSON',
      languages: ['da'],
      method: 'FACILITATED',
      promises: ['CONFIDENTIAL', 'FREE'],
      facilitatorCount: 2,
      schedule: dk.schedule({ start: `${dk.weekdayOfMonth(3, 1, THURSDAY)}T16:00`, durationMinutes: 90, rrule: 'FREQ=MONTHLY;BYDAY=1TH' }),
      enrolment: 'OPEN_AFTER_INTAKE',
      size: [4, 8],
      contact: DEMO_CONTACT_DK,
      isDemo: true,
    },
    {
      slug: 'demo-sorg-efter-tab-kursus-gladsaxe',
      organisation: 'demo-selvhjaelp-danmark',
      municipality: GLADSAXE,
      name: { da: 'Sorggruppe for voksne – 10 møder', en: 'Grief group for adults – 10 meetings' },
      description: {
        da: `Ti møder om ugen fra ${formatLongDate(course.toString(), 'da')} for voksne, der har mistet en ægtefælle. Gruppen starter, når fire har skrevet sig op.`,
      },
      topics: ['GRIEF'],
      audience: 'AFFECTED',
      ageBand: 'ADULTS',
      format: 'IN_PERSON',
      languages: ['da'],
      method: 'FACILITATED',
      promises: ['CONFIDENTIAL', 'FREE', 'NOT_TREATMENT'],
      facilitatorCount: 1,
      // A course that starts on a Wednesday in five weeks.
      schedule: dk.schedule({ start: `${course}T18:00`, durationMinutes: 90, rrule: 'FREQ=WEEKLY;COUNT=10' }),
      enrolment: 'FORMING',
      formingMinimum: 4,
      size: [4, 8],
      contact: DEMO_CONTACT_DK,
      isDemo: true,
    },
    {
      slug: 'demo-ensomhed-seniorer-lyngby',
      organisation: 'demo-selvhjaelp-danmark',
      municipality: LYNGBY,
      venue: LYNGBY_MEDBORGERHUS,
      name: { da: 'Samtalegruppe om ensomhed for seniorer' },
      topics: ['LONELINESS'],
      audience: 'AFFECTED',
      ageBand: 'SENIORS',
      format: 'IN_PERSON',
      languages: ['da'],
      method: 'SELF_ORGANISED',
      promises: ['CONFIDENTIAL', 'FREE'],
      schedule: dk.schedule({ start: `${dk.weekdayOfMonth(10, -1, TUESDAY)}T10:00`, durationMinutes: 90, rrule: 'FREQ=MONTHLY;BYDAY=-1TU' }),
      enrolment: 'FULL',
      size: [4, 8],
      placesLeft: 0,
      // Full, and taking names for when a place frees (issue 11).
      waitingList: true,
      contact: DEMO_CONTACT_DK,
      isDemo: true,
    },
    {
      slug: 'demo-gaatur-og-snak-gladsaxe',
      organisation: 'demo-selvhjaelp-danmark',
      municipality: GLADSAXE,
      venue: { name: 'Demo: Bagsværd Sø, ved bådhuset', street: 'Eksempelvej 7', postalCode: '2880', town: 'Bagsværd', latitude: 55.7655, longitude: 12.4641, accessibility: ['STEP_FREE', 'ACCESSIBLE_TOILET'] },
      name: { da: 'Gåtur og snak – efter en krise' },
      topics: ['CRISIS', 'SHARED_ACTIVITY'],
      audience: 'AFFECTED',
      ageBand: 'ADULTS',
      format: 'IN_PERSON',
      languages: ['da', 'en'],
      method: 'SELF_ORGANISED',
      promises: ['FREE'],
      // On a break since three weeks ago, walking again on a Saturday seven weeks on.
      schedule: dk.schedule({
        start: `${dk.weeksAgo(33, SATURDAY)}T10:00`,
        durationMinutes: 60,
        rrule: 'FREQ=WEEKLY;BYDAY=SA',
        pauses: [
          {
            from: dk.today.subtract({ weeks: 3 }).toString(),
            until: walksResume.subtract({ days: 1 }).toString(),
            reason: { da: 'Pause, mens vi finder nye ruter', en: 'Break while we find new routes' },
          },
        ],
      }),
      enrolment: 'PAUSED',
      pausedUntil: walksResume.toString(),
      contact: DEMO_CONTACT_DK,
      isDemo: true,
    },
    {
      slug: 'demo-smart-recovery-online-english',
      organisation: 'demo-selvhjaelp-danmark',
      name: { en: 'SMART Recovery online meeting (English)', da: 'SMART Recovery online-møde på engelsk' },
      description: { en: 'An online SMART Recovery meeting in English for anyone in the Nordic countries, whatever the addiction.' },
      topics: ['ALCOHOL', 'CANNABIS', 'DRUGS', 'GAMBLING', 'MEDICATION'],
      audience: 'AFFECTED',
      ageBand: 'ADULTS',
      format: 'ONLINE',
      onlineJoin: { url: 'https://meet.example.org/smart-recovery-english' },
      languages: ['en'],
      method: 'SMART_RECOVERY',
      promises: ['ANONYMOUS', 'FREE'],
      schedule: dk.schedule({ start: `${dk.weeksAgo(47, SATURDAY)}T10:00`, durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=SA' }),
      enrolment: 'OPEN',
      contact: { email: 'kontakt@example.org' },
      isDemo: true,
    },
    {
      slug: 'demo-smart-recovery-mote-sodermalm',
      organisation: 'demo-smart-recovery-sverige',
      municipality: ['SE', '0180'],
      venue: { name: 'Demo: Medborgarhuset', street: 'Exempelgatan 1', postalCode: '118 20', town: 'Stockholm', latitude: 59.3173, longitude: 18.0717, accessibility: ['STEP_FREE', 'HEARING_LOOP'], transportNotes: { sv: 'T-bana till Medborgarplatsen.' } },
      name: { sv: 'SMART Recovery-möte Södermalm' },
      description: {
        sv: 'Självhjälpsmöte där alkohol-, cannabis-, spel- och läkemedelsberoende träffas på samma möte, med programmet i fyra punkter. Ingen professionell rådgivning.',
      },
      topics: ['ALCOHOL', 'CANNABIS', 'GAMBLING', 'MEDICATION'],
      audience: 'AFFECTED',
      ageBand: 'ADULTS',
      format: 'HYBRID',
      onlineJoin: { onRequest: true },
      languages: ['sv'],
      method: 'SMART_RECOVERY',
      promises: ['ANONYMOUS', 'FREE', 'NOT_TREATMENT'],
      // The second coming meeting is a day early; no meetings over the coming summer.
      schedule: se.movingADayEarlier(
        2,
        se.schedule({
          start: `${se.weeksAgo(46, WEDNESDAY)}T18:00`,
          durationMinutes: 90,
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
          pauses: [se.yearlyBreak('06-23', '08-09', { sv: 'Sommaruppehåll', en: 'Summer break' })],
        }),
      ),
      enrolment: 'OPEN',
      contact: { email: 'info@example.org' },
      isDemo: true,
    },
    {
      slug: 'demo-samtalegruppe-angst-oslo',
      organisation: 'demo-selvhjelp-oslo',
      municipality: ['NO', '0301'],
      venue: { name: 'Demo: Frivilligsentralen', street: 'Eksempelveien 3', postalCode: '0182', town: 'Oslo', latitude: 59.9139, longitude: 10.7522, accessibility: ['STEP_FREE'] },
      name: { nb: 'Selvorganisert samtalegruppe – å leve med angst' },
      description: {
        nb: 'En igangsetter er med de første møtene, deretter driver gruppen seg selv. Etter oppstart er gruppen lukket: nye kommer bare inn når deltakerne bestemmer det. Gruppen avklarer regler for taushetsplikt i starten.',
      },
      topics: ['MENTAL_HEALTH'],
      audience: 'AFFECTED',
      ageBand: 'ADULTS',
      format: 'IN_PERSON',
      languages: ['nb'],
      method: 'SELF_ORGANISED',
      promises: ['CONFIDENTIAL', 'FREE', 'NOT_TREATMENT'],
      starterMeetings: 5,
      schedule: no.schedule({ start: `${no.weeksAgo(11, MONDAY)}T18:00`, durationMinutes: 90, rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' }),
      enrolment: 'CLOSED',
      size: [5, 8],
      contact: { email: 'post@example.org' },
      isDemo: true,
    },
    {
      slug: 'demo-sorggruppe-oslo',
      organisation: 'demo-selvhjelp-oslo',
      municipality: ['NO', '0301'],
      venue: { name: 'Demo: Frivilligsentralen', street: 'Eksempelveien 3', postalCode: '0182', town: 'Oslo', latitude: 59.9139, longitude: 10.7522, accessibility: ['STEP_FREE'] },
      name: { nb: 'Sorggruppe – for deg som har mistet noen' },
      intakeText: { nb: 'Ta kontakt for en avklaringssamtale før du begynner.' },
      topics: ['GRIEF'],
      audience: 'AFFECTED',
      ageBand: 'ADULTS',
      format: 'IN_PERSON',
      languages: ['nb'],
      method: 'FACILITATED',
      promises: ['CONFIDENTIAL', 'FREE'],
      facilitatorCount: 1,
      schedule: no.schedule({ start: `${no.weekdayOfMonth(10, -1, THURSDAY)}T18:00`, durationMinutes: 90, rrule: 'FREQ=MONTHLY;BYDAY=-1TH' }),
      enrolment: 'OPEN_AFTER_INTAKE',
      contact: { email: 'post@example.org' },
      isDemo: true,
    },
    {
      slug: 'demo-miting-aa-krakow',
      organisation: 'demo-wspolnota-aa-na',
      municipality: ['PL', '1261011'],
      venue: { name: 'Demo: Dom Parafialny', street: 'ul. Przykładowa 1', postalCode: '31-000', town: 'Kraków', latitude: 50.0614, longitude: 19.9366 },
      name: { pl: 'Miting AA „Demo” w Krakowie' },
      description: { pl: 'Otwarty miting Anonimowych Alkoholików prowadzony zgodnie z programem 12 Kroków. Przyjdź bez zapisów.' },
      topics: ['ALCOHOL'],
      audience: 'AFFECTED',
      ageBand: 'ADULTS',
      format: 'IN_PERSON',
      languages: ['pl'],
      method: 'TWELVE_STEPS',
      promises: ['ANONYMOUS', 'FREE'],
      // The third coming meeting is cancelled.
      schedule: pl.cancelling(3, pl.schedule({ start: `${pl.weeksAgo(46, TUESDAY)}T18:00`, durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=TU' })),
      enrolment: 'OPEN',
      contact: { email: 'kontakt@example.org' },
      isDemo: true,
    },
    {
      slug: 'demo-miting-na-warszawa',
      organisation: 'demo-wspolnota-aa-na',
      municipality: ['PL', '1465011'],
      venue: { name: 'Demo: Centrum Wolontariatu', street: 'ul. Przykładowa 2', postalCode: '00-001', town: 'Warszawa', latitude: 52.2297, longitude: 21.0122 },
      name: { pl: 'Miting NA „Demo” w Warszawie' },
      description: { pl: 'Miting Anonimowych Narkomanów według programu 12 Kroków.' },
      topics: ['DRUGS'],
      audience: 'AFFECTED',
      ageBand: 'ADULTS',
      format: 'IN_PERSON',
      languages: ['pl'],
      method: 'TWELVE_STEPS',
      promises: ['ANONYMOUS', 'FREE'],
      schedule: pl.schedule({ start: `${pl.weeksAgo(47, FRIDAY)}T19:00`, durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=FR' }),
      enrolment: 'OPEN',
      contact: { email: 'kontakt@example.org' },
      isDemo: true,
    },
    {
      slug: 'demo-klub-abstynenta-warszawa',
      organisation: 'demo-wspolnota-aa-na',
      municipality: ['PL', '1465011'],
      venue: { name: 'Demo: Klub Abstynenta', street: 'ul. Przykładowa 3', postalCode: '00-002', town: 'Warszawa', latitude: 52.2319, longitude: 21.0067, accessibility: ['STEP_FREE', 'ACCESSIBLE_TOILET'] },
      name: { pl: 'Klub Abstynenta „Demo”' },
      description: {
        pl: 'Wsparcie w utrzymaniu abstynencji dla osób uzależnionych, a także dla ich rodzin: jak postępować wobec osoby uzależnionej i jak uzależnienie wpływa na całą rodzinę.',
      },
      topics: ['ALCOHOL'],
      audience: 'BOTH',
      ageBand: 'ADULTS',
      format: 'IN_PERSON',
      languages: ['pl'],
      method: 'ABSTINENCE_CLUB',
      promises: ['FREE'],
      schedule: pl.schedule({ start: `${pl.dayOfMonth(10, 15)}T17:00`, durationMinutes: 180, rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' }),
      enrolment: 'OPEN',
      contact: { email: 'kontakt@example.org' },
      isDemo: true,
    },
    {
      slug: 'demo-miting-aa-online-pl',
      organisation: 'demo-wspolnota-aa-na',
      name: { pl: 'Miting AA online „Demo”' },
      description: { pl: 'Codzienny miting online dla osób z całej Polski i z zagranicy.' },
      topics: ['ALCOHOL'],
      audience: 'AFFECTED',
      ageBand: 'ADULTS',
      format: 'ONLINE',
      onlineJoin: { url: 'https://meet.example.org/aa-online' },
      languages: ['pl'],
      method: 'TWELVE_STEPS',
      promises: ['ANONYMOUS', 'FREE'],
      schedule: pl.schedule({ start: `${pl.today.subtract({ days: 330 })}T21:00`, durationMinutes: 60, rrule: 'FREQ=DAILY' }),
      enrolment: 'OPEN',
      contact: { email: 'kontakt@example.org' },
      isDemo: true,
    },
  ];
}

/** Municipalities that border each other (both directions are stored). */
export const NEIGHBOURS: readonly (readonly [string, string])[] = [['DK:159', 'DK:173']];
