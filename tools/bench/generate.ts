/**
 * Generated groups for the benchmark: deterministic (one seed), spread over Denmark, Sweden,
 * Norway and Poland by the towns of the shipped gazetteer, with the variety real groups have:
 * several topics, audiences, age bands, languages, formats, enrolment states, translated texts,
 * and schedules of every kind the API stores (weekly, every 14 days, nth and last weekday of the
 * month, a day of the month, a number of sessions, an end date, single meetings), with pauses,
 * cancelled, moved and extra meetings.
 *
 * Schedules come from a pool (a few hundred per country, as many groups share "every Tuesday
 * 19:00"), so that each distinct schedule is expanded once with the domain's own
 * `meetingsBetween` and the meetings of all groups are then inserted by one INSERT … SELECT.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ACCESSIBILITY_FEATURES,
  COUNTRY_TIME_ZONES,
  foldForSearch,
  meetingsBetween,
  validateSchedule,
  type AccessibilityFeature,
  type AgeBand,
  type Audience,
  type Country,
  type EnrolmentState,
  type Format,
  type GroupFields,
  type GroupPromise,
  type Language,
  type Meeting,
  type Method,
  type Schedule,
  type TopicCode,
  type TranslatedText,
} from '@groupfinder/domain';

export const ROOT = path.resolve(__dirname, '../..');
const GAZETTEER_FILE = path.join(ROOT, 'apps/api/src/places/gazetteer.json');

/** How far ahead the API expands meetings (MEETING_HORIZON_DAYS in apps/api/src/meetings/meeting.service.ts). */
export const HORIZON_DAYS = 92;
const DAY_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------
// Randomness: one seed, so every run generates the same groups.

export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32: uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** A version-4-shaped UUID from this sequence: the same ids every run. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () => Math.floor(this.next() * 2 ** 32).toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16] ?? '0', 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [item, weight] of items) {
      target -= weight;
      if (target < 0) return item;
    }
    const last = items.at(-1);
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }
}

/** Picks by weight in O(log n) from a fixed list (towns by population). */
class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(
    private readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) {
      sum += weight(item);
      this.cumulative.push(sum);
    }
    this.total = sum;
  }
  pick(random: Random): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    const item = this.items[low];
    if (item === undefined) throw new Error('empty weighted table');
    return item;
  }
}

// ---------------------------------------------------------------------------------------------
// Places: towns from the gazetteer, municipalities around the largest towns.

export interface Town {
  country: Country;
  name: string;
  latitude: number;
  longitude: number;
  population: number;
  postcodes: string[];
  municipality: Municipality;
}

export interface Municipality {
  id: string;
  country: Country;
  code: string;
  name: string;
  latitude: number;
  longitude: number;
}

export const COUNTRY_LANGUAGE: Record<Country, Language> = { DK: 'da', SE: 'sv', NO: 'nb', PL: 'pl' };
const COUNTRY_WEIGHTS: readonly (readonly [Country, number])[] = [
  ['DK', 35],
  ['SE', 25],
  ['NO', 15],
  ['PL', 25],
];
/** About as many municipalities (kommuner, kommuner, kommuner, gminy) as each country has. */
const MUNICIPALITY_COUNTS: Record<Country, number> = { DK: 98, SE: 290, NO: 356, PL: 2477 };

/** Official-looking codes; the largest town's municipality gets the capital's real code (København 101, Stockholm 0180, Oslo 0301, Warszawa 1465011). */
function municipalityCode(country: Country, rank: number): string {
  if (country === 'DK') return String(101 + rank);
  if (country === 'SE') return String(180 + rank).padStart(4, '0');
  if (country === 'NO') return String(301 + rank).padStart(4, '0');
  return String(1465011 + rank * 10);
}

const squaredKm = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) => {
  const dy = (a.latitude - b.latitude) * 111.32;
  const dx = (a.longitude - b.longitude) * 111.32 * Math.cos(((a.latitude + b.latitude) / 2) * (Math.PI / 180));
  return dx * dx + dy * dy;
};

export interface Places {
  towns: Town[];
  municipalities: Municipality[];
  /** Pairs of neighbouring municipalities, both ways. */
  neighbours: [string, string][];
  townsByCountry: Record<Country, WeightedTable<Town>>;
}

type GazetteerTown = [Country, string, number, number, number, string[]];

