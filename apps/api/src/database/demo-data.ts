import {
  COUNTRY_TIME_ZONES,
  type AgeBand,
  type Audience,
  type Country,
  type EnrolmentState,
  type Format,
  type Language,
  type TopicCode,
  type TranslatedText,
  type Weekday,
} from '@groupfinder/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { GroupEntity } from '../groups/group.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { VenueEntity } from '../venues/venue.entity';

/*
 * The demo data. Real: the two volunteer centres and the SMART Recovery groups of seed 001 (De
 * Frivilliges Hus i Gladsaxe and Frivilligcenter & Selvhjælp Lyngby-Taarbæk), exactly as the
 * seed writes them. Everything else is invented so that search has something to find in every
 * country and language, and is stored with is_demo = true so it is never mistaken for real.
 */

interface OrganisationSeed {
  slug: string;
  name: string;
  country: Country;
  defaultLanguage: Language;
  website?: string;
  phone?: string;
  email?: string;
  isDemo: boolean;
}

interface VenueSeed {
  name: string;
  street: string;
  postalCode: string;
  town: string;
  latitude: number;
  longitude: number;
}

interface GroupSeed {
  slug: string;
  organisation: string;
  /** Country and official code of the municipality it meets in; none for online groups. */
  municipality?: readonly [Country, string];
  venue?: VenueSeed;
  name: TranslatedText;
  description?: TranslatedText;
  topics: TopicCode[];
  audience: Audience;
  ageBand?: AgeBand;
  format: Format;
  languages: Language[];
  schedule?: { weekday: Weekday; start: string; end: string };
  timeZone?: string;
  enrolment: EnrolmentState;
  contact?: { name?: string; phone?: string; email?: string; url?: string };
  isDemo: boolean;
}

const MUNICIPALITIES: readonly (readonly [Country, string, string])[] = [
  ['DK', '159', 'Gladsaxe'],
  ['DK', '173', 'Lyngby-Taarbæk'],
  ['SE', '0180', 'Stockholm'],
  ['NO', '0301', 'Oslo'],
  ['PL', '1261011', 'Kraków'],
  ['PL', '1465011', 'Warszawa'],
];

const GLADSAXE = ['DK', '159'] as const;
const LYNGBY = ['DK', '173'] as const;

