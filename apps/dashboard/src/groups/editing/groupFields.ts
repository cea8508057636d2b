import {
  LANGUAGES,
  pickText,
  withoutBlankLanguages,
  type AgeBand,
  type Audience,
  type EnrolmentState,
  type Format,
  type GroupPromise,
  type Language as TextLanguage,
  type Method,
  type Schedule,
  type TopicCode,
  type TranslatedText,
} from '@groupfinder/domain';
import { isLanguage, spokenLanguage } from '../../editing/languages';
import type { GroupFieldsInput, Language } from '../../gql/graphql';
import type { ScheduleRules } from '../icalendar';

/** The texts a group has in each language the organisation writes. */
export const TEXT_FIELDS = ['name', 'description', 'practicalNotes', 'intakeText'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The fields typed as whole numbers; `facilitatorCount` is the one that cannot be left empty. */
export const NUMBER_FIELDS = ['ageMin', 'ageMax', 'facilitatorCount', 'starterMeetings', 'formingMinimum', 'sizeMin', 'sizeMax', 'placesLeft'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/**
 * A group's fields as the form's controls hold them: numbers as typed, "none chosen" as '' and
 * texts with the languages left blank. `inputFromForm` turns them into what the API takes.
 */
export type GroupFormValues = {
  slug: string;
  unitId: string;
  venueId: string;
  municipalityId: string;
  topics: TopicCode[];
  audience: Audience;
  ageBand: AgeBand | '';
  format: Format;
  onlineJoinUrl: string;
  onlineJoinOnRequest: boolean;
  languages: Language[];
  method: Method | '';
  promises: GroupPromise[];
  schedule: Schedule | null;
  enrolment: EnrolmentState;
  waitingList: boolean;
  pausedUntil: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  contactUrl: string;
} & Record<TextField, TranslatedText> &
  Record<NumberField, string>;

/** A group's fields as stored, as the API answers them (JSON texts, `__typename`s and all). */
export interface StoredGroupFields {
  readonly slug: string;
  readonly unitId?: string | null;
  readonly venueId?: string | null;
  readonly municipalityId?: string | null;
  readonly name: unknown;
  readonly description: unknown;
  readonly practicalNotes: unknown;
  readonly intakeText: unknown;
  readonly topics: readonly TopicCode[];
  readonly audience: Audience;
  readonly ageBand?: AgeBand | null;
  readonly ageMin?: number | null;
  readonly ageMax?: number | null;
  readonly format: Format;
  readonly onlineJoinUrl?: string | null;
  readonly onlineJoinOnRequest: boolean;
  readonly languages: readonly Language[];
  readonly method?: Method | null;
  readonly promises: readonly GroupPromise[];
  readonly facilitatorCount: number;
  readonly starterMeetings?: number | null;
  readonly schedule?: StoredSchedule | null;
  readonly enrolment: EnrolmentState;
  readonly formingMinimum?: number | null;
  readonly sizeMin?: number | null;
  readonly sizeMax?: number | null;
  readonly placesLeft?: number | null;
  readonly waitingList: boolean;
  readonly pausedUntil?: string | null;
  readonly contactName?: string | null;
  readonly contactPhone?: string | null;
  readonly contactEmail?: string | null;
  readonly contactUrl?: string | null;
}

/** A schedule as stored: its iCalendar rules, its moved meetings and its breaks (their reasons as JSON texts). */
export interface StoredSchedule extends ScheduleRules {
  readonly moves: readonly { readonly from: string; readonly to: string }[];
  readonly pauses: readonly { readonly from: string; readonly until: string; readonly reason: unknown }[];
}

/** Every field of GroupFieldsInput, in the order the form shows them. */
export const GROUP_FIELDS = [
  'slug',
  'unitId',
  'name',
  'description',
  'practicalNotes',
  'intakeText',
  'topics',
  'audience',
  'ageBand',
  'ageMin',
  'ageMax',
  'format',
  'venueId',
  'municipalityId',
  'onlineJoinUrl',
  'onlineJoinOnRequest',
  'languages',
  'method',
  'promises',
  'facilitatorCount',
  'starterMeetings',
  'enrolment',
  'formingMinimum',
  'sizeMin',
  'sizeMax',
  'placesLeft',
  'waitingList',
  'pausedUntil',
  'contactName',
  'contactPhone',
  'contactEmail',
  'contactUrl',
  'schedule',
] as const satisfies readonly (keyof GroupFieldsInput)[];
export type GroupField = (typeof GROUP_FIELDS)[number];

/** The fields as the API takes them, each one given (null where nothing is chosen); the schedule as the domain types it. */
export type GroupFieldValues = { [K in Exclude<GroupField, 'schedule'>]-?: Exclude<GroupFieldsInput[K], undefined> } & { schedule: Schedule | null };

/** A text as stored (a JSON object by language code), with anything else in it left out. */
export function parseText(value: unknown): TranslatedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([language, text]) => isLanguage(language) && typeof text === 'string')) as TranslatedText;
}