export function buildPlaces(random: Random): Places {
  const gazetteer = JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as { towns: GazetteerTown[]; postcodes: [string, string, number][] };
  const postcodes = new Map<number, string[]>();
  for (const [postcode, , townIndex] of gazetteer.postcodes) postcodes.set(townIndex, [...(postcodes.get(townIndex) ?? []), postcode]);

  const municipalities: Municipality[] = [];
  const towns: Town[] = [];
  const neighbours: [string, string][] = [];
  const townsByCountry = {} as Record<Country, WeightedTable<Town>>;
  for (const country of ['DK', 'SE', 'NO', 'PL'] as const) {
    const own = gazetteer.towns.map((town, index) => ({ town, index })).filter(({ town }) => town[0] === country);
    const seats = [...own].sort((a, b) => b.town[4] - a.town[4]).slice(0, MUNICIPALITY_COUNTS[country]);
    const local = seats.map(({ town }, rank): Municipality => ({
      id: random.uuid(),
      country,
      code: municipalityCode(country, rank),
      name: town[1],
      latitude: town[2],
      longitude: town[3],
    }));
    municipalities.push(...local);
    const countryTowns: Town[] = [];
    for (const { town, index } of own) {
      const point = { latitude: town[2], longitude: town[3] };
      let nearest = local[0] as Municipality;
      for (const candidate of local) if (squaredKm(point, candidate) < squaredKm(point, nearest)) nearest = candidate;
      countryTowns.push({ country, name: town[1], ...point, population: town[4], postcodes: postcodes.get(index) ?? [], municipality: nearest });
    }
    towns.push(...countryTowns);
    // Neighbours: the four nearest seats, both ways.
    const pairs = new Set<string>();
    for (const municipality of local) {
      const nearest: { other: Municipality; distance: number }[] = [];
      for (const other of local) {
        if (other === municipality) continue;
        const distance = squaredKm(municipality, other);
        if (nearest.length < 4 || distance < (nearest[3] as { distance: number }).distance) {
          nearest.push({ other, distance });
          nearest.sort((a, b) => a.distance - b.distance);
          nearest.length = Math.min(nearest.length, 4);
        }
      }
      for (const { other } of nearest) {
        for (const [a, b] of [
          [municipality.id, other.id],
          [other.id, municipality.id],
        ] as const) {
          if (!pairs.has(`${a}:${b}`)) {
            pairs.add(`${a}:${b}`);
            neighbours.push([a, b]);
          }
        }
      }
    }
    // Groups follow people, but small towns have groups too.
    townsByCountry[country] = new WeightedTable(countryTowns, (town) => Math.pow(Math.max(town.population, 300), 0.8));
  }
  return { towns, municipalities, neighbours, townsByCountry };
}

// ---------------------------------------------------------------------------------------------
// Schedules: a pool per country, each expanded once.

export interface PooledSchedule {
  schedule: Schedule;
  /** Its meetings from `now` over the horizon, as the API's MeetingService would store them. */
  meetings: Meeting[];
  /** The first meeting that is not cancelled, or null. */
  next: string | null;
}

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const START_TIMES = ['10:00', '10:30', '13:00', '14:00', '16:00', '16:30', '17:00', '17:30', '18:00', '18:30', '19:00', '19:00', '19:00', '19:30', '20:00'];
const DURATIONS = [60, 90, 90, 90, 120, 120, 150];

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** ISO weekday (Monday 0 here) of a UTC-midnight instant. */
const weekdayOf = (ms: number) => (new Date(ms).getUTCDay() + 6) % 7;
const utcMidnight = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/** The nth (1-4) or last (-1) given weekday of a month, as UTC midnight. */
function nthWeekdayOf(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = Date.UTC(year, month, 1);
    return first + (((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7) * DAY_MS;
  }
  const last = Date.UTC(year, month + 1, 0);
  return last - ((weekdayOf(last) - weekday + 7) % 7) * DAY_MS;
}

const PAUSE_REASONS: Record<'christmas' | 'summer' | 'winter', TranslatedText> = {
  christmas: { da: 'Juleferie', sv: 'Jaluppehåll', nb: 'Juleferie', pl: 'Przerwa świąteczna', en: 'Christmas break' },
  summer: { da: 'Sommerferie', sv: 'Sommaruppehåll', nb: 'Sommerferie', pl: 'Przerwa wakacyjna', en: 'Summer break' },
  winter: { da: 'Vinterpause', sv: 'Vinteruppehåll', nb: 'Vinterpause', pl: 'Przerwa zimowa', en: 'Winter break' },
};

function baseSchedule(random: Random, country: Country, now: Date): Schedule {
  const today = utcMidnight(now);
  const time = random.pick(START_TIMES);
  const weekday = random.weighted<number>([
    [0, 16],
    [1, 18],
    [2, 18],
    [3, 18],
    [4, 10],
    [5, 9],
    [6, 11],
  ]);
  const dayCode = WEEKDAY_CODES[weekday] as string;
  const alignedStart = (from: number) => from + ((weekday - weekdayOf(from) + 7) % 7) * DAY_MS;
  const schedule = (startMs: number, rrule: string | null): Schedule => ({
    timeZone: COUNTRY_TIME_ZONES[country],
    start: `${isoDate(startMs)}T${time}`,
    durationMinutes: random.pick(DURATIONS),
    rrule,
    exdates: [],
    rdates: [],
    moves: [],
    pauses: [],
  });
  const kind = random.weighted<string>([
    ['weekly', 45],
    ['biweekly', 22],
    ['every3', 3],
    ['nth', 10],
    ['last', 5],
    ['monthday', 4],
    ['count', 6],
    ['until', 2],
    ['daily', 1],
    ['single', 2],
  ]);
  switch (kind) {
    case 'weekly':
      return schedule(alignedStart(today - random.int(0, 400) * DAY_MS), `FREQ=WEEKLY;BYDAY=${dayCode}`);
    case 'biweekly':
      return schedule(alignedStart(today - random.int(0, 400) * DAY_MS), `FREQ=WEEKLY;INTERVAL=2;BYDAY=${dayCode}`);
    case 'every3':
      return schedule(alignedStart(today - random.int(0, 300) * DAY_MS), `FREQ=WEEKLY;INTERVAL=3;BYDAY=${dayCode}`);
    case 'nth':
    case 'last': {
      const nth = kind === 'last' ? -1 : random.int(1, 3);
      const monthsBack = random.int(0, 12);
      const base = new Date(today);
      const startMs = nthWeekdayOf(base.getUTCFullYear(), base.getUTCMonth() - monthsBack, weekday, nth);
      return schedule(startMs, `FREQ=MONTHLY;BYDAY=${nth}${dayCode}`);
    }
    case 'monthday': {
      const day = random.int(1, 28);
      const base = new Date(today);
      return schedule(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() - random.int(0, 12), day), `FREQ=MONTHLY;BYMONTHDAY=${day}`);
    }
    case 'count':
      // "10 sessions from 3 February": courses, some running, some starting soon.
      return schedule(alignedStart(today + random.int(-60, 40) * DAY_MS), `FREQ=WEEKLY;COUNT=${random.pick([6, 8, 10, 12])}`);
    case 'until': {
      const until = isoDate(today + random.int(30, 200) * DAY_MS).replace(/-/g, '');
      return schedule(alignedStart(today - random.int(0, 200) * DAY_MS), `FREQ=WEEKLY;BYDAY=${dayCode};UNTIL=${until}`);
    }
    case 'daily':
      return schedule(today - random.int(0, 100) * DAY_MS, 'FREQ=DAILY');
    default:
      return schedule(today + random.int(1, 80) * DAY_MS, null);
  }
}

