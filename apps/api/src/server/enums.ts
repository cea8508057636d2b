import {
  AGE_BAND_CODES,
  AUDIENCES,
  COUNTRIES,
  ENROLMENT_STATES,
  FORMATS,
  LANGUAGES,
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
registerEnumType(LanguageEnum, { name: 'Language', description: 'Languages of content, of the interface and spoken in groups.' });
