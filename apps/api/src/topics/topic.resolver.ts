import { TOPIC_CODES, type Language } from '@groupfinder/domain';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../kernel/access';
import type { Context } from '../kernel/context';
import { LanguageEnum } from '../kernel/enums';
import { Topic } from './topic.type';

@Resolver(() => Topic)
export class TopicResolver {
  @Public()
  @Query(() => [Topic], { description: 'Public. The topic taxonomy, parents before their sub-topics.' })
  topics(@Ctx() context: Context, @Arg('locale', () => LanguageEnum, { nullable: true }) _locale?: Language): Topic[] {
    return TOPIC_CODES.map((code) => Topic.from(code, context.locale));
  }
}
