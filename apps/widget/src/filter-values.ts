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
/** The radius the DISTANCE widening looks within (the API's LIMITS.radiusWidenedKm), one of the choices. */
const WIDENED_RADIUS_KM = LIMITS.radiusWidenedKm as RadiusKm;

/** "In person" also finds hybrid groups, and so does "online": both can be joined that way. */
export type FormatChoice = Exclude<Format, 'HYBRID'>;
export const FORMAT_CHOICES = ['IN_PERSON', 'ONLINE'] as const satisfies readonly FormatChoice[];

/** The audiences a visitor chooses between; groups for both are found by either. */
export const AUDIENCE_CHOICES = ['AFFECTED', 'RELATIVES'] as const satisfies readonly Audience[];

/** What the visitor has chosen in the filters, as typed (text, place and age are trimmed and debounced later). */
export interface FilterValues {
  text: string;
  topic: TopicCode | '';
  audience: (typeof AUDIENCE_CHOICES)[number] | '';
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
  /** The host's municipality's neighbours too (offered when nothing is found there: Widenings). */
  neighbours: boolean;
  /**
   * Where the visitor is, when they asked to search near it ("Use my location"), rounded to about a
   * kilometre (roundedPoint); replaces the place and the host's municipality while set. Never in a link.
   */
  here: Point | null;
}

export interface Point {
  latitude: number;
  longitude: number;
}

/** A point rounded to two decimals (about 1 km): all that leaves the visitor's browser of where they are. */
export function roundedPoint({ latitude, longitude }: Point): Point {
  const round = (degrees: number) => Math.round(degrees * 100) / 100;
  return { latitude: round(latitude), longitude: round(longitude) };
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
  neighbours: false,
  here: null,
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
    values.neighbours ||
    values.here !== null ||
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
  const where: GroupFilter = values.here
    ? { near: roundedPoint(values.here), radiusKm: values.radiusKm, includeOnline: true }
    : place
    ? { place, radiusKm: values.radiusKm, includeOnline: true }
    : scope.municipality
      ? { municipalityCode: scope.municipality, includeOnline: true, ...(values.neighbours ? { includeNeighbours: true } : {}) }
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

/** The ways of widening a search (the API's WideningKind) that the widget offers: it always shows online groups, and has no method, enrolment or accessibility filter. */
export const WIDGET_WIDENINGS = ['NEIGHBOURS', 'DISTANCE', 'PLACE', 'TEXT', 'TOPICS', 'AUDIENCE', 'AGE', 'LANGUAGES', 'FORMATS', 'WHEN', 'FILTERS'] as const;
export type WidgetWidening = (typeof WIDGET_WIDENINGS)[number];

/** The visitor's choices without the filters, keeping what they typed and where they look. */
function withoutFilters(values: FilterValues): FilterValues {
  return { ...NO_FILTER, text: values.text, place: values.place, radiusKm: values.radiusKm, neighbours: values.neighbours, here: values.here };
}

/** The visitor's choices widened one way, as the API counted it (GroupService WIDENINGS). */
export function widened(values: FilterValues, kind: WidgetWidening): FilterValues {
  switch (kind) {
    case 'NEIGHBOURS':
      return { ...values, neighbours: true };
    case 'DISTANCE':
      return { ...values, radiusKm: WIDENED_RADIUS_KM };
    case 'PLACE':
      return { ...values, place: '', here: null };
    case 'TEXT':
      return { ...values, text: '' };
    case 'TOPICS':
      return { ...values, topic: '' };
    case 'AUDIENCE':
      return { ...values, audience: '' };
    case 'AGE':
      return { ...values, age: '', ageBand: '' };
    case 'LANGUAGES':
      return { ...values, language: '' };
    case 'FORMATS':
      return { ...values, format: '' };
    case 'WHEN':
      return { ...values, weekdays: [], timesOfDay: [] };
    case 'FILTERS':
      return withoutFilters(values);
  }
}

/** Whether the visitor can make a widening: a topic the host chose is not theirs to leave out. */
export function canWiden(values: FilterValues, kind: WidgetWidening, host: Pick<HostScope, 'topics' | 'municipality'>): boolean {
  const hostNarrows = (host.topics?.length ?? 0) > 0;
  if (kind === 'TOPICS') return values.topic !== '';
  // Only a place the visitor gave: the host's municipality is where the finder is, not a choice to undo.
  const ownPlace = values.place.trim() !== '' || values.here !== null;
  if (kind === 'DISTANCE') return ownPlace;
  // Without the place the finder searches its host's municipality again, which the API's count (the
  // filter without the place, which had replaced the municipality) does not know: offered only without one.
  if (kind === 'PLACE') return ownPlace && !host.municipality;
  if (kind === 'FILTERS') return !hostNarrows || values.topic !== '';
  return true;
}
