import { LIMITS, type Audience, type Country, type Language, type TopicCode } from '@groupfinder/domain';
import { IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { AudienceEnum, CountryEnum, LanguageEnum, TopicCodeEnum } from '../server/enums';
import { validationCode } from '../server/validation';

@InputType({ description: 'AND across fields, OR within a list.' })
export class GroupFilter {
  @Field(() => CountryEnum, { nullable: true })
  country?: Country;

  @Field(() => String, { nullable: true, description: 'Official municipality code, e.g. "159" for Gladsaxe.' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{1,12}$/, validationCode('BAD_USER_INPUT'))
  municipalityCode?: string;

  @Field(() => [TopicCodeEnum], { nullable: true, description: 'Any of these topics; a parent topic includes its sub-topics.' })
  topics?: TopicCode[];

  @Field(() => AudienceEnum, { nullable: true, description: 'RELATIVES also finds groups for BOTH.' })
  audience?: Audience;

  @Field(() => [LanguageEnum], { nullable: true, description: 'Any of these spoken languages.' })
  languages?: Language[];

  @Field(() => String, {
    nullable: true,
    description: `Words in the name, description, venue, street, postal code, town or municipality; at most ${LIMITS.searchTextMaxLength} characters.`,
  })
  @IsOptional()
  @MaxLength(LIMITS.searchTextMaxLength, validationCode('SEARCH_TEXT_TOO_LONG', { max: LIMITS.searchTextMaxLength }))
  text?: string;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: LIMITS.pageSizeDefault, description: `How many, 1 to ${LIMITS.pageSizeMax}.` })
  @Min(1, validationCode('PAGE_SIZE_OUT_OF_RANGE', { max: LIMITS.pageSizeMax }))
  @Max(LIMITS.pageSizeMax, validationCode('PAGE_SIZE_OUT_OF_RANGE', { max: LIMITS.pageSizeMax }))
  first: number = LIMITS.pageSizeDefault;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(500, validationCode('INVALID_CURSOR'))
  after?: string | null;
}

@ArgsType()
export class GroupsArgs extends PageArgs {
  @Field(() => GroupFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: GroupFilter;

  @Field(() => LanguageEnum, { nullable: true, description: 'The language of labels and content; defaults to Accept-Language.' })
  locale?: Language;
}