/** A text without its blank languages, its languages in the platform's order (so that equal texts compare equal). */
function cleanText(text: TranslatedText): TranslatedText {
  const kept = withoutBlankLanguages(text);
  return Object.fromEntries(LANGUAGES.filter((language) => kept[language] !== undefined).map((language) => [language, kept[language]]));
}

function scheduleFromStored(schedule: StoredSchedule): Schedule {
  return {
    timeZone: schedule.timeZone,
    start: schedule.start,
    durationMinutes: schedule.durationMinutes,
    rrule: schedule.rrule ?? null,
    exdates: [...schedule.exdates],
    rdates: [...schedule.rdates],
    moves: schedule.moves.map(({ from, to }) => ({ from, to })),
    pauses: schedule.pauses.map(({ from, until, reason }) => ({ from, until, reason: cleanText(parseText(reason)) })),
  };
}

/** The stored fields as the API takes them back: plain values only, so that they can be compared and sent. */
export function fieldsFromStored(stored: StoredGroupFields): GroupFieldValues {
  return {
    slug: stored.slug,
    unitId: stored.unitId ?? null,
    name: cleanText(parseText(stored.name)),
    description: cleanText(parseText(stored.description)),
    practicalNotes: cleanText(parseText(stored.practicalNotes)),
    intakeText: cleanText(parseText(stored.intakeText)),
    topics: [...stored.topics],
    audience: stored.audience,
    ageBand: stored.ageBand ?? null,
    ageMin: stored.ageMin ?? null,
    ageMax: stored.ageMax ?? null,
    format: stored.format,
    venueId: stored.venueId ?? null,
    municipalityId: stored.municipalityId ?? null,
    onlineJoinUrl: stored.onlineJoinUrl ?? null,
    onlineJoinOnRequest: stored.onlineJoinOnRequest,
    languages: [...stored.languages],
    method: stored.method ?? null,
    promises: [...stored.promises],
    facilitatorCount: stored.facilitatorCount,
    starterMeetings: stored.starterMeetings ?? null,
    enrolment: stored.enrolment,
    formingMinimum: stored.formingMinimum ?? null,
    sizeMin: stored.sizeMin ?? null,
    sizeMax: stored.sizeMax ?? null,
    placesLeft: stored.placesLeft ?? null,
    waitingList: stored.waitingList,
    pausedUntil: stored.pausedUntil ?? null,
    contactName: stored.contactName ?? null,
    contactPhone: stored.contactPhone ?? null,
    contactEmail: stored.contactEmail ?? null,
    contactUrl: stored.contactUrl ?? null,
    schedule: stored.schedule ? scheduleFromStored(stored.schedule) : null,
  };
}

const numberText = (value: number | null) => (value === null ? '' : String(value));

/** The fields as the form's controls show them. */
export function formFromFields(fields: GroupFieldValues): GroupFormValues {
  return {
    slug: fields.slug,
    unitId: fields.unitId ? String(fields.unitId) : '',
    venueId: fields.venueId ? String(fields.venueId) : '',
    municipalityId: fields.municipalityId ? String(fields.municipalityId) : '',
    name: parseText(fields.name),
    description: parseText(fields.description),
    practicalNotes: parseText(fields.practicalNotes),
    intakeText: parseText(fields.intakeText),
    topics: [...fields.topics],
    audience: fields.audience,
    ageBand: fields.ageBand ?? '',
    ageMin: numberText(fields.ageMin),
    ageMax: numberText(fields.ageMax),
    format: fields.format,
    onlineJoinUrl: fields.onlineJoinUrl ?? '',
    onlineJoinOnRequest: fields.onlineJoinOnRequest,
    languages: [...fields.languages],
    method: fields.method ?? '',
    promises: [...fields.promises],
    facilitatorCount: String(fields.facilitatorCount),
    starterMeetings: numberText(fields.starterMeetings),
    schedule: fields.schedule ? scheduleFromStored(fields.schedule) : null,
    enrolment: fields.enrolment,
    formingMinimum: numberText(fields.formingMinimum),
    sizeMin: numberText(fields.sizeMin),
    sizeMax: numberText(fields.sizeMax),
    placesLeft: numberText(fields.placesLeft),
    waitingList: fields.waitingList,
    pausedUntil: fields.pausedUntil ?? '',
    contactName: fields.contactName ?? '',
    contactPhone: fields.contactPhone ?? '',
    contactEmail: fields.contactEmail ?? '',
    contactUrl: fields.contactUrl ?? '',
  };
}

/** A number typed in a field: null when left empty, 'invalid' when it is not a whole number. */
export function parseWholeNumber(typed: string): number | null | 'invalid' {
  const text = typed.trim();
  if (text === '') return null;
  return /^[+-]?\d+$/.test(text) ? Number(text) : 'invalid';
}

