import { LIMITS } from '@groupfinder/domain';
import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EditInput } from '../kernel/edit.input';
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

@InputType()
export class UpdateUnitInput extends EditInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, LIMITS.nameMaxLength, validationCode('NAME_INVALID', { max: LIMITS.nameMaxLength }))
  name?: string;
}
