import { Field, InputType } from 'type-graphql';
import { ContactFormInput } from './join.inputs';

/** What the form to write to a group sends: the fields of a request to join, with the message required. */
@InputType()
export class WriteToGroupInput extends ContactFormInput {
  @Field(() => String, { description: 'To the group; required (MESSAGE_REQUIRED). No health details are needed.' })
  message: string;
}