/** Adds the exceptions groups have: holiday pauses, a cancelled, a moved or an extra meeting. */
function withExceptions(random: Random, base: Schedule, now: Date, until: Date): Schedule {
  const schedule: Schedule = { ...base, exdates: [], rdates: [], moves: [], pauses: [] };
  const year = now.getUTCFullYear();
  if (base.rrule && random.chance(0.35)) schedule.pauses.push({ from: `${year}-12-21`, until: `${year + 1}-01-03`, reason: PAUSE_REASONS.christmas });
  if (base.rrule && random.chance(0.12)) schedule.pauses.push({ from: `${year + 1}-06-28`, until: `${year + 1}-08-09`, reason: PAUSE_REASONS.summer });
  if (base.rrule && random.chance(0.04)) schedule.pauses.push({ from: `${year + 1}-02-01`, until: `${year + 1}-02-15`, reason: PAUSE_REASONS.winter });
  const upcoming = meetingsBetween(schedule, now, until).filter((meeting) => meeting.status === 'SCHEDULED');
  const local = (meeting: Meeting) => meeting.start.slice(0, 16);
  // Local starts already used: a move or an extra meeting onto one of them would give two
  // meetings at the same instant, which validateSchedule accepts but the meetings table refuses.
  const taken = new Set<string>(meetingsBetween(schedule, now, until).map(local));
  if (upcoming.length > 2 && random.chance(0.12)) {
    schedule.exdates.push(local(random.pick(upcoming)));
  }
  const cancelled = new Set(schedule.exdates);
  if (upcoming.length > 2 && random.chance(0.05)) {
    const moved = random.pick(upcoming);
    const to = new Date(Date.parse(`${local(moved)}:00Z`) + random.pick([-1, 1]) * DAY_MS).toISOString().slice(0, 16);
    if (!cancelled.has(local(moved)) && !taken.has(to)) {
      schedule.moves.push({ from: local(moved), to });
      taken.add(to);
    }
  }
  if (base.rrule && upcoming.length > 0 && random.chance(0.03)) {
    const extra = new Date(Date.parse(`${local(random.pick(upcoming))}:00Z`) + 3 * DAY_MS).toISOString().slice(0, 16);
    if (!taken.has(extra)) schedule.rdates.push(extra);
  }
  return schedule;
}

export function buildSchedulePool(random: Random, now: Date, perCountry: number): Record<Country, PooledSchedule[]> {
  const until = new Date(now.getTime() + HORIZON_DAYS * DAY_MS);
  const pool = {} as Record<Country, PooledSchedule[]>;
  const seen = new Set<string>();
  for (const country of ['DK', 'SE', 'NO', 'PL'] as const) {
    pool[country] = [];
    for (let attempt = 0; pool[country].length < perCountry && attempt < perCountry * 3; attempt++) {
      const base = baseSchedule(random, country, now);
      const baseProblems = validateSchedule(base);
      if (baseProblems.length > 0) throw new Error(`generated an invalid schedule ${JSON.stringify(base)}: ${JSON.stringify(baseProblems)}`);
      let schedule = withExceptions(random, base, now, until);
      if (validateSchedule(schedule).length > 0) schedule = base;
      // The meetings join on the stored jsonb: two equal schedules would double each other's meetings.
      const key = JSON.stringify(schedule);
      if (seen.has(key)) continue;
      seen.add(key);
      const meetings = meetingsBetween(schedule, now, until);
      if (new Set(meetings.map((meeting) => Date.parse(meeting.start))).size !== meetings.length) continue;
      pool[country].push({ schedule, meetings, next: meetings.find((meeting) => meeting.status !== 'CANCELLED')?.start ?? null });
    }
  }
  return pool;
}

// ---------------------------------------------------------------------------------------------
// Organisations, venues and groups.

export interface Organisation {
  id: string;
  slug: string;
  name: string;
  country: Country;
  defaultLanguage: Language;
  website: string | null;
  phone: string | null;
  email: string | null;
  home: Town;
}

