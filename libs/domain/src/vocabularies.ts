/**
 * The vocabularies of the self-help field (see shared/design/DOMAIN.md).
 * Codes are SCREAMING_SNAKE so that they are the same in the database, in GraphQL enums and in
 * translation keys. Labels live in @groupfinder/translations.
 */

export const COUNTRIES = ['DK', 'SE', 'NO', 'PL'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Where a country's groups meet by default: the IANA time zone of their schedules. */
export const COUNTRY_TIME_ZONES: Readonly<Record<Country, string>> = {
  DK: 'Europe/Copenhagen',
  SE: 'Europe/Stockholm',
  NO: 'Europe/Oslo',
  PL: 'Europe/Warsaw',
};

/** Topics form a two-level taxonomy: addiction has sub-topics, the rest stand alone. */
export const TOPICS = [
  { code: 'ADDICTION', parent: null },
  { code: 'ALCOHOL', parent: 'ADDICTION' },
  { code: 'CANNABIS', parent: 'ADDICTION' },
  { code: 'DRUGS', parent: 'ADDICTION' },
  { code: 'GAMBLING', parent: 'ADDICTION' },
  { code: 'MEDICATION', parent: 'ADDICTION' },
  { code: 'GRIEF', parent: null },
  { code: 'CRISIS', parent: null },
  { code: 'DIVORCE', parent: null },
  { code: 'ILLNESS', parent: null },
  { code: 'MENTAL_HEALTH', parent: null },
  { code: 'LONELINESS', parent: null },
  { code: 'SHARED_ACTIVITY', parent: null },
] as const;
export type TopicCode = (typeof TOPICS)[number]['code'];
export const TOPIC_CODES: readonly TopicCode[] = TOPICS.map((topic) => topic.code);

/** Whom a group is for: the people with the problem, their relatives, or both together. */
export const AUDIENCES = ['AFFECTED', 'RELATIVES', 'BOTH'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Age bands in years, inclusive; `maxAge` null means no upper limit. */
export const AGE_BANDS = [
  { code: 'CHILDREN', minAge: 7, maxAge: 12 },
  { code: 'YOUTH', minAge: 13, maxAge: 18 },
  { code: 'YOUNG_ADULTS', minAge: 18, maxAge: 30 },
  { code: 'ADULTS', minAge: 18, maxAge: null },
  { code: 'SENIORS', minAge: 65, maxAge: null },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['code'];
export const AGE_BAND_CODES: readonly AgeBand[] = AGE_BANDS.map((band) => band.code);

export const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
export type Format = (typeof FORMATS)[number];

/** How a newcomer can join; each state has a status text and a call to action in the translations. */
export const ENROLMENT_STATES = [
  'OPEN',
  'OPEN_AFTER_INTAKE',
  'FORMING',
  'CLOSED',
  'FULL',
  'PAUSED',
  'ENDED',
] as const;
export type EnrolmentState = (typeof ENROLMENT_STATES)[number];

/** ISO 8601 order: Monday is 1. */
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Languages a group can be held in (ISO 639-1), and in which content can be written. */
export const LANGUAGES = ['da', 'sv', 'nb', 'pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How a group works: its method or programme. */
export const METHODS = ['SMART_RECOVERY', 'TWELVE_STEPS', 'ABSTINENCE_CLUB', 'SELF_ORGANISED', 'FACILITATED'] as const;
export type Method = (typeof METHODS)[number];

/** What a group promises the people who come. */
export const PROMISES = ['ANONYMOUS', 'CONFIDENTIAL', 'FREE', 'NOT_TREATMENT'] as const;
export type GroupPromise = (typeof PROMISES)[number];

/** What a venue offers people with disabilities. */
export const ACCESSIBILITY_FEATURES = ['STEP_FREE', 'HEARING_LOOP', 'ACCESSIBLE_TOILET'] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

/** Parts of the day a visitor can ask for, in the group's local time: [from, to) in minutes. */
export const TIMES_OF_DAY = [
  { code: 'MORNING', fromMinute: 0, toMinute: 12 * 60 },
  { code: 'AFTERNOON', fromMinute: 12 * 60, toMinute: 17 * 60 },
  { code: 'EVENING', fromMinute: 17 * 60, toMinute: 24 * 60 },
] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number]['code'];
export const TIME_OF_DAY_CODES: readonly TimeOfDay[] = TIMES_OF_DAY.map((part) => part.code);

/**
 * What a person may do, each within its scope: the whole platform; an organisation with all its
 * units and users; one unit; the groups assigned to an editor; one municipality's embeds.
 */
export const ROLES = ['PLATFORM_ADMIN', 'ORGANISATION_ADMIN', 'UNIT_ADMIN', 'EDITOR', 'MUNICIPALITY_EDITOR'] as const;
export type Role = (typeof ROLES)[number];
