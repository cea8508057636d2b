import type { TranslatedText } from './content';
import { LIMITS } from './limits';
import { facilitationProblems, isSlug } from './rules';
import type { Schedule, ScheduleProblemCode } from './schedule/schedule';
import { validateSchedule } from './schedule/validate';
import {
  LANGUAGES,
  type AccessibilityFeature,
  type AgeBand,
  type Audience,
  type Country,
  type EnrolmentState,
  type Format,
  type GroupPromise,
  type Language,
  type Method,
  type TopicCode,
} from './vocabularies';

/** Everything an editor sets on a group; what is derived (search text, country, meetings) is not here. */
export interface GroupFields {
  slug: string;
  unitId: string | null;
  venueId: string | null;
  municipalityId: string | null;
  name: TranslatedText;
  description: TranslatedText;
  practicalNotes: TranslatedText;
  intakeText: TranslatedText;
  topics: TopicCode[];
  audience: Audience;
  ageBand: AgeBand | null;
  ageMin: number | null;
  ageMax: number | null;
  format: Format;
  onlineJoinUrl: string | null;
  onlineJoinOnRequest: boolean;
  languages: Language[];
  method: Method | null;
  promises: GroupPromise[];
  facilitatorCount: number;
  starterMeetings: number | null;
  schedule: Schedule | null;
  enrolment: EnrolmentState;
  formingMinimum: number | null;
  sizeMin: number | null;
  sizeMax: number | null;
  placesLeft: number | null;
  /** A full or closed group that still takes names for when a place frees (joinWay). */
  waitingList: boolean;
  pausedUntil: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  contactUrl: string | null;
}

/** Everything an editor sets on a venue; the point is taken from the gazetteer when not given. */
export interface VenueFields {
  name: string;
  street: string;
  postalCode: string;
  town: string;
  latitude: number | null;
  longitude: number | null;
  accessibility: AccessibilityFeature[];
  transportNotes: TranslatedText;
}

/** Why a field's value is refused: an error code with a translated message (`error.<code>`). */
export type FieldProblemCode =
  | 'INVALID_SLUG'
  | 'NAME_INVALID'
  | 'NAME_REQUIRED'
  | 'TEXT_INVALID'
  | 'TEXT_TOO_LONG'
  | 'TOPICS_REQUIRED'
  | 'LANGUAGES_REQUIRED'
  | 'AGE_OUT_OF_RANGE'
  | 'AGE_RANGE_INVALID'
  | 'NUMBER_OUT_OF_RANGE'
  | 'SIZE_RANGE_INVALID'
  | 'PLACES_LEFT_OVER_SIZE'
  | 'CHILDREN_NEED_FACILITATORS'
  | 'VENUE_NOT_FOR_ONLINE'
  | 'WEBSITE_INVALID'
  | 'PHONE_INVALID'
  | 'EMAIL_INVALID'
  | 'DATE_INVALID'
  | 'LINE_INVALID'
  | 'POSTCODE_INVALID'
  | 'COORDINATES_OUT_OF_RANGE'
  | 'COLOUR_INVALID'
  | 'CONTRAST_TOO_LOW'
  | 'FONT_INVALID'
  | 'ORIGIN_INVALID'
  | 'ORIGINS_REQUIRED'
  | 'TOO_MANY'
  | 'ONLINE_LANGUAGES_REQUIRED'
  | 'LANGUAGE_INVALID';

/** One problem at one field: `schedule.rrule`, `name.da`, `sizeMax`… Schedule problems carry their schedule code. */
export interface FieldProblem {
  field: string;
  code: FieldProblemCode | ScheduleProblemCode;
  values?: Readonly<Record<string, string | number>>;
}

const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const PHONE = /^\+?[0-9][0-9 ]{5,19}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Postcodes as each country writes them: 2860, 111 22, 0150, 00-001. */
const POSTCODES: Record<Country, RegExp> = { DK: /^\d{4}$/, SE: /^\d{3} ?\d{2}$/, NO: /^\d{4}$/, PL: /^\d{2}-\d{3}$/ };