export interface Venue {
  id: string;
  organisationId: string;
  name: string;
  street: string;
  postalCode: string;
  town: string;
  latitude: number;
  longitude: number;
  accessibility: AccessibilityFeature[];
  transportNotes: TranslatedText;
}

/**
 * One row of the groups table: the fields editors set (the API's own GroupFields, its references as
 * the loaded records), with what `searchTextOf` needs loaded and the next meeting the load stores.
 */
export interface GeneratedGroup extends Omit<GroupFields, 'unitId' | 'venueId' | 'municipalityId'> {
  id: string;
  organisation: Organisation;
  venue: Venue | null;
  municipality: Municipality | null;
  nextMeetingAt: string | null;
}

const ORGANISATION_NAMES: Record<Country, readonly string[]> = {
  DK: ['Frivilligcenter {town}', 'Selvhjælp {town}', 'SMART Recovery Danmark, {town}', 'Anonyme Alkoholikere {town}', 'Pårørendenetværket {town}', 'Sorggruppen {town}', 'Foreningen Ensomme Gamles Værn, {town}', 'Kræftrådgivningen {town}'],
  SE: ['Frivilligcentralen {town}', 'SMART Recovery Sverige, {town}', 'Anonyma Alkoholister {town}', 'Anhörigföreningen {town}', 'Sorgstödet {town}', 'RSMH {town}', 'Länkarna {town}'],
  NO: ['Frivilligsentralen {town}', 'SMART Recovery Norge, {town}', 'Anonyme Alkoholikere {town}', 'Pårørendesenteret {town}', 'Kirkens SOS {town}', 'Mental Helse {town}', 'Landsforeningen for etterlatte, {town}'],
  PL: ['Centrum Wolontariatu {town}', 'Wspólnota AA {town}', 'Stowarzyszenie Abstynentów {town}', 'Fundacja Nagle Sami, {town}', 'Klub Abstynenta „Przystań” {town}', 'Grupa Al-Anon {town}', 'Ośrodek Interwencji Kryzysowej {town}'],
};

const VENUE_NAMES: Record<Country, readonly string[]> = {
  DK: ['Medborgerhuset', 'Kulturhuset', 'Biblioteket', 'Sundhedshuset', 'Frivilligcenteret', 'Sognegården', 'Aktivitetshuset', 'Foreningernes Hus'],
  SE: ['Medborgarhuset', 'Biblioteket', 'Folkets Hus', 'Församlingshemmet', 'Kulturhuset', 'Träffpunkten', 'Studieförbundet Vuxenskolan'],
  NO: ['Frivilligsentralen', 'Biblioteket', 'Kulturhuset', 'Menighetshuset', 'Helsehuset', 'Aktivitetshuset', 'Samfunnshuset'],
  PL: ['Dom Kultury', 'Biblioteka Publiczna', 'Dom Parafialny', 'Ośrodek Pomocy Społecznej', 'Centrum Wolontariatu', 'Klub Abstynenta', 'Miejski Ośrodek Kultury'],
};

const STREETS: Record<Country, readonly string[]> = {
  DK: ['Hovedgade', 'Skolevej', 'Kirkevej', 'Stationsvej', 'Nørregade', 'Vestergade', 'Østergade', 'Søndergade', 'Bygaden', 'Parkvej', 'Rådhuspladsen', 'Algade'],
  SE: ['Storgatan', 'Kyrkogatan', 'Drottninggatan', 'Järnvägsgatan', 'Skolgatan', 'Parkvägen', 'Torggatan', 'Östra Långgatan'],
  NO: ['Storgata', 'Kirkegata', 'Skoleveien', 'Stasjonsveien', 'Parkveien', 'Torget', 'Rådhusgata', 'Kongens gate'],
  PL: ['ul. Mickiewicza', 'ul. Kościuszki', 'ul. Słowackiego', 'ul. Sienkiewicza', 'ul. Polna', 'ul. Lipowa', 'ul. Szkolna', 'ul. Kolejowa', 'ul. Żeromskiego'],
};

const TRANSPORT_NOTES: readonly TranslatedText[] = [
  { da: 'Bus 150S stopper lige ved døren.', en: 'Bus 150S stops at the door.' },
  { sv: 'Nära pendeltågsstationen.', en: 'Close to the commuter train station.' },
  { nb: 'Gratis parkering i bakgården.', en: 'Free parking in the back yard.' },
  { pl: 'Przystanek tramwajowy 200 m od wejścia.', en: 'Tram stop 200 m from the entrance.' },
];

const TOPIC_WEIGHTS: readonly (readonly [TopicCode, number])[] = [
  ['ADDICTION', 9],
  ['ALCOHOL', 12],
  ['DRUGS', 5],
  ['CANNABIS', 3],
  ['GAMBLING', 4],
  ['MEDICATION', 2],
  ['GRIEF', 14],
  ['MENTAL_HEALTH', 14],
  ['DIVORCE', 8],
  ['ILLNESS', 9],
  ['LONELINESS', 8],
  ['CRISIS', 5],
  ['SHARED_ACTIVITY', 7],
];
const ADDICTION_TOPICS: readonly TopicCode[] = ['ADDICTION', 'ALCOHOL', 'DRUGS', 'CANNABIS', 'GAMBLING', 'MEDICATION'];

