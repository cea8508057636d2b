import {
  LIMITS,
  type AgeBand,
  type Audience,
  type Country,
  type Format,
  type Language,
  type TimeOfDay,
  type TopicCode,
  type Weekday,
} from '@groupfinder/domain';
import type { GroupFilter } from './gql/graphql';
import { toLanguageEnum } from './format';

/** The distances a visitor can choose around a place, in km. */
export const RADII_KM = [5, 10, 25, 50] as const;
export type RadiusKm = (typeof RADII_KM)[number];
export const DEFAULT_RADIUS_KM: RadiusKm = 10;

/** "In person" also finds hybrid groups, and so does "online": both can be joined that way. */
export type FormatChoice = Exclude<Format, 'HYBRID'>;

/** What the visitor has chosen in the filters, as typed (text, place and age are trimmed and debounced later). */
export interface FilterValues {
  text: string;
  topic: TopicCode | '';
  audience: Audience | '';
  /** A town or postcode; replaces the host's municipality while it is set. */
  place: string;
  radiusKm: RadiusKm;
  ageBand: AgeBand | '';
  /**
   * The visitor's own age in years, as typed ('' for none); null when the number field holds
   * something the browser cannot read as a number ("1e", "-"). Only a valid one is sent (see readAge).
   */
  age: string | null;
  language: Language | '';
  format: FormatChoice | '';
  weekdays: Weekday[];
  timesOfDay: TimeOfDay[];
}

export const NO_FILTER: FilterValues = {
  text: '',
  topic: '',
  audience: '',
  place: '',
  radiusKm: DEFAULT_RADIUS_KM,
  ageBand: '',
  age: '',
  language: '',
  format: '',
  weekdays: [],
  timesOfDay: [],
};

/** How many of the filters behind "more filters" are in use. */
export function moreFiltersInUse(values: FilterValues): number {
  return (values.format ? 1 : 0) + values.weekdays.length + values.timesOfDay.length;
}

/** Whether anything differs from a fresh search (the reset button shows then). */
export function isFiltered(values: FilterValues): boolean {
  return (
    values.text.trim() !== '' ||
    values.place.trim() !== '' ||
    values.topic !== '' ||
    values.audience !== '' ||
    values.ageBand !== '' ||
    values.age === null ||
    values.age.trim() !== '' ||
    values.language !== '' ||
    values.radiusKm !== DEFAULT_RADIUS_KM ||
    moreFiltersInUse(values) > 0
  );
}

/** The youngest and oldest age a visitor may give, in years. */
export const AGE_RANGE = { min: 0, max: LIMITS.ageMax } as const;

/**
 * The visitor's age as typed: null when nothing is typed, the age when it is a whole number of
 * years within AGE_RANGE, otherwise 'invalid' (shown as an error and never sent).
 */
export function readAge(typed: string | null): number | null | 'invalid' {
  if (typed === null) return 'invalid';
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}$/.test(trimmed)) return 'invalid';
  const age = Number(trimmed);
  return age >= AGE_RANGE.min && age <= AGE_RANGE.max ? age : 'invalid';
}

/** The fields the visitor types into, as they stand once the visitor has paused (trimmed text and place). */
export type SettledValues = Pick<FilterValues, 'text' | 'place' | 'age'>;

/** Where the host put the widget: `data-country`, `data-municipality`, `data-topics`. */
export interface HostScope {
  country?: Country;
  municipality?: string;
  topics?: readonly TopicCode[];
}

/**
 * The API's filter for the visitor's choices within the host's scope. A place the visitor types
 * replaces the host's municipality (someone in Gladsaxe may look near their work in Lyngby);
 * either way the online groups held in the visitor's language are found too, since they can
 * join them from anywhere. An age is sent only when it reads as one (readAge).
 */
export function toGroupFilter(values: FilterValues, { text, place, age: typedAge }: SettledValues, scope: HostScope): GroupFilter {
  const age = readAge(typedAge);
  const where: GroupFilter = place
    ? { place, radiusKm: values.radiusKm, includeOnline: true }
    : scope.municipality
      ? { municipalityCode: scope.municipality, includeOnline: true }
      : {};
  const topics = values.topic ? [values.topic] : scope.topics && scope.topics.length > 0 ? [...scope.topics] : undefined;
  return {
    ...(scope.country ? { country: scope.country } : {}),
    ...where,
    ...(topics ? { topics } : {}),
    ...(values.audience ? { audience: values.audience } : {}),
    ...(values.ageBand ? { ageBands: [values.ageBand] } : {}),
    ...(typeof age === 'number' ? { age } : {}),
    ...(values.language ? { languages: [toLanguageEnum(values.language)] } : {}),
    ...(values.format ? { formats: [values.format, 'HYBRID'] } : {}),
    ...(values.weekdays.length > 0 ? { weekdays: values.weekdays } : {}),
    ...(values.timesOfDay.length > 0 ? { timesOfDay: values.timesOfDay } : {}),
    ...(text ? { text } : {}),
  };
}
