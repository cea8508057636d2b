import { foldForSearch } from './search';
import { TOPICS, WEEKDAYS, type AgeBand, type Audience, type TopicCode, type Weekday } from './vocabularies';

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

/** Who a group is for and who holds it, as far as the facilitation rule needs to know. */
export interface Facilitation {
  ageBand: AgeBand | null;
  ageMax: number | null;
  facilitatorCount: number;
}

/** Children's and youth groups (up to 18) are not self-help groups: they always have one or two facilitators (seed 004). */
export function isChildrensOrYouthGroup(group: Pick<Facilitation, 'ageBand' | 'ageMax'>): boolean {
  return group.ageBand === 'CHILDREN' || group.ageBand === 'YOUTH' || (group.ageMax !== null && group.ageMax <= 18);
}

/** Why a group's facilitation is refused; empty when it is fine. The database holds the same rule as a constraint. */
export function facilitationProblems(group: Facilitation): 'CHILDREN_NEED_FACILITATORS'[] {
  const ok = !isChildrensOrYouthGroup(group) || (group.facilitatorCount >= 1 && group.facilitatorCount <= 2);
  return ok ? [] : ['CHILDREN_NEED_FACILITATORS'];
}
