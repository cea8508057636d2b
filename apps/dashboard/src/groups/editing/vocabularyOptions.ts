import { AGE_BAND_CODES, AUDIENCES, ENROLMENT_STATES, FORMATS, LANGUAGES, METHODS, PROMISES, TOPICS } from '@groupfinder/domain';
import type { Translate } from '@groupfinder/translations';
import { spokenLanguage } from '../../editing/languages';
import type { Language } from '../../gql/graphql';
import type { CheckboxOption } from '../../ui/CheckboxGroup';
import type { SelectOption } from '../../ui/SelectField';

/** The platform's vocabularies as choices, labelled in the dashboard's language. */

export const topicOptions = (t: Translate): CheckboxOption[] =>
  TOPICS.map(({ code, parent }) => ({ value: code, label: t(`topic.${code}`), nested: parent !== null }));

export const audienceOptions = (t: Translate): SelectOption[] => AUDIENCES.map((code) => ({ value: code, label: t(`audience.${code}`) }));

export const ageBandOptions = (t: Translate): SelectOption[] => AGE_BAND_CODES.map((code) => ({ value: code, label: t(`ageBand.${code}`) }));

export const formatOptions = (t: Translate): SelectOption[] => FORMATS.map((code) => ({ value: code, label: t(`format.${code}`) }));

export const methodOptions = (t: Translate): SelectOption[] => METHODS.map((code) => ({ value: code, label: t(`method.${code}`) }));

export const promiseOptions = (t: Translate): CheckboxOption[] => PROMISES.map((code) => ({ value: code, label: t(`promise.${code}`) }));

export const enrolmentOptions = (t: Translate): SelectOption[] => ENROLMENT_STATES.map((code) => ({ value: code, label: t(`enrolment.${code}`) }));

/** The languages spoken in groups: the schema's enum (DA), labelled by the text language's name. */
export const spokenLanguageOptions = (t: Translate): CheckboxOption[] =>
  LANGUAGES.map((language) => ({ value: spokenLanguage(language), label: t(`language.${language}`) }));

/** A spoken language's name: DA → Danish. */
export const spokenLanguageName = (t: Translate, language: Language): string => t(`language.${language.toLowerCase() as Lowercase<Language>}`);
