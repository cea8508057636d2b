import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../kernel/access';
import type { Context } from '../kernel/context';
import type { DataSubjectService } from './data-subject.service';
import { GroupMessage } from './data-subject.types';
import { JoinRequest } from './queue.types';

const CONTACT = 'The e-mail address or phone number the person gave, written any way (`Ane@Example.dk`, `0045 12 34 56 78`): it is found however it was written when they sent it.';

/** What an organisation holds about a person, for answering their request to see it or to have it erased. */
@Resolver()
export class DataSubjectResolver {
  constructor(private readonly dataSubjects: DataSubjectService) {}

  @Allow('ORGANISATION_ADMIN')
  @Query(() => [JoinRequest], {
    description:
      'The organisation’s admins, answering a person’s request to see what is stored about them: every request to join the organisation’s groups sent with this contact, in order of arrival. Every entry is written to the audit (EXPORTED). FORBIDDEN for anyone else, NOT_FOUND when there is no such organisation.',
  })
  dataSubjectRequests(@Arg('organisationSlug', () => String) organisationSlug: string, @Arg('contact', () => String, { description: CONTACT }) contact: string, @Ctx() context: Context): Promise<JoinRequest[]> {
    return this.dataSubjects.requests(context, organisationSlug, contact);
  }

  @Allow('ORGANISATION_ADMIN')
  @Query(() => [GroupMessage], {
    description:
      'The organisation’s admins, the rest of the same answer: the messages to the organisation’s groups written with this contact and not yet deleted (they are kept until passed on, and a few days after). Every entry is written to the audit (EXPORTED). FORBIDDEN for anyone else, NOT_FOUND when there is no such organisation.',
  })
  dataSubjectMessages(@Arg('organisationSlug', () => String) organisationSlug: string, @Arg('contact', () => String, { description: CONTACT }) contact: string, @Ctx() context: Context): Promise<GroupMessage[]> {
    return this.dataSubjects.messages(context, organisationSlug, contact);
  }

  @Allow('ORGANISATION_ADMIN')
  @Mutation(() => Int, {
    description:
      'The organisation’s admins, answering a person’s request to be erased: deletes at once every request to join and every message to the organisation’s groups sent with this contact, and says how many. The audit keeps that each was deleted (DELETED), not what it said. FORBIDDEN for anyone else, NOT_FOUND when there is no such organisation.',
  })
  eraseDataSubject(@Arg('organisationSlug', () => String) organisationSlug: string, @Arg('contact', () => String, { description: CONTACT }) contact: string, @Ctx() context: Context): Promise<number> {
    return this.dataSubjects.erase(context, organisationSlug, contact);
  }
}