const ORGANISATIONS: OrganisationSeed[] = [
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

const SMART_DESCRIPTION: TranslatedText = {
  da: 'SMART Recovery selvhjælpsgruppe for mennesker med afhængighed. Metoden har 4 fokusområder: at opbygge og vedligeholde motivation, tackle trang, styre tanker, følelser og adfærd og leve et afbalanceret liv. Grupperne køres af frivillige igangsættere. Det er anonymt at deltage.',
  en: 'SMART Recovery self-help group for people with an addiction. The method has four points: building and keeping motivation, coping with urges, managing thoughts, feelings and behaviour, and living a balanced life. Groups are run by volunteer facilitators. Taking part is anonymous.',
};

const GROUPS: GroupSeed[] = [
  {
    slug: 'smart-recovery-soborg-mandag',
    organisation: 'de-frivilliges-hus-gladsaxe',
    municipality: GLADSAXE,
    venue: FOREBYGGELSESCENTRET,
    name: { da: 'SMART Recovery Søborg – mandag', en: 'SMART Recovery Søborg – Monday' },
    description: SMART_DESCRIPTION,
    topics: ['ALCOHOL', 'CANNABIS', 'DRUGS', 'GAMBLING', 'MEDICATION'],
    audience: 'AFFECTED',
    ageBand: 'ADULTS',
    format: 'IN_PERSON',
    languages: ['da'],
    schedule: { weekday: 'MONDAY', start: '19:00', end: '20:30' },
    enrolment: 'OPEN',
    contact: DE_FRIVILLIGES_HUS_CONTACT,
    isDemo: false,
  },
  {
    slug: 'smart-recovery-soborg-torsdag',
    organisation: 'de-frivilliges-hus-gladsaxe',
    municipality: GLADSAXE,
    venue: FOREBYGGELSESCENTRET,
    name: { da: 'SMART Recovery Søborg – torsdag', en: 'SMART Recovery Søborg – Thursday' },
    description: SMART_DESCRIPTION,
    topics: ['ALCOHOL', 'CANNABIS', 'DRUGS', 'GAMBLING', 'MEDICATION'],
    audience: 'AFFECTED',
    ageBand: 'ADULTS',
    format: 'IN_PERSON',
    languages: ['da'],
    schedule: { weekday: 'THURSDAY', start: '19:00', end: '20:30' },
    enrolment: 'OPEN',
    contact: DE_FRIVILLIGES_HUS_CONTACT,
    isDemo: false,
  },
  {
    slug: 'smart-recovery-kgs-lyngby-sondag',
    organisation: 'frivilligcenter-selvhjaelp-lyngby-taarbaek',
    municipality: LYNGBY,
    venue: FRIVILLIGCENTER_LYNGBY,
    name: { da: 'SMART Recovery Kgs. Lyngby – søndag', en: 'SMART Recovery Kgs. Lyngby – Sunday' },
    description: SMART_DESCRIPTION,
    topics: ['ALCOHOL', 'CANNABIS', 'DRUGS', 'GAMBLING', 'MEDICATION'],
    audience: 'AFFECTED',
    ageBand: 'ADULTS',
    format: 'IN_PERSON',
    languages: ['da'],
    schedule: { weekday: 'SUNDAY', start: '20:00', end: '21:30' },
    enrolment: 'OPEN',
    contact: DE_FRIVILLIGES_HUS_CONTACT,
    isDemo: false,
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
    enrolment: 'FORMING',
    contact: DE_FRIVILLIGES_HUS_CONTACT,
    isDemo: false,
  },
  // Invented from here on (is_demo).
  {
    slug: 'demo-sorggruppe-for-unge-lyngby',
    organisation: 'demo-selvhjaelp-danmark',
    municipality: LYNGBY,
    venue: { name: 'Demo: Lyngby Medborgerhus', street: 'Eksempelvej 1', postalCode: '2800', town: 'Kgs. Lyngby', latitude: 55.7704, longitude: 12.5038 },
    name: { da: 'Sorggruppe for unge', en: 'Grief group for young people' },
    description: {
      da: 'For unge mellem 13 og 18 år, der har mistet en forælder eller søskende. To igangsættere er med hver gang. Før du starter, kommer du til en afklarende samtale.',
      en: 'For young people aged 13 to 18 who have lost a parent or a sibling. Two facilitators are there every time. Before you start, you come to an intake conversation.',
    },
    topics: ['GRIEF'],
    audience: 'AFFECTED',
    ageBand: 'YOUTH',
    format: 'IN_PERSON',
    languages: ['da'],
    schedule: { weekday: 'TUESDAY', start: '16:30', end: '18:00' },
    enrolment: 'OPEN_AFTER_INTAKE',
    contact: { name: 'Selvhjælp Danmark (demo)', email: 'kontakt@example.org' },
    isDemo: true,
  },
  {
    slug: 'demo-skilsmissegruppe-bagsvaerd',
    organisation: 'demo-selvhjaelp-danmark',
    municipality: GLADSAXE,
    venue: { name: 'Demo: Bagsværd Bibliotek', street: 'Eksempelgade 2', postalCode: '2880', town: 'Bagsværd', latitude: 55.7611, longitude: 12.4541 },
    name: { da: 'Selvhjælpsgruppe om skilsmisse' },
    description: { da: 'For voksne, der står midt i eller efter en skilsmisse. 4-8 deltagere, tavshedspligt. Gruppen mødes hver 14. dag.' },
    topics: ['DIVORCE'],
    audience: 'AFFECTED',
    ageBand: 'ADULTS',
    format: 'IN_PERSON',
    languages: ['da'],
    schedule: { weekday: 'WEDNESDAY', start: '19:00', end: '21:00' },
    enrolment: 'OPEN_AFTER_INTAKE',
    contact: { name: 'Selvhjælp Danmark (demo)', email: 'kontakt@example.org' },
    isDemo: true,
  },
  {
    slug: 'demo-bornegruppe-syg-forælder-lyngby',
    organisation: 'demo-selvhjaelp-danmark',
    municipality: LYNGBY,
    venue: { name: 'Demo: Lyngby Medborgerhus', street: 'Eksempelvej 1', postalCode: '2800', town: 'Kgs. Lyngby', latitude: 55.7704, longitude: 12.5038 },
    name: { da: 'Børnegruppe: når mor eller far er syg' },
    description: { da: 'For børn mellem 7 og 12 år med en forælder, der er alvorligt syg. To igangsættere har ansvaret for indhold og rammer.' },
    topics: ['ILLNESS'],
    audience: 'RELATIVES',
    ageBand: 'CHILDREN',
    format: 'IN_PERSON',
    languages: ['da'],
    schedule: { weekday: 'THURSDAY', start: '16:00', end: '17:30' },
    enrolment: 'OPEN_AFTER_INTAKE',
    contact: { name: 'Selvhjælp Danmark (demo)', email: 'kontakt@example.org' },
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
    languages: ['en'],
    schedule: { weekday: 'SATURDAY', start: '10:00', end: '11:30' },
    timeZone: 'Europe/Copenhagen',
    enrolment: 'OPEN',
    contact: { email: 'kontakt@example.org' },
    isDemo: true,
  },
  {
    slug: 'demo-smart-recovery-mote-sodermalm',
    organisation: 'demo-smart-recovery-sverige',
    municipality: ['SE', '0180'],
    venue: { name: 'Demo: Medborgarhuset', street: 'Exempelgatan 1', postalCode: '118 20', town: 'Stockholm', latitude: 59.3173, longitude: 18.0717 },
    name: { sv: 'SMART Recovery-möte Södermalm' },
    description: {
      sv: 'Självhjälpsmöte där alkohol-, cannabis-, spel- och läkemedelsberoende träffas på samma möte, med programmet i fyra punkter. Ingen professionell rådgivning.',
    },
    topics: ['ALCOHOL', 'CANNABIS', 'GAMBLING', 'MEDICATION'],
    audience: 'AFFECTED',
    ageBand: 'ADULTS',
    format: 'IN_PERSON',
    languages: ['sv'],
    schedule: { weekday: 'WEDNESDAY', start: '18:00', end: '19:30' },
    enrolment: 'OPEN',
    contact: { email: 'info@example.org' },
    isDemo: true,
  },
  {
    slug: 'demo-samtalegruppe-angst-oslo',
    organisation: 'demo-selvhjelp-oslo',
    municipality: ['NO', '0301'],
    venue: { name: 'Demo: Frivilligsentralen', street: 'Eksempelveien 3', postalCode: '0182', town: 'Oslo', latitude: 59.9139, longitude: 10.7522 },
    name: { nb: 'Selvorganisert samtalegruppe – å leve med angst' },
    description: {
      nb: 'En igangsetter er med de første 2–5 møtene, deretter driver gruppen seg selv. Etter oppstart er gruppen lukket: nye kommer bare inn når deltakerne bestemmer det. Gruppen avklarer regler for taushetsplikt i starten.',
    },
    topics: ['MENTAL_HEALTH'],
    audience: 'AFFECTED',
    ageBand: 'ADULTS',
    format: 'IN_PERSON',
    languages: ['nb'],
    schedule: { weekday: 'MONDAY', start: '18:00', end: '19:30' },
    enrolment: 'CLOSED',
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
    schedule: { weekday: 'TUESDAY', start: '18:00', end: '19:30' },
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
    schedule: { weekday: 'FRIDAY', start: '19:00', end: '20:30' },
    enrolment: 'OPEN',
    contact: { email: 'kontakt@example.org' },
    isDemo: true,
  },
  {
    slug: 'demo-klub-abstynenta-warszawa',
    organisation: 'demo-wspolnota-aa-na',
    municipality: ['PL', '1465011'],
    venue: { name: 'Demo: Klub Abstynenta', street: 'ul. Przykładowa 3', postalCode: '00-002', town: 'Warszawa', latitude: 52.2319, longitude: 21.0067 },
    name: { pl: 'Klub Abstynenta „Demo”' },
    description: {
      pl: 'Wsparcie w utrzymaniu abstynencji dla osób uzależnionych, a także dla ich rodzin: jak postępować wobec osoby uzależnionej i jak uzależnienie wpływa na całą rodzinę.',
    },
    topics: ['ALCOHOL'],
    audience: 'BOTH',
    ageBand: 'ADULTS',
    format: 'IN_PERSON',
    languages: ['pl'],
    schedule: { weekday: 'THURSDAY', start: '17:00', end: '20:00' },
    enrolment: 'OPEN',
    contact: { email: 'kontakt@example.org' },
    isDemo: true,
  },
];

async function insertAll(manager: EntityManager): Promise<void> {
  const organisations = new Map<string, OrganisationEntity>();
  for (const seed of ORGANISATIONS) {
    organisations.set(seed.slug, await manager.save(manager.create(OrganisationEntity, { website: null, phone: null, email: null, ...seed })));
  }
  const municipalities = new Map<string, MunicipalityEntity>();
  for (const [country, code, name] of MUNICIPALITIES) {
    municipalities.set(`${country}:${code}`, await manager.save(manager.create(MunicipalityEntity, { country, code, name })));
  }
  const venues = new Map<string, VenueEntity>();
  for (const seed of GROUPS) {
    const organisation = organisations.get(seed.organisation);
    if (!organisation) throw new Error(`Demo data: unknown organisation ${seed.organisation}`);
    let venue: VenueEntity | null = null;
    if (seed.venue) {
      const key = `${organisation.id}:${seed.venue.name}`;
      venue = venues.get(key) ?? (await manager.save(manager.create(VenueEntity, { ...seed.venue, organisationId: organisation.id })));
      venues.set(key, venue);
    }
    const municipality = seed.municipality ? municipalities.get(seed.municipality.join(':')) : undefined;
    if (seed.municipality && !municipality) throw new Error(`Demo data: unknown municipality ${seed.municipality.join(':')}`);
    await manager.save(
      manager.create(GroupEntity, {
        slug: seed.slug,
        organisationId: organisation.id,
        venueId: venue?.id ?? null,
        municipalityId: municipality?.id ?? null,
        name: seed.name,
        description: seed.description ?? {},
        topics: seed.topics,
        audience: seed.audience,
        ageBand: seed.ageBand ?? null,
        format: seed.format,
        languages: seed.languages,
        weekday: seed.schedule?.weekday ?? null,
        startTime: seed.schedule?.start ?? null,
        endTime: seed.schedule?.end ?? null,
        timeZone: seed.timeZone ?? COUNTRY_TIME_ZONES[organisation.country],
        enrolment: seed.enrolment,
        contactName: seed.contact?.name ?? null,
        contactPhone: seed.contact?.phone ?? null,
        contactEmail: seed.contact?.email ?? null,
        contactUrl: seed.contact?.url ?? null,
        isDemo: seed.isDemo,
      }),
    );
  }
}

/** Loads the demo data in one transaction when there are no organisations yet. Says whether it did. */
export async function loadDemoDataIfEmpty(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent starts on one server: the second waits, then finds the data there.
    await manager.query('LOCK TABLE organisations IN EXCLUSIVE MODE');
    if ((await manager.count(OrganisationEntity)) > 0) return false;
    await insertAll(manager);
    return true;
  });
}