/** A translated text's problems: unknown languages, values too long. */
export function textProblems(field: string, text: TranslatedText, maxLength: number): FieldProblem[] {
  if (typeof text !== 'object' || text === null || Array.isArray(text)) return [{ field, code: 'TEXT_INVALID' }];
  return Object.entries(text).flatMap(([language, value]): FieldProblem[] => {
    if (!(LANGUAGES as readonly string[]).includes(language) || typeof value !== 'string') return [{ field, code: 'TEXT_INVALID' }];
    return value.length > maxLength ? [{ field: `${field}.${language}`, code: 'TEXT_TOO_LONG', values: { max: maxLength } }] : [];
  });
}

function numberProblem(field: string, value: number | null, min: number, max: number): FieldProblem[] {
  return value !== null && (!Number.isInteger(value) || value < min || value > max) ? [{ field, code: 'NUMBER_OUT_OF_RANGE', values: { min, max } }] : [];
}

function lineProblem(field: string, value: string | null, pattern: RegExp | null, code: FieldProblemCode): FieldProblem[] {
  if (value === null) return [];
  return value.length > LIMITS.lineMaxLength || (pattern && !pattern.test(value)) ? [{ field, code, values: { max: LIMITS.lineMaxLength } }] : [];
}

/**
 * Everything wrong with a group's fields, each at its field; empty when it may be saved. The same
 * rules as the database's constraints, said in words an editor can act on, so that a save never
 * reaches a constraint. What needs the database (a slug taken, a venue of another organisation)
 * is checked by the API.
 */
export function groupProblems(group: GroupFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (group.slug.length > LIMITS.slugMaxLength || !isSlug(group.slug)) problems.push({ field: 'slug', code: 'INVALID_SLUG' });
  problems.push(...textProblems('name', group.name, LIMITS.nameMaxLength).map((problem) => (problem.code === 'TEXT_TOO_LONG' ? { ...problem, code: 'NAME_INVALID' as const } : problem)));
  if (!Object.values(group.name ?? {}).some((text) => typeof text === 'string' && text.trim() !== '')) problems.push({ field: 'name', code: 'NAME_REQUIRED' });
  for (const field of ['description', 'practicalNotes', 'intakeText'] as const) problems.push(...textProblems(field, group[field], LIMITS.textMaxLength));
  if (group.topics.length === 0) problems.push({ field: 'topics', code: 'TOPICS_REQUIRED' });
  if (group.languages.length === 0) problems.push({ field: 'languages', code: 'LANGUAGES_REQUIRED' });
  for (const field of ['ageMin', 'ageMax'] as const) {
    const age = group[field];
    if (age !== null && (!Number.isInteger(age) || age < 0 || age > LIMITS.ageMax)) problems.push({ field, code: 'AGE_OUT_OF_RANGE' });
  }
  if (group.ageMin !== null && group.ageMax !== null && group.ageMin > group.ageMax) problems.push({ field: 'ageMax', code: 'AGE_RANGE_INVALID' });
  problems.push(
    ...numberProblem('facilitatorCount', group.facilitatorCount, 0, LIMITS.facilitatorsMax),
    ...numberProblem('starterMeetings', group.starterMeetings, 1, LIMITS.groupNumberMax),
    ...numberProblem('formingMinimum', group.formingMinimum, 1, LIMITS.groupNumberMax),
    ...numberProblem('sizeMin', group.sizeMin, 1, LIMITS.groupNumberMax),
    ...numberProblem('sizeMax', group.sizeMax, 1, LIMITS.groupNumberMax),
    ...numberProblem('placesLeft', group.placesLeft, 0, LIMITS.groupNumberMax),
  );
  if (group.sizeMin !== null && group.sizeMax !== null && group.sizeMin > group.sizeMax) problems.push({ field: 'sizeMax', code: 'SIZE_RANGE_INVALID' });
  if (group.placesLeft !== null && group.sizeMax !== null && group.placesLeft > group.sizeMax) problems.push({ field: 'placesLeft', code: 'PLACES_LEFT_OVER_SIZE' });
  if (facilitationProblems(group).length > 0) problems.push({ field: 'facilitatorCount', code: 'CHILDREN_NEED_FACILITATORS' });
  if (group.format === 'ONLINE' && group.venueId !== null) problems.push({ field: 'venueId', code: 'VENUE_NOT_FOR_ONLINE' });
  problems.push(
    ...lineProblem('onlineJoinUrl', group.onlineJoinUrl, WEB_ADDRESS, 'WEBSITE_INVALID'),
    ...lineProblem('contactUrl', group.contactUrl, WEB_ADDRESS, 'WEBSITE_INVALID'),
    ...lineProblem('contactPhone', group.contactPhone, PHONE, 'PHONE_INVALID'),
    ...lineProblem('contactEmail', group.contactEmail, EMAIL, 'EMAIL_INVALID'),
    ...lineProblem('contactName', group.contactName, null, 'LINE_INVALID'),
  );
  if (group.pausedUntil !== null && !LOCAL_DATE.test(group.pausedUntil)) problems.push({ field: 'pausedUntil', code: 'DATE_INVALID' });
  if (group.schedule) problems.push(...validateSchedule(group.schedule).map((problem) => ({ field: problem.path ? `schedule.${problem.path}` : 'schedule', code: problem.code })));
  return problems;
}

