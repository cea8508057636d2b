import {
  LIMITS,
  type AccessibilityFeature,
  type AgeBand,
  type Audience,
  type Country,
  type EnrolmentState,
  type Format,
  type Language,
  type Method,
  type TimeOfDay,
  type TopicCode,
  type Weekday,
} from '@groupfinder/domain';
import { IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import {
  AccessibilityFeatureEnum,
  AgeBandEnum,
  AudienceEnum,
  CountryEnum,
  EnrolmentStateEnum,
  FormatEnum,
  LanguageEnum,
  MethodEnum,
  TimeOfDayEnum,
  TopicCodeEnum,
  WeekdayEnum,
} from '../kernel/enums';
import { validationCode } from '../kernel/validation';

export enum GroupSort {
  NEXT_MEETING = 'NEXT_MEETING',
  DISTANCE = 'DISTANCE',
  NAME = 'NAME',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(GroupSort, {
  name: 'GroupSort',
  description:
    'NEXT_MEETING: soonest first, groups without a meeting last. DISTANCE: nearest first (needs `near` or `place`). NAME: by slug. RELEVANCE: the closest match of `text` first (a word in a group\'s name, place or topics before one in its other texts, an exact spelling before a respelling), then by next meeting.',
});

/** How an empty search could find groups: look further, or leave something out (see GroupService.widenings). */
export enum WideningKind {
  NEIGHBOURS = 'NEIGHBOURS',
  ONLINE = 'ONLINE',
  DISTANCE = 'DISTANCE',
  PLACE = 'PLACE',
  TEXT = 'TEXT',
  FILTERS = 'FILTERS',
  TOPICS = 'TOPICS',
  AUDIENCE = 'AUDIENCE',
  AGE = 'AGE',
  FORMATS = 'FORMATS',
  METHODS = 'METHODS',
  LANGUAGES = 'LANGUAGES',
  ENROLMENT = 'ENROLMENT',
  ACCESSIBILITY = 'ACCESSIBILITY',
  WHEN = 'WHEN',
}
registerEnumType(WideningKind, {
  name: 'WideningKind',
  description:
    `NEIGHBOURS: the municipality’s neighbours too (includeNeighbours). ONLINE: online groups too (includeOnline). DISTANCE: near the same place or point, within ${LIMITS.radiusWidenedKm} km. PLACE: without the place or point (in the municipality or country asked for, if any). TEXT: without the words. FILTERS: without every filter but the place and the words. The others: without that one filter (AGE: age and ageBands; WHEN: weekdays, timesOfDay and startsWithinDays).`,
});

@InputType({ description: 'A point on the map (WGS 84).' })
export class PointInput {
  @Field(() => Float)
  @Min(-90, validationCode('COORDINATES_OUT_OF_RANGE'))
  @Max(90, validationCode('COORDINATES_OUT_OF_RANGE'))
  latitude: number;

  @Field(() => Float)
  @Min(-180, validationCode('COORDINATES_OUT_OF_RANGE'))
  @Max(180, validationCode('COORDINATES_OUT_OF_RANGE'))
  longitude: number;
}

@InputType({ description: 'AND across fields, OR within a list.' })
export class GroupFilter {
  @Field(() => CountryEnum, { nullable: true })
  country?: Country | null;

  @Field(() => String, { nullable: true, description: 'Official municipality code, e.g. "159" for Gladsaxe.' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{1,12}$/, validationCode('BAD_USER_INPUT'))
  municipalityCode?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "With municipalityCode: also the municipality's neighbours." })
  includeNeighbours: boolean = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "With municipalityCode or a place: also online groups held in the caller's language (shown everywhere).",
  })
  includeOnline: boolean = false;

  @Field(() => PointInput, { nullable: true, description: 'Near this point; see radiusKm.' })
  @IsOptional()
  @ValidateNested()
  near?: PointInput | null;

  @Field(() => String, { nullable: true, description: 'Near a town or postcode the visitor typed (the shipped gazetteer), or in a municipality named ("Gladsaxe", "Gmina Kraków").' })
  @IsOptional()
  @MaxLength(LIMITS.searchTextMaxLength, validationCode('SEARCH_TEXT_TOO_LONG', { max: LIMITS.searchTextMaxLength }))
  place?: string | null;

  @Field(() => Float, { nullable: true, description: `With near or place: how far, 1 to ${LIMITS.radiusMaxKm} km (default ${LIMITS.radiusDefaultKm}); without them RADIUS_NEEDS_LOCATION.` })
  @IsOptional()
  @Min(1, validationCode('RADIUS_OUT_OF_RANGE', { max: LIMITS.radiusMaxKm }))
  @Max(LIMITS.radiusMaxKm, validationCode('RADIUS_OUT_OF_RANGE', { max: LIMITS.radiusMaxKm }))
  radiusKm?: number | null;

  @Field(() => [TopicCodeEnum], { nullable: true, description: 'Any of these topics; a parent topic includes its sub-topics.' })
  topics?: TopicCode[] | null;

  @Field(() => AudienceEnum, { nullable: true, description: 'RELATIVES also finds groups for BOTH.' })
  audience?: Audience | null;

  @Field(() => [AgeBandEnum], { nullable: true, description: 'Any of these age bands.' })
  ageBands?: AgeBand[] | null;

  @Field(() => Int, { nullable: true, description: 'Groups open to someone of this age (by age range or band).' })
  @IsOptional()
  @Min(0, validationCode('AGE_OUT_OF_RANGE'))
  @Max(LIMITS.ageMax, validationCode('AGE_OUT_OF_RANGE'))
  age?: number | null;

  @Field(() => [FormatEnum], { nullable: true })
  formats?: Format[] | null;

  @Field(() => [MethodEnum], { nullable: true })
  methods?: Method[] | null;

  @Field(() => [LanguageEnum], { nullable: true, description: 'Any of these spoken languages.' })
  languages?: Language[] | null;

  @Field(() => [EnrolmentStateEnum], { nullable: true, description: 'Any of these enrolment states.' })
  enrolment?: EnrolmentState[] | null;

  @Field(() => [AccessibilityFeatureEnum], { nullable: true, description: 'The venue has all of these.' })
  accessibility?: AccessibilityFeature[] | null;

  @Field(() => [WeekdayEnum], { nullable: true, description: 'Meets on any of these weekdays (local time) in the coming weeks.' })
  weekdays?: Weekday[] | null;

  @Field(() => [TimeOfDayEnum], { nullable: true, description: 'Meets in any of these parts of the day (local time).' })
  timesOfDay?: TimeOfDay[] | null;

  @Field(() => Int, { nullable: true, description: `Has a meeting that is not cancelled within this many days (1 to ${LIMITS.startsWithinMaxDays}).` })
  @IsOptional()
  @Min(1, validationCode('DAYS_OUT_OF_RANGE', { max: LIMITS.startsWithinMaxDays }))
  @Max(LIMITS.startsWithinMaxDays, validationCode('DAYS_OUT_OF_RANGE', { max: LIMITS.startsWithinMaxDays }))
  startsWithinDays?: number | null;

  @Field(() => String, {
    nullable: true,
    description: `Words (all must match, ignoring case and diacritics) in any language of the group's texts, its place, organisation, topics and their synonyms; at most ${LIMITS.searchTextMaxLength} characters.`,
  })
  @IsOptional()
  @MaxLength(LIMITS.searchTextMaxLength, validationCode('SEARCH_TEXT_TOO_LONG', { max: LIMITS.searchTextMaxLength }))
  text?: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: LIMITS.pageSizeDefault, description: `How many, 1 to ${LIMITS.pageSizeMax}.` })
  @Min(1, validationCode('PAGE_SIZE_OUT_OF_RANGE', { max: LIMITS.pageSizeMax }))
  @Max(LIMITS.pageSizeMax, validationCode('PAGE_SIZE_OUT_OF_RANGE', { max: LIMITS.pageSizeMax }))
  first: number = LIMITS.pageSizeDefault;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page (with the same filter and sort).' })
  @IsOptional()
  @MaxLength(500, validationCode('INVALID_CURSOR'))
  after?: string | null;
}

@ArgsType()
export class GroupsArgs extends PageArgs {
  @Field(() => GroupFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: GroupFilter | null;

  @Field(() => GroupSort, { nullable: true, description: 'Default: DISTANCE with near or place, else RELEVANCE with text, else NEXT_MEETING.' })
  sort?: GroupSort | null;

  @Field(() => LanguageEnum, { nullable: true, description: 'The language of labels and content; defaults to Accept-Language.' })
  locale?: Language | null;
}
