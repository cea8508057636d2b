import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Public } from '../kernel/access';
import type { Context } from '../kernel/context';
import { AskToJoinResult } from './join.types';
import { WriteToGroupInput } from './message.inputs';
import type { MessageService } from './message.service';

/** Writing to a group, for anyone: the message reaches the group's contact by e-mail, and nobody's address is published. */
@Resolver()
export class MessageResolver {
  constructor(private readonly messages: MessageService) {}

  @Public()
  @Mutation(() => AskToJoinResult, {
    description:
      'Public. Writes to a group (Group.canBeWritten): the message is passed on by e-mail to the group’s contact, with the contact given to answer at, and deleted a few days after; an e-mail address gets a receipt once it is passed on. Always answers the same. INVALID_INPUT (problems at the fields), FORM_TOO_FAST, FORM_EXPIRED, GROUP_NOT_FOUND, WRITING_NOT_OFFERED, TOO_MANY_ATTEMPTS.',
  })
  writeToGroup(@Arg('input', () => WriteToGroupInput) input: WriteToGroupInput, @Ctx() context: Context): Promise<AskToJoinResult> {
    return this.messages.writeToGroup(context, input);
  }
}
