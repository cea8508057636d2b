import { LIMITS, type Language, type Role } from '@groupfinder/domain';
import { IsEmail, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LanguageEnum, RoleEnum } from '../kernel/enums';
import { validationCode } from '../kernel/validation';

/** A role and the one scope it applies to: which of the ids a role needs, the service checks. */
@InputType({ description: 'A role and its scope: ORGANISATION_ADMIN needs organisationId, UNIT_ADMIN unitId, EDITOR groupId, MUNICIPALITY_EDITOR municipalityId, PLATFORM_ADMIN none.' })
export class RoleScopeInput {
  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', validationCode('NOT_FOUND'))
  organisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', validationCode('NOT_FOUND'))
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', validationCode('NOT_FOUND'))
  groupId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', validationCode('NOT_FOUND'))
  municipalityId?: string | null;
}

@InputType()
export class InviteUserInput extends RoleScopeInput {
  @Field(() => String)
  @MaxLength(LIMITS.emailMaxLength, validationCode('EMAIL_INVALID'))
  @IsEmail({}, validationCode('EMAIL_INVALID'))
  email: string;

  @Field(() => LanguageEnum, { nullable: true, description: 'The language of the invitation mail; default the inviter’s.' })
  @IsOptional()
  locale?: Language | null;
}

@InputType()
export class GrantRoleInput extends RoleScopeInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  userId: string;
}

@InputType()
export class RevokeRoleInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  membershipId: string;
}

@InputType()
export class WithdrawInvitationInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  invitationId: string;
}

@InputType()
export class ResetSecondFactorInput {
  @Field(() => ID, { description: 'The person (Member.id) whose second factor is reset.' })
  @IsUUID('all', validationCode('FORBIDDEN'))
  userId: string;
}
