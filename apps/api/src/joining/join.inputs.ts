import type { ContactKind, JoinRequestKind, Language } from '@groupfinder/domain';
import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LanguageEnum } from '../kernel/enums';
import { ContactKindEnum, JoinRequestKindEnum } from './join.types';

/**
 * What the forms to ask to join and to write to a group both send. The fields a visitor types are
 * checked by the services (joinRequestProblems, groupMessageProblems), so that each problem comes
 * back at its field in the visitor's language.
 */
@InputType()
export class ContactFormInput {
  @Field(() => String)
  groupSlug: string;

  @Field(() => String, { description: 'A first name or an alias: nothing more is asked.' })
  alias: string;

  @Field(() => ContactKindEnum)
  contactKind: ContactKind;

  @Field(() => String, { description: 'The e-mail address or phone number: passed on to the group, never shown on the site.' })
  contact: string;

  @Field(() => String, { nullable: true, description: 'JoinForm.consentVersion when the visitor ticked the consent; null when not (CONSENT_REQUIRED).' })
  consentVersion?: string | null;

  @Field(() => LanguageEnum, { description: "The visitor's language: every message to them and the errors are written in it." })
  language: Language;

  @Field(() => ID, { description: 'A UUID the form makes once per filled-in form: sending it again (a double click, a retry) is the same one.' })
  @IsUUID('all')
  idempotencyKey: string;

  @Field(() => String, { description: 'JoinForm.formToken: FORM_TOO_FAST within 2 seconds of it, FORM_EXPIRED after 24 hours.' })
  formToken: string;

  @Field(() => String, { nullable: true, description: 'Leave empty: a field people do not see (hidden from view and from assistive technology), which robots fill in.' })
  website?: string | null;
}

/** What the form to ask to join sends. */
@InputType()
export class AskToJoinInput extends ContactFormInput {
  @Field(() => JoinRequestKindEnum, { description: 'What the group offers (Group.joinWay, JoinForm.joinWay): JOIN_NOT_OFFERED otherwise.' })
  kind: JoinRequestKind;

  @Field(() => String, { nullable: true, description: 'To the group; optional. No health details are needed.' })
  message?: string | null;
}
