import { LIMITS, RETENTION, type Country, type Language } from '@groupfinder/domain';
import { IsEmail, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { CountryEnum, LanguageEnum } from '../kernel/enums';
import { EditInput } from '../kernel/edit.input';
import { validationCode } from '../kernel/validation';

/** A new organisation: a platform admin names it and says where it works. */
@InputType()
export class CreateOrganisationInput {
  @Field(() => String, { description: 'Lower-case letters, digits and hyphens; unique.' })
  @Length(1, LIMITS.slugMaxLength, validationCode('INVALID_SLUG'))
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, validationCode('INVALID_SLUG'))
  slug: string;

  @Field(() => String)
  @Length(1, LIMITS.nameMaxLength, validationCode('NAME_INVALID', { max: LIMITS.nameMaxLength }))
  name: string;

  @Field(() => CountryEnum)
  country: Country;

  @Field(() => LanguageEnum)
  defaultLanguage: Language;
}

/** An edit of an organisation: the version it started from, and the fields to change (left out: unchanged; null: emptied). */
@InputType()
export class UpdateOrganisationInput extends EditInput {
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

  @Field(() => Int, {
    nullable: true,
    description: `Days after its last change a request to join is deleted, ${RETENTION.requestMinDays} to ${RETENTION.requestMaxDays}; the organisation's own admins only (FORBIDDEN otherwise); null leaves it as it is. Its requests' deletion dates follow at once.`,
  })
  @IsOptional()
  @IsInt(validationCode('NUMBER_OUT_OF_RANGE', { min: RETENTION.requestMinDays, max: RETENTION.requestMaxDays }))
  @Min(RETENTION.requestMinDays, validationCode('NUMBER_OUT_OF_RANGE', { min: RETENTION.requestMinDays, max: RETENTION.requestMaxDays }))
  @Max(RETENTION.requestMaxDays, validationCode('NUMBER_OUT_OF_RANGE', { min: RETENTION.requestMinDays, max: RETENTION.requestMaxDays }))
  requestRetentionDays?: number | null;
}