/** Everything wrong with a venue's fields in a country, each at its field. */
export function venueProblems(venue: VenueFields, country: Country): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (venue.name.trim() === '' || venue.name.length > LIMITS.nameMaxLength) problems.push({ field: 'name', code: 'NAME_INVALID', values: { max: LIMITS.nameMaxLength } });
  for (const field of ['street', 'town'] as const) {
    if (venue[field].trim() === '' || venue[field].length > LIMITS.lineMaxLength) problems.push({ field, code: 'LINE_INVALID', values: { max: LIMITS.lineMaxLength } });
  }
  if (!POSTCODES[country].test(venue.postalCode)) problems.push({ field: 'postalCode', code: 'POSTCODE_INVALID' });
  const { latitude, longitude } = venue;
  if ((latitude === null) !== (longitude === null) || (latitude !== null && (latitude < -90 || latitude > 90)) || (longitude !== null && (longitude < -180 || longitude > 180))) {
    problems.push({ field: 'latitude', code: 'COORDINATES_OUT_OF_RANGE' });
  }
  problems.push(...textProblems('transportNotes', venue.transportNotes, LIMITS.textMaxLength));
  return problems;
}

/** A text without its empty languages: a language left blank is a missing translation, not an empty one. */
export function withoutBlankLanguages(text: TranslatedText): TranslatedText {
  return Object.fromEntries(Object.entries(text ?? {}).filter(([, value]) => typeof value !== 'string' || value.trim() !== ''));
}

const blankToNull = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim());

/** Fields as an editor means them: blank languages dropped, lines trimmed, blank lines null, sets without repeats. */
export function normaliseGroupFields(fields: GroupFields): GroupFields {
  return {
    ...fields,
    slug: fields.slug.trim(),
    name: withoutBlankLanguages(fields.name),
    description: withoutBlankLanguages(fields.description),
    practicalNotes: withoutBlankLanguages(fields.practicalNotes),
    intakeText: withoutBlankLanguages(fields.intakeText),
    topics: [...new Set(fields.topics)],
    languages: [...new Set(fields.languages)],
    promises: [...new Set(fields.promises)],
    onlineJoinUrl: blankToNull(fields.onlineJoinUrl),
    pausedUntil: blankToNull(fields.pausedUntil),
    contactName: blankToNull(fields.contactName),
    contactPhone: blankToNull(fields.contactPhone),
    contactEmail: blankToNull(fields.contactEmail),
    contactUrl: blankToNull(fields.contactUrl),
    schedule: fields.schedule && {
      ...fields.schedule,
      pauses: fields.schedule.pauses.map((pause) => ({ ...pause, reason: withoutBlankLanguages(pause.reason) })),
    },
  };
}
