import { LIMITS, type Language } from '@groupfinder/domain';
import { IsEmail, IsInt, IsOptional, IsUUID, Length, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LanguageEnum } from '../kernel/enums';
import { validationCode } from '../kernel/validation';

/** An edit of an organisation: the version it started from, and the fields to change (left out: unchanged; null: emptied). */
@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  id: string;

  @Field(() => Int, { description: 'The version the edit started from; CONFLICT when someone saved since.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, LIMITS.nameMaxLength, validationCode('NAME_INVALID', { max: LIMITS.nameMaxLength }))
  name?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @MaxLength(300, validationCode('WEBSITE_INVALID'))
  @Matches(/^https?:\/\/[^\s/$.?#][^\s]*$/i, validationCode('WEBSITE_INVALID'))
  website?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Matches(/^\+?[0-9][0-9 ]{5,19}$/, validationCode('PHONE_INVALID'))
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @MaxLength(LIMITS.emailMaxLength, validationCode('EMAIL_INVALID'))
  @IsEmail({}, validationCode('EMAIL_INVALID'))
  email?: string | null;

  @Field(() => LanguageEnum, { nullable: true })
  @IsOptional()
  defaultLanguage?: Language;
}
