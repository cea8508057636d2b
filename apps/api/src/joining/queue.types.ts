import type { ContactKind, JoinRequestKind, JoinRequestStatus, JoinWay, Language } from '@groupfinder/domain';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, registerEnumType } from 'type-graphql';
import { LanguageEnum } from '../kernel/enums';
import { OutputType } from '../kernel/output-type';
import { ContactKindEnum, JoinRequestKindEnum, JoinRequestStatusEnum, JoinWayEnum } from './join.types';

/** What was done with an entry of a queue: each read, export, change and deletion is written down. */
export const PERSONAL_DATA_ACTIONS = ['VIEWED', 'EXPORTED', 'CHANGED', 'DELETED'] as const;
export type PersonalDataAction = (typeof PERSONAL_DATA_ACTIONS)[number];

export const PersonalDataActionEnum = Object.fromEntries(PERSONAL_DATA_ACTIONS.map((action) => [action, action])) as { [K in PersonalDataAction]: K };
registerEnumType(PersonalDataActionEnum, { name: 'PersonalDataAction', description: 'What someone did with a request to join: read it (VIEWED), exported it, changed or deleted it.' });

@OutputType('A request to join, as the admins of its group’s organisation or unit see it: what the person sent, opened for them, and the organisation’s own note.')
export class JoinRequest {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The group asked for, in the caller’s language where written in it.' })
  groupName: string;

  @Field(() => Int, { description: 'Raised by every change; a change names the version it started from (CONFLICT otherwise).' })
  version: number;

  @Field(() => JoinRequestKindEnum)
  kind: JoinRequestKind;

  @Field(() => JoinRequestStatusEnum)
  status: JoinRequestStatus;

  @Field(() => String, { description: 'The first name or alias the person gave.' })
  alias: string;

  @Field(() => ContactKindEnum)
  contactKind: ContactKind;

  @Field(() => String, { description: 'The e-mail address or phone number the person gave.' })
  contact: string;

  @Field(() => String, { nullable: true, description: 'What the person wrote to the group, if anything.' })
  message: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation’s own note: no health details.' })
  note: string | null;

  @Field(() => LanguageEnum, { description: 'The person’s language: every mail to them is written in it.' })
  language: Language;

  @Field(() => GraphQLDateTimeISO)
  askedAt: Date;

  @Field(() => GraphQLDateTimeISO)
  updatedAt: Date;

  @Field(() => GraphQLDateTimeISO, { description: 'When it is deleted, unless changed before: its organisation’s retention time after its last change.' })
  deleteAfter: Date;
}

@OutputType('The requests to join one group, in order of arrival, and how many there are against its size and its forming minimum.')
export class JoinQueue {
  @Field(() => ID)
  groupId: string;

  @Field(() => String, { description: 'In the caller’s language where written in it.' })
  groupName: string;

  @Field(() => JoinWayEnum, { description: 'What the group offers visitors now.' })
  joinWay: JoinWay;

  @Field(() => Int, { nullable: true, description: 'How many it needs to start, for a forming group: "4 of 6" is signedUp of formingMinimum.' })
  formingMinimum: number | null;

  @Field(() => Int, { description: 'The requests not declined.' })
  signedUp: number;

  @Field(() => Int, { description: 'The requests accepted.' })
  accepted: number;

  @Field(() => Int, { nullable: true })
  sizeMax: number | null;

  @Field(() => Int, { nullable: true })
  placesLeft: number | null;

  @Field(() => [JoinRequest], { description: 'In order of arrival.' })
  requests: JoinRequest[];
}

@OutputType('One entry of the audit of personal data: who did what with which request, and when; never what the request said.')
export class PersonalDataAccessEntry {
  @Field(() => GraphQLDateTimeISO)
  at: Date;

  @Field(() => PersonalDataActionEnum)
  action: PersonalDataAction;

  @Field(() => ID, { description: 'The request, which may since have been deleted.' })
  joinRequestId: string;

  @Field(() => String, { nullable: true, description: 'The name (else the e-mail address) of the person who did it; null when the system did it, or the account is gone.' })
  by: string | null;

  @Field(() => String, { nullable: true, description: 'The group the request was for, in the caller’s language where written in it; null when not known.' })
  groupName: string | null;
}