/** What a group is called, per language and topic. */
const GROUP_NOUNS: Record<Language, Record<TopicCode, string>> = {
  da: {
    ADDICTION: 'Selvhjælpsgruppe om afhængighed', ALCOHOL: 'Alkoholgruppe', DRUGS: 'Gruppe om stoffer', CANNABIS: 'Hashgruppe', GAMBLING: 'Ludomanigruppe',
    MEDICATION: 'Gruppe om pillemisbrug', GRIEF: 'Sorggruppe', CRISIS: 'Krisegruppe', DIVORCE: 'Skilsmissegruppe', ILLNESS: 'Netværksgruppe om sygdom',
    MENTAL_HEALTH: 'Angst- og depressionsgruppe', LONELINESS: 'Netværksgruppe mod ensomhed', SHARED_ACTIVITY: 'Fællesskabsgruppe',
  },
  sv: {
    ADDICTION: 'Självhjälpsgrupp om beroende', ALCOHOL: 'Alkoholgrupp', DRUGS: 'Grupp om droger', CANNABIS: 'Cannabisgrupp', GAMBLING: 'Spelberoendegrupp',
    MEDICATION: 'Grupp om läkemedelsberoende', GRIEF: 'Sorggrupp', CRISIS: 'Krisgrupp', DIVORCE: 'Skilsmässogrupp', ILLNESS: 'Grupp om sjukdom',
    MENTAL_HEALTH: 'Ångest- och depressionsgrupp', LONELINESS: 'Gemenskapsgrupp mot ensamhet', SHARED_ACTIVITY: 'Aktivitetsgrupp',
  },
  nb: {
    ADDICTION: 'Selvhjelpsgruppe om avhengighet', ALCOHOL: 'Alkoholgruppe', DRUGS: 'Gruppe om rusmidler', CANNABIS: 'Cannabisgruppe', GAMBLING: 'Spilleavhengighetsgruppe',
    MEDICATION: 'Gruppe om legemiddelavhengighet', GRIEF: 'Sorggruppe', CRISIS: 'Krisegruppe', DIVORCE: 'Samlivsbruddgruppe', ILLNESS: 'Gruppe om sykdom',
    MENTAL_HEALTH: 'Angst- og depresjonsgruppe', LONELINESS: 'Fellesskapsgruppe mot ensomhet', SHARED_ACTIVITY: 'Aktivitetsgruppe',
  },
  pl: {
    ADDICTION: 'Grupa wsparcia w uzależnieniu', ALCOHOL: 'Grupa wsparcia dla osób pijących', DRUGS: 'Grupa wsparcia – narkotyki', CANNABIS: 'Grupa wsparcia – marihuana', GAMBLING: 'Grupa wsparcia – hazard',
    MEDICATION: 'Grupa wsparcia – uzależnienie od leków', GRIEF: 'Grupa wsparcia w żałobie', CRISIS: 'Grupa wsparcia w kryzysie', DIVORCE: 'Grupa wsparcia po rozwodzie', ILLNESS: 'Grupa wsparcia dla chorych',
    MENTAL_HEALTH: 'Grupa wsparcia – lęk i depresja', LONELINESS: 'Grupa przeciw samotności', SHARED_ACTIVITY: 'Grupa wspólnych zajęć',
  },
  en: {
    ADDICTION: 'Addiction self-help group', ALCOHOL: 'Alcohol support group', DRUGS: 'Drugs support group', CANNABIS: 'Cannabis support group', GAMBLING: 'Gambling support group',
    MEDICATION: 'Medication dependence group', GRIEF: 'Grief group', CRISIS: 'Crisis support group', DIVORCE: 'Divorce and break-up group', ILLNESS: 'Illness support group',
    MENTAL_HEALTH: 'Anxiety and depression group', LONELINESS: 'Group against loneliness', SHARED_ACTIVITY: 'Shared activity group',
  },
};

const FOR_WHOM: Record<Language, Partial<Record<'RELATIVES' | 'YOUTH' | 'CHILDREN' | 'SENIORS' | 'YOUNG_ADULTS', string>>> = {
  da: { RELATIVES: 'for pårørende', YOUTH: 'for unge', CHILDREN: 'for børn', SENIORS: 'for seniorer', YOUNG_ADULTS: 'for unge voksne' },
  sv: { RELATIVES: 'för anhöriga', YOUTH: 'för unga', CHILDREN: 'för barn', SENIORS: 'för seniorer', YOUNG_ADULTS: 'för unga vuxna' },
  nb: { RELATIVES: 'for pårørende', YOUTH: 'for ungdom', CHILDREN: 'for barn', SENIORS: 'for seniorer', YOUNG_ADULTS: 'for unge voksne' },
  pl: { RELATIVES: 'dla bliskich', YOUTH: 'dla młodzieży', CHILDREN: 'dla dzieci', SENIORS: 'dla seniorów', YOUNG_ADULTS: 'dla młodych dorosłych' },
  en: { RELATIVES: 'for relatives', YOUTH: 'for young people', CHILDREN: 'for children', SENIORS: 'for seniors', YOUNG_ADULTS: 'for young adults' },
};

const IN_TOWN: Record<Language, string> = { da: 'i', sv: 'i', nb: 'i', pl: 'w', en: 'in' };

