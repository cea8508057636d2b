import type { ContactKind, Language } from '@groupfinder/domain';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID } from 'type-graphql';
import { LanguageEnum } from '../kernel/enums';
import { OutputType } from '../kernel/output-type';
import { ContactKindEnum } from './join.types';

@OutputType('A message a person wrote to one of the organisation’s groups (writeToGroup), as a data-subject export shows it: kept until it was passed on and a few days after.')
export class GroupMessage {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  groupId: string;

  @Field(() => String, { description: 'In the caller’s language where written in it.' })
  groupName: string;

  @Field(() => String, { description: 'The first name or alias the person gave.' })
  alias: string;

  @Field(() => ContactKindEnum)
  contactKind: ContactKind;

  @Field(() => String, { description: 'The e-mail address or phone number the person gave.' })
  contact: string;

  @Field(() => String)
  message: string;

  @Field(() => LanguageEnum, { description: 'The person’s language.' })
  language: Language;

  @Field(() => GraphQLDateTimeISO)
  sentAt: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was passed on to the group by e-mail; null while it has not been.' })
  deliveredAt: Date | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When it is deleted.' })
  deleteAfter: Date;
}
