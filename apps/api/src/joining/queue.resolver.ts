import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../kernel/access';
import type { Context } from '../kernel/context';
import { EditInput } from '../kernel/edit.input';
import { ChangeJoinRequestInput, PersonalDataAccessArgs } from './queue.inputs';
import type { QueueService } from './queue.service';
import { JoinQueue, JoinRequest, PersonalDataAccessEntry } from './queue.types';

/** Who works a queue: the admins of the group's organisation or unit (the service checks which group). */
const QUEUE_ADMINS = ['ORGANISATION_ADMIN', 'UNIT_ADMIN'] as const;

/** The organisation's queue of requests to join its groups, and the audit of what was done with them. */
@Resolver()
export class QueueResolver {
  constructor(private readonly queue: QueueService) {}

  @Allow(...QUEUE_ADMINS)
  @Query(() => JoinQueue, {
    description:
      'The admins of the group’s organisation or unit: its requests to join, in order of arrival, with what each person sent. Every entry shown is written to the audit (VIEWED). NOT_FOUND for anyone else, whether or not the group exists.',
  })
  joinQueue(@Arg('groupId', () => ID) groupId: string, @Ctx() context: Context): Promise<JoinQueue> {
    return this.queue.queue(context, groupId);
  }

  @Allow('ORGANISATION_ADMIN')
  @Query(() => [PersonalDataAccessEntry], { description: 'The organisation’s admins: who read, exported, changed or deleted which request, and when, newest first. FORBIDDEN for anyone else.' })
  personalDataAccess(@Args(() => PersonalDataAccessArgs) args: PersonalDataAccessArgs, @Ctx() context: Context): Promise<PersonalDataAccessEntry[]> {
    return this.queue.personalDataAccess(context, args);
  }

  @Allow(...QUEUE_ADMINS)
  @Mutation(() => JoinRequest, {
    description:
      'The admins of the group’s organisation or unit: changes a request’s status or note from `version`. CONFLICT when someone changed it since, GROUP_FULL when accepting would exceed the group’s size or places left, INVALID_INPUT at `note`; nothing is changed then. An accepted person who gave an e-mail address is told.',
  })
  changeJoinRequest(@Arg('input', () => ChangeJoinRequestInput) input: ChangeJoinRequestInput, @Ctx() context: Context): Promise<JoinRequest> {
    return this.queue.change(context, input);
  }

  @Allow(...QUEUE_ADMINS)
  @Mutation(() => Boolean, { description: 'The admins of the group’s organisation or unit: deletes a request at once, from `version` (CONFLICT when someone changed it since). The audit keeps that it was deleted.' })
  deleteJoinRequest(@Arg('input', () => EditInput) input: EditInput, @Ctx() context: Context): Promise<boolean> {
    return this.queue.delete(context, input);
  }

  @Allow(...QUEUE_ADMINS)
  @Mutation(() => String, {
    description:
      'The admins of the group’s organisation or unit: the queue as CSV (UTF-8 with a byte order mark, headers in the caller’s language, codes for kinds, statuses and languages, times in UTC). Values a spreadsheet would run as a formula start with an apostrophe. Every entry is written to the audit (EXPORTED).',
  })
  exportJoinQueue(@Arg('groupId', () => ID) groupId: string, @Ctx() context: Context): Promise<string> {
    return this.queue.export(context, groupId);
  }
}