const DESCRIPTIONS: Record<Language, readonly string[]> = {
  da: [
    'Vi mødes i en tryg gruppe, hvor alle kan dele deres erfaringer. Ingen tilmelding, bare mød op.',
    'En gruppe for dig, der vil tale med andre i samme situation. Det er gratis og anonymt.',
    'Vi drikker en kop kaffe og taler om det, der fylder. En frivillig igangsætter hjælper os i gang.',
  ],
  sv: [
    'Vi träffas i en trygg grupp där alla kan dela sina erfarenheter. Ingen anmälan behövs.',
    'En grupp för dig som vill prata med andra i samma situation. Gratis och anonymt.',
    'Vi fikar och pratar om det som känns viktigt. En samtalsledare håller i träffarna.',
  ],
  nb: [
    'Vi møtes i en trygg gruppe der alle kan dele erfaringer. Ingen påmelding, bare kom.',
    'En gruppe for deg som vil snakke med andre i samme situasjon. Gratis og anonymt.',
    'Vi tar en kopp kaffe og snakker om det som opptar oss. En frivillig igangsetter hjelper oss i gang.',
  ],
  pl: [
    'Spotykamy się w bezpiecznej grupie, w której każdy może podzielić się doświadczeniem. Bez zapisów.',
    'Grupa dla osób, które chcą porozmawiać z innymi w podobnej sytuacji. Bezpłatnie i anonimowo.',
    'Rozmawiamy przy kawie o tym, co dla nas ważne. Spotkania prowadzi osoba prowadząca.',
  ],
  en: [
    'We meet in a safe group where everyone can share their experience. No sign-up, just come.',
    'A group for you who want to talk with others in the same situation. Free and anonymous.',
    'We have a cup of coffee and talk about what matters. A volunteer starter helps us get going.',
  ],
};

const PRACTICAL_NOTES: Record<Language, string> = {
  da: 'Brug indgangen fra gården og ring på klokken.',
  sv: 'Använd ingången från gården och ring på klockan.',
  nb: 'Bruk inngangen fra bakgården og ring på.',
  pl: 'Wejście od podwórza, prosimy dzwonić.',
  en: 'Use the entrance from the courtyard and ring the bell.',
};

const INTAKE_TEXTS: Record<Language, string> = {
  da: 'Ring til gruppens tovholder for en kort samtale, før du kommer første gang.',
  sv: 'Ring gruppens kontaktperson för ett kort samtal innan du kommer första gången.',
  nb: 'Ring gruppens kontaktperson for en kort samtale før du kommer første gang.',
  pl: 'Przed pierwszym spotkaniem zadzwoń do osoby prowadzącej na krótką rozmowę.',
  en: 'Call the group’s contact for a short conversation before you come the first time.',
};

const FIRST_NAMES: Record<Country, readonly string[]> = {
  DK: ['Mette', 'Lars', 'Hanne', 'Søren', 'Birgitte', 'Jens', 'Anne', 'Mads'],
  SE: ['Anna', 'Erik', 'Karin', 'Lars', 'Maria', 'Johan', 'Eva', 'Per'],
  NO: ['Kari', 'Ola', 'Ingrid', 'Bjørn', 'Liv', 'Knut', 'Siri', 'Arne'],
  PL: ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Małgorzata', 'Krzysztof', 'Agnieszka', 'Paweł'],
};

const slugify = (text: string) => foldForSearch(text).replace(/ /g, '-').slice(0, 60);

function postcodeFor(random: Random, town: Town): string {
  if (town.postcodes.length > 0) return random.pick(town.postcodes);
  switch (town.country) {
    case 'DK':
      return String(random.int(1000, 9990));
    case 'NO':
      return String(random.int(1, 9990)).padStart(4, '0');
    case 'SE':
      return `${random.int(100, 989)} ${String(random.int(0, 99)).padStart(2, '0')}`;
    default:
      return `${String(random.int(0, 99)).padStart(2, '0')}-${String(random.int(0, 999)).padStart(3, '0')}`;
  }
}

/** Everything needed to make groups; the reference rows (municipalities, organisations, venues) are inserted first. */
export interface World {
  places: Places;
  organisations: Organisation[];
  organisationsByCountry: Record<Country, WeightedTable<Organisation>>;
  pool: Record<Country, PooledSchedule[]>;
}

export function buildWorld(random: Random, groupCount: number, now: Date): World {
  const places = buildPlaces(random);
  const organisationCount = Math.min(20_000, Math.max(40, Math.round(groupCount / 25)));
  const organisations: Organisation[] = [];
  for (let index = 0; index < organisationCount; index++) {
    const country = random.weighted(COUNTRY_WEIGHTS);
    const home = places.townsByCountry[country].pick(random);
    const name = random.pick(ORGANISATION_NAMES[country]).replace('{town}', home.name);
    const slug = `${slugify(name)}-${index.toString(36)}`;
    organisations.push({
      id: random.uuid(),
      slug,
      name,
      country,
      defaultLanguage: COUNTRY_LANGUAGE[country],
      website: random.chance(0.6) ? `https://${slug}.example.org` : null,
      phone: random.chance(0.5) ? String(random.int(20000000, 99999999)) : null,
      email: random.chance(0.7) ? `kontakt@${slug}.example.org` : null,
      home,
    });
  }
  const organisationsByCountry = {} as Record<Country, WeightedTable<Organisation>>;
  for (const country of ['DK', 'SE', 'NO', 'PL'] as const) {
    // A few large organisations (national associations) run many groups; most run a handful.
    organisationsByCountry[country] = new WeightedTable(
      organisations.filter((organisation) => organisation.country === country),
      (organisation) => 1 + 20 / (1 + (parseInt(organisation.id.slice(0, 4), 16) % 50)),
    );
  }
  return { places, organisations, organisationsByCountry, pool: buildSchedulePool(random, now, 400) };
}

