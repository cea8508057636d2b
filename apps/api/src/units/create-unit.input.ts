import { LIMITS, isSlug } from '@groupfinder/domain';
import { IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { validationCode } from '../kernel/validation';

@InputType()
export class CreateUnitInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  organisationId: string;

  @Field(() => String)
  @Length(1, LIMITS.nameMaxLength, validationCode('NAME_INVALID', { max: LIMITS.nameMaxLength }))
  name: string;

  @Field(() => String, { description: 'Lower-case letters, digits and hyphens; unique within the organisation.' })
  @Length(1, LIMITS.slugMaxLength, validationCode('INVALID_SLUG'))
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, validationCode('INVALID_SLUG'))
  slug: string;
}

export { isSlug };
