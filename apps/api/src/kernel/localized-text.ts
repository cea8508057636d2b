import { pickText, type Language, type TranslatedText } from '@groupfinder/domain';
import { Field } from 'type-graphql';
import { LanguageEnum } from './enums';
import { OutputType } from './output-type';

@OutputType('A text written by an organisation, and the language it came in (the fallback may differ from the one asked for).')
export class LocalizedText {
  @Field(() => String)
  text: string;

  @Field(() => LanguageEnum)
  language: Language;

  /** The asked-for language, else the organisation's, else any; null when there is no text. */
  static pick(text: TranslatedText | undefined, wanted: Language, organisationDefault: Language): LocalizedText | null {
    const picked = text ? pickText(text, wanted, organisationDefault) : null;
    return picked ? Object.assign(new LocalizedText(), picked) : null;
  }
}