/** Makes groups one at a time; venues are made along the way and shared by the groups of one organisation in one town. */
export class GroupMaker {
  private readonly venuesByKey = new Map<string, Venue[]>();
  /** Venues made since the last call of takeNewVenues. */
  private newVenues: Venue[] = [];
  private made = 0;

  constructor(
    private readonly random: Random,
    private readonly world: World,
    private readonly now: Date,
  ) {}

  takeNewVenues(): Venue[] {
    const venues = this.newVenues;
    this.newVenues = [];
    return venues;
  }

  private venueFor(organisation: Organisation, town: Town): Venue {
    const key = `${organisation.id}:${town.name}`;
    const existing = this.venuesByKey.get(key) ?? [];
    if (existing.length > 0 && this.random.chance(0.6)) return this.random.pick(existing);
    const random = this.random;
    // Spread around the town's point: a few hundred metres in a village, several km in a city.
    const radiusKm = Math.min(8, 0.4 + Math.sqrt(town.population) / 140);
    const distance = radiusKm * Math.sqrt(random.next());
    const angle = random.next() * 2 * Math.PI;
    const latitude = town.latitude + (distance * Math.sin(angle)) / 111.32;
    const longitude = town.longitude + (distance * Math.cos(angle)) / (111.32 * Math.cos(town.latitude * (Math.PI / 180)));
    const street = random.pick(STREETS[town.country]);
    const venue: Venue = {
      id: this.random.uuid(),
      organisationId: organisation.id,
      name: random.pick(VENUE_NAMES[town.country]),
      street: town.country === 'PL' ? `${street} ${random.int(1, 120)}` : `${street} ${random.int(1, 220)}${random.chance(0.1) ? 'A' : ''}`,
      postalCode: postcodeFor(random, town),
      town: town.name,
      latitude: Math.round(latitude * 1e5) / 1e5,
      longitude: Math.round(longitude * 1e5) / 1e5,
      accessibility: ACCESSIBILITY_FEATURES.filter((feature) => random.chance(feature === 'STEP_FREE' ? 0.55 : feature === 'HEARING_LOOP' ? 0.2 : 0.35)),
      transportNotes: random.chance(0.2) ? random.pick(TRANSPORT_NOTES) : {},
    };
    existing.push(venue);
    this.venuesByKey.set(key, existing);
    this.newVenues.push(venue);
    return venue;
  }

