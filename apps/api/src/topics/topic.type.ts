import type { TopicCode } from '@groupfinder/domain';
import { translate, type Locale } from '@groupfinder/translations';
import { TOPICS } from '@groupfinder/domain';
import { Field } from 'type-graphql';
import { TopicCodeEnum } from '../kernel/enums';
import { OutputType } from '../kernel/output-type';

@OutputType('A topic of the taxonomy, labelled in the caller’s language.')
export class Topic {
  @Field(() => TopicCodeEnum)
  code: TopicCode;

  @Field(() => String)
  label: string;

  @Field(() => TopicCodeEnum, { nullable: true, description: 'The broader topic (ADDICTION for ALCOHOL).' })
  parent: TopicCode | null;

  static from(code: TopicCode, locale: Locale): Topic {
    const parent = TOPICS.find((topic) => topic.code === code)?.parent ?? null;
    return Object.assign(new Topic(), { code, label: translate(locale, `topic.${code}`), parent });
  }
}
