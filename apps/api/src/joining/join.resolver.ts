import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../kernel/access';
import type { Context } from '../kernel/context';
import { AskToJoinInput } from './join.inputs';
import type { JoinService } from './join.service';
import { AskToJoinResult, JoinForm, OwnJoinRequest } from './join.types';

/** Asking to join a group, for anyone: no account, only the link the confirmation brings. */
@Resolver()
export class JoinResolver {
  constructor(private readonly joining: JoinService) {}

  @Public()
  @Query(() => JoinForm, { description: 'Public. What the form to ask to join a group needs: what the group offers, the form token and the consent version. GROUP_NOT_FOUND when there is no such group.' })
  joinForm(@Arg('groupSlug', () => String) groupSlug: string, @Ctx() context: Context): Promise<JoinForm> {
    return this.joining.joinForm(context, groupSlug);
  }

  @Public()
  @Mutation(() => AskToJoinResult, {
    description:
      'Public. Asks to join a group (its waiting list, or an intake conversation first); an e-mail address gets a confirmation with a link to see and withdraw the request. Always answers the same, whether the person asked before or not. INVALID_INPUT (problems at the fields), FORM_TOO_FAST, FORM_EXPIRED, GROUP_NOT_FOUND, JOIN_NOT_OFFERED, TOO_MANY_ATTEMPTS.',
  })
  askToJoin(@Arg('input', () => AskToJoinInput) input: AskToJoinInput, @Ctx() context: Context): Promise<AskToJoinResult> {
    return this.joining.askToJoin(context, input);
  }

  @Public()
  @Query(() => OwnJoinRequest, { description: 'Public, POST only (POST_REQUIRED): a request to join, by the token of its link. JOIN_REQUEST_NOT_FOUND once withdrawn, replaced by a newer link or deleted.' })
  joinRequestByToken(@Arg('token', () => String) token: string, @Ctx() context: Context): Promise<OwnJoinRequest> {
    return this.joining.byToken(context, token);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Public. Withdraws a request to join by the token of its link: it is deleted at once. JOIN_REQUEST_NOT_FOUND when there is none.' })
  withdrawJoinRequest(@Arg('token', () => String) token: string, @Ctx() context: Context): Promise<boolean> {
    return this.joining.withdraw(context, token);
  }
}
