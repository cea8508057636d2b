import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Public } from '../kernel/access';
import type { Context } from '../kernel/context';
import { Membership } from '../users/membership.type';
import {
  AcceptInvitationInput,
  ConfirmSecondFactorInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  RevokeSessionInput,
  SecondFactorChangeInput,
  SignInInput,
} from './auth.inputs';
import type { AuthService } from './auth.service';
import { InvitationPreview } from './invitation-preview.type';
import { Me, SessionInfo } from './me.type';
import { RecoveryCodes, SecondFactorEnrolment } from './second-factor.type';

@Resolver(() => Me)
export class AuthResolver {
  constructor(private readonly authService: AuthService) {}

  @Public()
  @Query(() => Me, { nullable: true, description: 'Public. The signed-in person; null when not signed in.' })
  me(@Ctx() context: Context): Promise<Me | null> {
    return this.authService.me(context);
  }

  @Public()
  @Query(() => Boolean, { description: 'Public. Whether a password-reset link can still be used: false when it is unknown, used or expired (the page says so before a new password is typed).' })
  passwordResetLinkValid(@Arg('token', () => String) token: string, @Ctx() context: Context): Promise<boolean> {
    return this.authService.passwordResetLinkValid(context, token);
  }

  @Public()
  @Query(() => InvitationPreview, { nullable: true, description: 'Public. What an invitation link offers; null when the link is unknown, used or expired.' })
  invitation(@Arg('token', () => String) token: string, @Ctx() context: Context): Promise<InvitationPreview | null> {
    return this.authService.invitation(context, token);
  }

  @Public()
  @Mutation(() => Me, {
    description:
      'Public. Signs in and sets the session cookie. INVALID_CREDENTIALS whether or not the address has an account; SECOND_FACTOR_REQUIRED when the password is right and a code is needed; INVALID_SECOND_FACTOR; TOO_MANY_ATTEMPTS after repeated failures.',
  })
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() context: Context): Promise<Me> {
    return this.authService.signIn(context, input);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Public. Mails a reset link when the address has an account; always true.' })
  requestPasswordReset(@Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput, @Ctx() context: Context): Promise<boolean> {
    return this.authService.requestPasswordReset(context, input.email);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Public. Sets a new password with a reset link; ends every session of the account.' })
  resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() context: Context): Promise<boolean> {
    return this.authService.resetPassword(context, input.token, input.password);
  }

  @Public()
  @Mutation(() => Me, { description: 'Public. Accepts an invitation (creating the account, or with an existing account’s password) and signs in.' })
  acceptInvitation(@Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() context: Context): Promise<Me> {
    return this.authService.acceptInvitation(context, input);
  }

  @Mutation(() => Boolean, { description: 'Ends this session and clears its cookie.' })
  signOut(@Ctx() context: Context): Promise<boolean> {
    return this.authService.signOut(context);
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in person, this one included.' })
  signOutEverywhere(@Ctx() context: Context): Promise<boolean> {
    return this.authService.signOutEverywhere(context);
  }

  @Mutation(() => Boolean, { description: 'Ends one of the signed-in person’s own sessions.' })
  revokeSession(@Arg('input', () => RevokeSessionInput) input: RevokeSessionInput, @Ctx() context: Context): Promise<boolean> {
    return this.authService.revokeSession(context, input.sessionId);
  }

  @Mutation(() => SecondFactorEnrolment, { description: 'A new authenticator secret, in force once confirmSecondFactor accepts a code from it.' })
  startSecondFactorEnrolment(@Ctx() context: Context): Promise<SecondFactorEnrolment> {
    return this.authService.startSecondFactorEnrolment(context);
  }

  @Mutation(() => RecoveryCodes, { description: 'Switches the second factor on with a code from the app; answers the recovery codes, shown this once. INVALID_SETUP_CODE when the code is not the app’s current one.' })
  confirmSecondFactor(@Arg('input', () => ConfirmSecondFactorInput) input: ConfirmSecondFactorInput, @Ctx() context: Context): Promise<RecoveryCodes> {
    return this.authService.confirmSecondFactor(context, input.code);
  }

  @Mutation(() => Boolean, {
    description:
      'Switches the signed-in person’s second factor off, with their password and a code (or a recovery code); their recovery codes go with it, and they are mailed that it was. WRONG_PASSWORD, INVALID_SECOND_FACTOR, TOO_MANY_ATTEMPTS; SECOND_FACTOR_NOT_ENABLED when it is off.',
  })
  switchOffSecondFactor(@Arg('input', () => SecondFactorChangeInput) input: SecondFactorChangeInput, @Ctx() context: Context): Promise<boolean> {
    return this.authService.switchOffSecondFactor(context, input);
  }

  @Mutation(() => RecoveryCodes, { description: 'New recovery codes, shown this once, with the password and a code (or a recovery code); the old ones stop working. Errors as switchOffSecondFactor.' })
  renewRecoveryCodes(@Arg('input', () => SecondFactorChangeInput) input: SecondFactorChangeInput, @Ctx() context: Context): Promise<RecoveryCodes> {
    return this.authService.renewRecoveryCodes(context, input);
  }

  @FieldResolver(() => Boolean, { description: 'An organisation of theirs requires a second factor and this session has none: enrol, or sign in again with the code.' })
  secondFactorRequired(@Root() me: Me, @Ctx() context: Context): Promise<boolean> {
    return this.authService.secondFactorRequired(context, me);
  }

  @FieldResolver(() => Int, { description: 'A session unused this many minutes ends: any request uses it. The dashboard warns before.' })
  sessionIdleMinutes(): number {
    return this.authService.sessionIdleMinutes();
  }

  @FieldResolver(() => GraphQLDateTimeISO, { description: 'When this session ends however active it is; then they sign in again.' })
  sessionEndsAt(@Root() me: Me, @Ctx() context: Context): Promise<Date> {
    return this.authService.sessionEndsAt(context, me);
  }

  @FieldResolver(() => [Membership], { description: 'Their roles, each in its scope.' })
  memberships(@Root() me: Me, @Ctx() context: Context): Promise<Membership[]> {
    return this.authService.memberships(context, me);
  }

  @FieldResolver(() => [SessionInfo], { description: 'Their sessions still open, newest first.' })
  sessions(@Root() me: Me, @Ctx() context: Context): Promise<SessionInfo[]> {
    return this.authService.sessions(context, me);
  }
}
