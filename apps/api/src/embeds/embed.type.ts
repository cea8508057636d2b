import type { Language, TopicCode, TranslatedText } from '@groupfinder/domain';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Change } from '../history/change.type';
import { CountryEnum, LanguageEnum, TopicCodeEnum } from '../kernel/enums';
import { LocalizedText } from '../kernel/localized-text';
import { Municipality } from '../municipalities/municipality.type';
import type { Country } from '@groupfinder/domain';

/** What a municipality editor reads and writes of an embed; both output and input, so that they cannot drift apart. */
@ObjectType('EmbedFields', { simpleResolvers: true, description: 'Everything a municipality editor sets on an embed.' })
@InputType('EmbedFieldsInput')
export class EmbedFieldsType {
  @Field(() => String, { description: 'What the municipality calls it in the dashboard.' })
  name: string;

  @Field(() => [String], { description: 'Codes of other municipalities of the same country whose groups it also shows.' })
  neighbourCodes: string[];

  @Field(() => Boolean, { description: 'Whether it shows online groups (those in onlineLanguages).' })
  includeOnline: boolean;

  @Field(() => [LanguageEnum])
  onlineLanguages: Language[];

  @Field(() => [TopicCodeEnum], { description: 'Only groups about these topics (and their sub-topics); empty: every topic.' })
  topics: TopicCode[];

  @Field(() => [ID], { description: 'Only these organisations’ groups; empty: every organisation’s.' })
  organisationIds: string[];

  @Field(() => LanguageEnum, { description: 'The language it speaks unless its element says otherwise.' })
  defaultLanguage: Language;

  @Field(() => String, { description: '#rrggbb; white on it and it on white need WCAG AA contrast (4.5:1).' })
  accentColour: string;

  @Field(() => String, { description: 'A CSS font-family list; empty: the widget’s system fonts.' })
  font: string;

  @Field(() => [String], { description: 'The sites allowed to show it, as origins (https://www.gladsaxe.dk).' })
  allowedOrigins: string[];

  @Field(() => GraphQLJSONObject, { description: 'Who to ask at the municipality, by language code; shown under the results.' })
  contactText: TranslatedText;

  @Field(() => GraphQLJSONObject, { description: 'Where to call in a crisis, by language code; shown under the results.' })
  crisisText: TranslatedText;
}

@ObjectType('EditableEmbed', { simpleResolvers: true, description: 'An embed as its municipality’s editors see it.' })
export class EditableEmbed {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Public: the key its snippet carries.' })
  key: string;

  @Field(() => Municipality)
  municipality: Municipality;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLDateTimeISO)
  updatedAt: Date;

  @Field(() => EmbedFieldsType)
  fields: EmbedFieldsType;

  @Field(() => String, { description: 'The HTML to paste into a page of an allowed site: the script and the element.' })
  snippet: string;

  @Field(() => String, { description: 'A page with only the finder, for an iframe where a CMS strips scripts.' })
  frameUrl: string;

  /** Resolved by EmbedResolver. */
  history?: Change[];
}

@ObjectType('EmbedSettings', { simpleResolvers: true, description: 'How the finder of an embed looks and what it says, in the language asked for.' })
export class EmbedSettings {
  @Field(() => LanguageEnum)
  defaultLanguage: Language;

  @Field(() => String)
  accentColour: string;

  @Field(() => String)
  font: string;

  @Field(() => LocalizedText, { nullable: true, description: 'Who to ask at the municipality.' })
  contactText: LocalizedText | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Where to call in a crisis.' })
  crisisText: LocalizedText | null;

  @Field(() => CountryEnum, { description: 'Its municipality’s country: where a postcode is looked up first.' })
  country: Country;

  @Field(() => String, { description: 'Its municipality’s name.' })
  municipalityName: string;

  @Field(() => String, { description: 'Its municipality’s code: the finder starts there, and offers the chosen neighbours and online groups when that finds nothing.' })
  municipalityCode: string;
}
