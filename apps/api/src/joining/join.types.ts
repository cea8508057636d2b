import { CONTACT_KINDS, JOIN_REQUEST_KINDS, JOIN_REQUEST_STATUSES, type JoinRequestKind, type JoinRequestStatus, type JoinWay } from '@groupfinder/domain';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, registerEnumType } from 'type-graphql';
import { OutputType } from '../kernel/output-type';

/** The domain's codes as a GraphQL enum: the same codes in the database and on the wire. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

const JOIN_WAYS = ['JUST_COME', 'WAITING_LIST', 'INTAKE', 'NONE'] as const satisfies readonly JoinWay[];

export const JoinWayEnum = enumOf(JOIN_WAYS);
export const JoinRequestKindEnum = enumOf(JOIN_REQUEST_KINDS);
export const JoinRequestStatusEnum = enumOf(JOIN_REQUEST_STATUSES);
export const ContactKindEnum = enumOf(CONTACT_KINDS);

registerEnumType(JoinWayEnum, {
  name: 'JoinWay',
  description: 'How a visitor joins a group: just come (JUST_COME), ask for its waiting list (WAITING_LIST) or for an intake conversation (INTAKE), or not at all now (NONE).',
});
registerEnumType(JoinRequestKindEnum, { name: 'JoinRequestKind', description: 'What a visitor asks for: a place on the waiting list, or an intake conversation first.' });
registerEnumType(JoinRequestStatusEnum, { name: 'JoinRequestStatus', description: 'Where a request to join stands in the organisation’s queue. A withdrawn request is deleted, so it has no status.' });
registerEnumType(ContactKindEnum, { name: 'ContactKind', description: 'The one way to reach the person who asks.' });

@OutputType('What the form to ask to join a group needs before it is shown.')
export class JoinForm {
  @Field(() => JoinWayEnum, { description: 'What the group offers now: only WAITING_LIST and INTAKE take a request (askToJoin with that kind).' })
  joinWay: JoinWay;

  @Field(() => String, { description: 'Send it back with the form (askToJoin): it tells a person, who takes a few seconds, from a robot. It works for 24 hours.' })
  formToken: string;

  @Field(() => String, { description: 'The version of the consent text the form shows; send it back when the visitor ticks it.' })
  consentVersion: string;

  @Field(() => Int, { description: 'For the privacy notice: how many days after its last change a request is deleted (the organisation’s setting, within RETENTION’s bounds).' })
  retentionDays: number;

  @Field(() => String, { description: 'For the privacy notice: the controller of what the visitor sends, the name of the group’s organisation.' })
  controller: string;

  @Field(() => Boolean, { description: 'Whether a phone number gets its confirmation by text message (an SMS gateway is configured): the notice and the confirmation say so.' })
  confirmsByText: boolean;
}

@OutputType('The answer to a request to join: the same whatever happened to it, so that it tells nobody whether the person asked before.')
export class AskToJoinResult {
  @Field(() => Boolean, { description: 'Always true. An e-mail address given gets a confirmation with a link to see and withdraw the request.' })
  received: boolean;
}

@OutputType('A request to join, as the person who sent it sees it through the link in their confirmation.')
export class OwnJoinRequest {
  @Field(() => String, { description: "The group's name, in the language asked for where written in it." })
  groupName: string;

  @Field(() => String)
  groupSlug: string;

  @Field(() => JoinRequestKindEnum)
  kind: JoinRequestKind;

  @Field(() => JoinRequestStatusEnum)
  status: JoinRequestStatus;

  @Field(() => GraphQLDateTimeISO)
  askedAt: Date;
}