  next(): GeneratedGroup {
    const random = this.random;
    const index = this.made++;
    const country = random.weighted(COUNTRY_WEIGHTS);
    const organisation = this.world.organisationsByCountry[country].pick(random);
    const town = random.chance(0.7) ? organisation.home : this.world.places.townsByCountry[country].pick(random);
    const language = organisation.defaultLanguage;

    const format = random.weighted<Format>([
      ['IN_PERSON', 85],
      ['ONLINE', 8],
      ['HYBRID', 7],
    ]);
    const enrolment = random.weighted<EnrolmentState>([
      ['OPEN', 55],
      ['OPEN_AFTER_INTAKE', 15],
      ['FORMING', 10],
      ['CLOSED', 7],
      ['FULL', 5],
      ['PAUSED', 5],
      ['ENDED', 3],
    ]);
    const forming = enrolment === 'FORMING';
    // A group still forming may have no venue and no time yet; an online one has no venue and no municipality.
    const venue = format === 'ONLINE' || (forming && random.chance(0.3)) ? null : this.venueFor(organisation, town);
    const municipality = format === 'ONLINE' ? null : town.municipality;

    const primary = random.weighted(TOPIC_WEIGHTS);
    const addiction = ADDICTION_TOPICS.includes(primary);
    const method: Method | null = addiction
      ? random.weighted<Method>([
          ['SMART_RECOVERY', 35],
          ['TWELVE_STEPS', 35],
          ['ABSTINENCE_CLUB', 10],
          ['SELF_ORGANISED', 10],
          ['FACILITATED', 10],
        ])
      : random.weighted<Method | null>([
          ['SELF_ORGANISED', 45],
          ['FACILITATED', 45],
          [null, 10],
        ]);
    const topics = new Set<TopicCode>([primary]);
    // One SMART meeting serves alcohol, cannabis, gambling and medication at once.
    if (method === 'SMART_RECOVERY') for (const topic of ['ALCOHOL', 'CANNABIS', 'GAMBLING', 'MEDICATION'] as const) if (random.chance(0.6)) topics.add(topic);
    if (random.chance(0.3)) topics.add(random.weighted(TOPIC_WEIGHTS));

    const audience = random.weighted<Audience>([
      ['AFFECTED', 65],
      ['RELATIVES', 20],
      ['BOTH', 15],
    ]);
    const ageChoice = random.weighted<AgeBand | 'RANGE' | null>([
      ['ADULTS', 60],
      [null, 15],
      ['YOUNG_ADULTS', 8],
      ['SENIORS', 5],
      ['YOUTH', 6],
      ['CHILDREN', 4],
      ['RANGE', 2],
    ]);
    const ageBand = ageChoice === 'RANGE' ? null : ageChoice;
    const [ageMin, ageMax] = ageChoice === 'RANGE' ? random.pick([[16, 25] as const, [13, 17] as const, [30, 60] as const]) : [null, null];
    // Children's and youth groups always have one or two facilitators (the database refuses one without).
    const children = ageBand === 'CHILDREN' || ageBand === 'YOUTH' || (ageMax !== null && ageMax <= 18);
    const facilitatorCount = children || method === 'FACILITATED' ? random.int(1, 2) : 0;
    const starterMeetings = method === 'SELF_ORGANISED' && random.chance(0.3) ? random.pick([4, 6, 8, 10]) : null;

    const spoken: Language[] = [language];
    if (random.chance(language === 'pl' ? 0.05 : 0.12)) spoken.push('en');
    const languages = format === 'ONLINE' && random.chance(0.3) ? [random.pick(['da', 'sv', 'nb', 'pl', 'en'] as const)] : spoken;

    const contentLanguages: Language[] = random.chance(0.4) ? [language, 'en'] : [language];
    const forWhom = audience === 'RELATIVES' ? 'RELATIVES' : ageBand === 'YOUTH' || ageBand === 'CHILDREN' || ageBand === 'SENIORS' || ageBand === 'YOUNG_ADULTS' ? ageBand : null;
    const name: TranslatedText = {};
    const description: TranslatedText = {};
    const practicalNotes: TranslatedText = {};
    const intakeText: TranslatedText = {};
    const descriptionIndex = random.int(0, 2);
    const withNotes = random.chance(0.3);
    for (const content of contentLanguages) {
      const noun =
        method === 'SMART_RECOVERY' ? 'SMART Recovery' : method === 'TWELVE_STEPS' && primary === 'ALCOHOL' ? (content === 'pl' ? 'Mityng AA' : 'AA-gruppen') : GROUP_NOUNS[content][primary];
      const whom = forWhom ? ` ${FOR_WHOM[content][forWhom]}` : '';
      name[content] = format === 'ONLINE' ? `${noun}${whom} (online)` : `${noun}${whom} ${IN_TOWN[content]} ${town.name}`;
      description[content] = DESCRIPTIONS[content][descriptionIndex];
      if (withNotes) practicalNotes[content] = PRACTICAL_NOTES[content];
      if (enrolment === 'OPEN_AFTER_INTAKE') intakeText[content] = INTAKE_TEXTS[content];
    }

    const pooled = forming && random.chance(0.5) ? null : random.pick(this.world.pool[country]);
    const promises: GroupPromise[] =
      method === 'TWELVE_STEPS' ? ['ANONYMOUS', 'FREE', 'NOT_TREATMENT'] : (['ANONYMOUS', 'CONFIDENTIAL', 'FREE', 'NOT_TREATMENT'] as const).filter(() => random.chance(0.6));
    const sized = random.chance(0.4);
    const sizeMin = sized ? random.pick([4, 5, 6]) : null;
    const sizeMax = sized ? random.pick([8, 10, 12]) : null;
    const year = this.now.getUTCFullYear();
    const online = format !== 'IN_PERSON';
    const onRequest = online && random.chance(0.3);
    const contactFirst = random.pick(FIRST_NAMES[country]);
    const slugBase = slugify(name[language] ?? name.en ?? 'group');
    return {
      id: this.random.uuid(),
      slug: `${slugBase}-${index.toString(36)}`,
      organisation,
      venue,
      municipality,
      name,
      description,
      practicalNotes,
      intakeText,
      topics: [...topics],
      audience,
      ageBand,
      ageMin,
      ageMax,
      format,
      languages,
      method,
      promises,
      facilitatorCount,
      starterMeetings,
      schedule: pooled?.schedule ?? null,
      nextMeetingAt: pooled?.next ?? null,
      enrolment,
      formingMinimum: forming ? random.pick([3, 4, 5, 6]) : null,
      sizeMin,
      sizeMax,
      placesLeft: enrolment === 'FULL' ? 0 : random.chance(0.2) ? random.int(1, 5) : null,
      // Without drawing from the random sequence, so that the rest of the data stays as it was.
      waitingList: enrolment === 'FULL',
      pausedUntil: enrolment === 'PAUSED' ? `${year + 1}-0${random.int(1, 3)}-${String(random.int(1, 28)).padStart(2, '0')}` : null,
      onlineJoinUrl: online && !onRequest ? `https://meet.example.org/${slugBase.slice(0, 20)}-${index.toString(36)}` : null,
      onlineJoinOnRequest: onRequest,
      contactName: random.chance(0.7) ? contactFirst : null,
      contactPhone: random.chance(0.6) ? String(random.int(20000000, 99999999)) : null,
      contactEmail: random.chance(0.5) ? `${foldForSearch(contactFirst)}@example.org` : null,
      contactUrl: random.chance(0.2) ? `https://${organisation.slug}.example.org/grupper/${index.toString(36)}` : null,
    };
  }
}
