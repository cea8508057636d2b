import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow, signedIn } from '../kernel/access';
import type { Context } from '../kernel/context';
import { Invitation } from './invitation.type';
import { GrantRoleInput, InviteUserInput, ResetSecondFactorInput, RevokeRoleInput, WithdrawInvitationInput } from './membership.input';
import type { MembershipService } from './membership.service';
import { Membership } from './membership.type';

const ADMINS = ['PLATFORM_ADMIN', 'ORGANISATION_ADMIN', 'UNIT_ADMIN'] as const;

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(private readonly membershipService: MembershipService) {}

  @Allow(...ADMINS)
  @Mutation(() => Invitation, { description: 'Invites someone by e-mail to a role within the caller’s scope; the link works for 7 days, once.' })
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() context: Context): Promise<Invitation> {
    return this.membershipService.invite(context.db, signedIn(context), input, { locale: context.locale, mailLocale: input.locale ?? context.locale, now: context.now });
  }

  @Allow(...ADMINS)
  @Mutation(() => Membership, { description: 'Gives a person with an account another role within the caller’s scope.' })
  grantRole(@Arg('input', () => GrantRoleInput) input: GrantRoleInput, @Ctx() context: Context): Promise<Membership> {
    return this.membershipService.grant(context.db, signedIn(context), input, context.locale);
  }

  @Allow(...ADMINS)
  @Mutation(() => Boolean, { description: 'Takes a role away; an organisation keeps at least one organisation admin (LAST_ADMIN).' })
  async revokeRole(@Arg('input', () => RevokeRoleInput) input: RevokeRoleInput, @Ctx() context: Context): Promise<boolean> {
    await this.membershipService.revoke(context.db, signedIn(context), input.membershipId);
    return true;
  }

  @Allow(...ADMINS)
  @Mutation(() => Boolean, {
    description:
      'Resets a person’s second factor (a lost phone): their codes stop working, their sessions end, and they are mailed who did it, to set one up again. Platform admins for anyone; organisation admins for people whose roles all lie in their organisations. FORBIDDEN otherwise and for one’s own; SECOND_FACTOR_NOT_ENABLED when there is none.',
  })
  resetSecondFactor(@Arg('input', () => ResetSecondFactorInput) input: ResetSecondFactorInput, @Ctx() context: Context): Promise<boolean> {
    return this.membershipService.resetSecondFactor(context.db, signedIn(context), input.userId, context.now);
  }

  @Mutation(() => Boolean, { description: 'Withdraws an invitation not yet accepted: its link stops working. NOT_FOUND outside the caller’s scope.' })
  async withdrawInvitation(@Arg('input', () => WithdrawInvitationInput) input: WithdrawInvitationInput, @Ctx() context: Context): Promise<boolean> {
    await this.membershipService.withdrawInvitation(context.db, signedIn(context), input.invitationId);
    return true;
  }
}