const line = (value: string) => (value.trim() === '' ? null : value.trim());
const chosen = <T extends string>(value: T | '') => (value === '' ? null : value);

/**
 * The form as the API takes it, as the API would store it (lines trimmed, blank languages left out),
 * and the numbers that are not whole numbers (which GraphQL's Int would refuse without saying where).
 */
export function fieldsFromForm(values: GroupFormValues): { fields: GroupFieldValues; invalidNumbers: NumberField[] } {
  const invalidNumbers: NumberField[] = [];
  const number = (field: NumberField) => {
    const parsed = parseWholeNumber(values[field]);
    if (parsed === 'invalid') invalidNumbers.push(field);
    return parsed === 'invalid' ? null : parsed;
  };
  const facilitatorCount = number('facilitatorCount');
  if (facilitatorCount === null && !invalidNumbers.includes('facilitatorCount')) invalidNumbers.push('facilitatorCount');
  const fields: GroupFieldValues = {
    slug: values.slug.trim(),
    unitId: chosen(values.unitId),
    name: cleanText(values.name),
    description: cleanText(values.description),
    practicalNotes: cleanText(values.practicalNotes),
    intakeText: cleanText(values.intakeText),
    topics: [...new Set(values.topics)],
    audience: values.audience,
    ageBand: chosen(values.ageBand),
    ageMin: number('ageMin'),
    ageMax: number('ageMax'),
    format: values.format,
    venueId: chosen(values.venueId),
    municipalityId: chosen(values.municipalityId),
    onlineJoinUrl: line(values.onlineJoinUrl),
    onlineJoinOnRequest: values.onlineJoinOnRequest,
    languages: [...new Set(values.languages)],
    method: chosen(values.method),
    promises: [...new Set(values.promises)],
    facilitatorCount: facilitatorCount ?? 0,
    starterMeetings: number('starterMeetings'),
    enrolment: values.enrolment,
    formingMinimum: number('formingMinimum'),
    sizeMin: number('sizeMin'),
    sizeMax: number('sizeMax'),
    placesLeft: number('placesLeft'),
    waitingList: values.waitingList,
    pausedUntil: line(values.pausedUntil),
    contactName: line(values.contactName),
    contactPhone: line(values.contactPhone),
    contactEmail: line(values.contactEmail),
    contactUrl: line(values.contactUrl),
    schedule: values.schedule ? scheduleFromStored(values.schedule) : null,
  };
  // In the form's order, as the summary of problems lists them.
  return { fields, invalidNumbers: NUMBER_FIELDS.filter((field) => invalidNumbers.includes(field)).sort((a, b) => GROUP_FIELDS.indexOf(a) - GROUP_FIELDS.indexOf(b)) };
}

/** A new group's form: the organisation's language spoken, open to newcomers, the rest to be filled in. */
export function newGroupForm(defaultLanguage: TextLanguage, unitId: string): GroupFormValues {
  return {
    slug: '',
    unitId,
    venueId: '',
    municipalityId: '',
    name: {},
    description: {},
    practicalNotes: {},
    intakeText: {},
    topics: [],
    audience: 'AFFECTED',
    ageBand: '',
    ageMin: '',
    ageMax: '',
    format: 'IN_PERSON',
    onlineJoinUrl: '',
    onlineJoinOnRequest: false,
    languages: [spokenLanguage(defaultLanguage)],
    method: '',
    promises: [],
    facilitatorCount: '0',
    starterMeetings: '',
    schedule: null,
    enrolment: 'OPEN',
    formingMinimum: '',
    sizeMin: '',
    sizeMax: '',
    placesLeft: '',
    waitingList: false,
    pausedUntil: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    contactUrl: '',
  };
}

/** The languages to write the texts in: the organisation's first, then every language a text of the group already has. */
export function textLanguagesOf(values: Pick<GroupFormValues, TextField | 'schedule'>, defaultLanguage: TextLanguage): TextLanguage[] {
  const texts = [...TEXT_FIELDS.map((field) => values[field]), ...(values.schedule?.pauses.map((pause) => pause.reason) ?? [])];
  const written = new Set(texts.flatMap((text) => Object.keys(withoutBlankLanguages(text))));
  return [defaultLanguage, ...LANGUAGES.filter((language) => language !== defaultLanguage && written.has(language))];
}

/**
 * What a visitor reading `language` sees of a text that has nothing in it: the organisation's
 * language, else any. Null when the text is written in that language, or in none.
 */
export function fallbackText(text: TranslatedText, language: TextLanguage, defaultLanguage: TextLanguage): string | null {
  const written = withoutBlankLanguages(text);
  if (written[language] !== undefined) return null;
  return pickText(written, language, defaultLanguage)?.text ?? null;
}
