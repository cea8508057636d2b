import { foldForSearch } from './search';
import { TOPICS, WEEKDAYS, type Audience, type TopicCode, type Weekday } from './vocabularies';

/** A topic and its sub-topics: searching for ADDICTION also finds ALCOHOL and GAMBLING groups. */
export function topicWithSubtopics(code: TopicCode): TopicCode[] {
  return [code, ...TOPICS.filter((topic) => topic.parent === code).map((topic) => topic.code)];
}

/** Which stored audiences a visitor looking for `wanted` should see: groups for both count for each. */
export function audiencesServing(wanted: Audience): Audience[] {
  return wanted === 'BOTH' ? ['AFFECTED', 'RELATIVES', 'BOTH'] : [wanted, 'BOTH'];
}

/** ISO weekday number, Monday = 1 … Sunday = 7. */
export function isoWeekdayNumber(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday) + 1;
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A wall-clock time "HH:MM" in 24-hour form, as schedules are written. */
export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug is lower-case ASCII words joined by single hyphens. */
export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** Makes a slug from any name: diacritics folded ("Søborg" → "soborg"), other marks dropped. */
export function slugify(name: string): string {
  return foldForSearch(name).replace(/ /g, '-');
}
