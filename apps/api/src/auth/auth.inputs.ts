import { LIMITS } from '@groupfinder/domain';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { validationCode } from '../kernel/validation';

/** Passwords are counted in characters by the service; this only bounds the request (UTF-16 units). */
const PASSWORD_INPUT_MAX = LIMITS.passwordMaxLength * 2;
const TOKEN_MAX = 100;
const CODE_MAX = 40;
/**
 * What could be an e-mail address, spaces around it allowed: anything else (empty, "not-an-address")
 * is said to be no address (EMAIL_INVALID), which tells nothing about accounts and costs no attempt.
 */
const EMAIL_SHAPE = /^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/;

@InputType()
export class SignInInput {
  @Field(() => String)
  @MaxLength(LIMITS.emailMaxLength, validationCode('INVALID_CREDENTIALS'))
  @Matches(EMAIL_SHAPE, validationCode('EMAIL_INVALID'))
  email: string;

  @Field(() => String)
  @MaxLength(PASSWORD_INPUT_MAX, validationCode('PASSWORD_TOO_LONG', { max: LIMITS.passwordMaxLength }))
  password: string;

  @Field(() => String, { nullable: true, description: 'The six digits of the authenticator app, or a recovery code; needed once the second factor is on.' })
  @IsOptional()
  @MaxLength(CODE_MAX, validationCode('INVALID_SECOND_FACTOR'))
  code?: string | null;
}

@InputType()
export class RequestPasswordResetInput {
  @Field(() => String)
  @MaxLength(LIMITS.emailMaxLength, validationCode('EMAIL_INVALID'))
  @Matches(EMAIL_SHAPE, validationCode('EMAIL_INVALID'))
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'From the link in the mail.' })
  @MaxLength(TOKEN_MAX, validationCode('INVALID_TOKEN'))
  token: string;

  @Field(() => String, { description: `The new password: ${LIMITS.passwordMinLength} to ${LIMITS.passwordMaxLength} characters, not a common one.` })
  @MaxLength(PASSWORD_INPUT_MAX, validationCode('PASSWORD_TOO_LONG', { max: LIMITS.passwordMaxLength }))
  password: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String, { description: 'From the link in the mail.' })
  @MaxLength(TOKEN_MAX, validationCode('INVALID_TOKEN'))
  token: string;

  @Field(() => String, { nullable: true, description: 'A new account’s name (required then); an existing account keeps its own.' })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength, validationCode('NAME_INVALID', { max: LIMITS.nameMaxLength }))
  name?: string | null;

  @Field(() => String, { description: 'A new account’s password (the policy applies); an existing account’s own password.' })
  @MaxLength(PASSWORD_INPUT_MAX, validationCode('PASSWORD_TOO_LONG', { max: LIMITS.passwordMaxLength }))
  password: string;

  @Field(() => String, { nullable: true, description: 'An existing account with a second factor: its code, as at sign-in.' })
  @IsOptional()
  @MaxLength(CODE_MAX, validationCode('INVALID_SECOND_FACTOR'))
  code?: string | null;
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  sessionId: string;
}

@InputType()
export class ConfirmSecondFactorInput {
  @Field(() => String, { description: 'The six digits the authenticator app shows for the new secret.' })
  @MaxLength(CODE_MAX, validationCode('INVALID_SETUP_CODE'))
  code: string;
}

@InputType({ description: 'The signed-in person proves it is them before their second factor changes: their password and a code from the app, or a recovery code.' })
export class SecondFactorChangeInput {
  @Field(() => String)
  @MaxLength(PASSWORD_INPUT_MAX, validationCode('PASSWORD_TOO_LONG', { max: LIMITS.passwordMaxLength }))
  password: string;

  @Field(() => String, { description: 'The six digits of the authenticator app, or a recovery code (which is then used up).' })
  @MaxLength(CODE_MAX, validationCode('INVALID_SECOND_FACTOR'))
  code: string;
}
