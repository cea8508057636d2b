import type { Country, Language } from '@groupfinder/domain';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int } from 'type-graphql';
import { CountryEnum, LanguageEnum } from '../kernel/enums';
import type { OrganisationEntity } from './organisation.entity';
import { OutputType } from '../kernel/output-type';

@OutputType('Who runs groups: a national organisation or a local one such as a volunteer centre.')
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  slug: string;

  @Field(() => String)
  name: string;

  @Field(() => CountryEnum)
  country: Country;

  @Field(() => LanguageEnum, { description: 'The language its texts are written in first, shown when a text is missing in the one asked for.' })
  defaultLanguage: Language;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => Int, { description: 'Raised by every saved edit; an edit names the version it started from.' })
  version: number;

  @Field(() => Int, { description: 'How many days after its last change a request to join one of its groups is deleted; the privacy notice states it.' })
  requestRetentionDays: number;

  @Field(() => Boolean, { description: 'Invented for the demo; never a real organisation.' })
  isDemo: boolean;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was archived (it runs no group in the finder then).' })
  archivedAt: Date | null;

  static from(entity: OrganisationEntity): Organisation {
    const { id, slug, name, country, defaultLanguage, website, phone, email, isDemo, version, requestRetentionDays, archivedAt } = entity;
    return Object.assign(new Organisation(), { id, slug, name, country, defaultLanguage, website, phone, email, isDemo, version, requestRetentionDays, archivedAt });
  }
}
