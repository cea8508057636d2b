import {
  ACCESSIBILITY_FEATURES,
  AGE_BAND_CODES,
  AUDIENCES,
  COUNTRIES,
  ENROLMENT_STATES,
  FORMATS,
  LANGUAGES,
  MEETING_STATUSES,
  METHODS,
  PROMISES,
  ROLES,
  TIME_OF_DAY_CODES,
  TOPIC_CODES,
  WEEKDAYS,
  type Language,
} from '@groupfinder/domain';
import { registerEnumType } from 'type-graphql';

/** The domain's vocabularies as GraphQL enums: the same codes in the database and on the wire. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const CountryEnum = enumOf(COUNTRIES);
export const TopicCodeEnum = enumOf(TOPIC_CODES);
export const AudienceEnum = enumOf(AUDIENCES);
export const AgeBandEnum = enumOf(AGE_BAND_CODES);
export const FormatEnum = enumOf(FORMATS);
export const EnrolmentStateEnum = enumOf(ENROLMENT_STATES);
export const WeekdayEnum = enumOf(WEEKDAYS);
export const MethodEnum = enumOf(METHODS);
export const PromiseEnum = enumOf(PROMISES);
export const AccessibilityFeatureEnum = enumOf(ACCESSIBILITY_FEATURES);
export const TimeOfDayEnum = enumOf(TIME_OF_DAY_CODES);
export const MeetingStatusEnum = enumOf(MEETING_STATUSES);
export const RoleEnum = enumOf(ROLES);
/** GraphQL enum values are upper case (DA); the language codes behind them are ISO 639-1 (da). */
export const LanguageEnum = Object.fromEntries(LANGUAGES.map((code) => [code.toUpperCase(), code])) as {
  [K in Language as Uppercase<K>]: K;
};

registerEnumType(CountryEnum, { name: 'Country', description: 'Countries the platform serves (ISO 3166-1 alpha-2).' });
registerEnumType(TopicCodeEnum, { name: 'TopicCode', description: 'What a group is about; ADDICTION has sub-topics.' });
registerEnumType(AudienceEnum, { name: 'Audience', description: 'Whom a group is for.' });
registerEnumType(AgeBandEnum, { name: 'AgeBand', description: 'The age band a group is put together for.' });
registerEnumType(FormatEnum, { name: 'Format', description: 'Where a group meets.' });
registerEnumType(EnrolmentStateEnum, { name: 'EnrolmentState', description: 'How a newcomer can join.' });
registerEnumType(WeekdayEnum, { name: 'Weekday' });
registerEnumType(MethodEnum, { name: 'Method', description: 'How a group works: its method or programme.' });
registerEnumType(PromiseEnum, { name: 'GroupPromise', description: 'What a group promises the people who come.' });
registerEnumType(AccessibilityFeatureEnum, { name: 'AccessibilityFeature', description: 'What a venue offers people with disabilities.' });
registerEnumType(TimeOfDayEnum, { name: 'TimeOfDay', description: 'MORNING before 12, AFTERNOON 12-17, EVENING from 17, local time.' });
registerEnumType(MeetingStatusEnum, { name: 'MeetingStatus', description: 'A meeting as planned, cancelled, or moved to another time.' });
registerEnumType(LanguageEnum, { name: 'Language', description: 'Languages of content, of the interface and spoken in groups.' });
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a person may do, within a scope: the platform, an organisation, a unit, assigned groups, or a municipality.',
});
