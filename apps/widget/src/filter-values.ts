import {
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

/** What the visitor has chosen in the filters, as typed (text and place are trimmed and debounced later). */
export interface FilterValues {
  text: string;
  topic: TopicCode | '';
  audience: Audience | '';
  /** A town or postcode; replaces the host's municipality while it is set. */
  place: string;
  radiusKm: RadiusKm;
  age: AgeBand | '';
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
    values.age !== '' ||
    values.language !== '' ||
    values.radiusKm !== DEFAULT_RADIUS_KM ||
    moreFiltersInUse(values) > 0
  );
}

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
 * join them from anywhere.
 */
export function toGroupFilter(values: FilterValues, text: string, place: string, scope: HostScope): GroupFilter {
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
    ...(values.age ? { ageBands: [values.age] } : {}),
    ...(values.language ? { languages: [toLanguageEnum(values.language)] } : {}),
    ...(values.format ? { formats: [values.format, 'HYBRID'] } : {}),
    ...(values.weekdays.length > 0 ? { weekdays: values.weekdays } : {}),
    ...(values.timesOfDay.length > 0 ? { timesOfDay: values.timesOfDay } : {}),
    ...(text ? { text } : {}),
  };
}
