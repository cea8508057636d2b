import type { AgeBand, Audience, EnrolmentState, Format, GroupPromise, Language, Method, TopicCode, TranslatedText } from '@groupfinder/domain';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Change } from '../../history/change.type';
import { AgeBandEnum, AudienceEnum, EnrolmentStateEnum, FormatEnum, LanguageEnum, MethodEnum, PromiseEnum, TopicCodeEnum } from '../../kernel/enums';

/*
 * What an editor reads and writes of a group, as stored: every text in every language (a JSON
 * object by language code, {"da": "…", "sv": "…"}), the schedule as its rules. Each class is both
 * the output an editor loads and the input it saves, so that the two cannot drift apart.
 */

@ObjectType('ScheduleMoveFields', { simpleResolvers: true })
@InputType('ScheduleMoveInput')
export class ScheduleMoveFields {
  @Field(() => String, { description: 'Local start of the meeting that moves, YYYY-MM-DDTHH:mm.' })
  from: string;

  @Field(() => String, { description: 'Local start it moves to.' })
  to: string;
}

@ObjectType('SchedulePauseFields', { simpleResolvers: true })
@InputType('SchedulePauseInput')
export class SchedulePauseFields {
  @Field(() => String, { description: 'First day without meetings, YYYY-MM-DD.' })
  from: string;

  @Field(() => String, { description: 'Last day without meetings, YYYY-MM-DD (inclusive).' })
  until: string;

  @Field(() => GraphQLJSONObject, { description: 'Why, by language code: {"da": "Sommerferie"}.' })
  reason: TranslatedText;
}

@ObjectType('ScheduleFields', { simpleResolvers: true, description: 'A schedule as stored: RFC 5545 terms in the group’s time zone.' })
@InputType('ScheduleInput')
export class ScheduleFields {
  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Copenhagen.' })
  timeZone: string;

  @Field(() => String, { description: 'The first meeting (DTSTART), local YYYY-MM-DDTHH:mm.' })
  start: string;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => String, { nullable: true, description: 'RRULE; null for one single meeting.' })
  rrule: string | null;

  @Field(() => [String], { description: 'Cancelled meetings (EXDATE), local starts.' })
  exdates: string[];

  @Field(() => [String], { description: 'Extra meetings (RDATE), local starts.' })
  rdates: string[];

  @Field(() => [ScheduleMoveFields])
  moves: ScheduleMoveFields[];

  @Field(() => [SchedulePauseFields])
  pauses: SchedulePauseFields[];
}

@ObjectType('GroupFields', { simpleResolvers: true, description: 'Everything an editor sets on a group.' })
@InputType('GroupFieldsInput')
export class GroupFieldsType {
  @Field(() => String, { description: 'Lower-case words joined by hyphens; the group’s address.' })
  slug: string;

  @Field(() => ID, { nullable: true, description: 'The unit that runs it; null: the organisation itself.' })
  unitId: string | null;

  @Field(() => ID, { nullable: true, description: 'One of the organisation’s venues; null online or while not known.' })
  venueId: string | null;

  @Field(() => ID, { nullable: true })
  municipalityId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'By language code.' })
  name: TranslatedText;

  @Field(() => GraphQLJSONObject)
  description: TranslatedText;

  @Field(() => GraphQLJSONObject)
  practicalNotes: TranslatedText;

  @Field(() => GraphQLJSONObject)
  intakeText: TranslatedText;

  @Field(() => [TopicCodeEnum])
  topics: TopicCode[];

  @Field(() => AudienceEnum)
  audience: Audience;

  @Field(() => AgeBandEnum, { nullable: true })
  ageBand: AgeBand | null;

  @Field(() => Int, { nullable: true })
  ageMin: number | null;

  @Field(() => Int, { nullable: true })
  ageMax: number | null;

  @Field(() => FormatEnum)
  format: Format;

  @Field(() => String, { nullable: true })
  onlineJoinUrl: string | null;

  @Field(() => Boolean)
  onlineJoinOnRequest: boolean;

  @Field(() => [LanguageEnum])
  languages: Language[];

  @Field(() => MethodEnum, { nullable: true })
  method: Method | null;

  @Field(() => [PromiseEnum])
  promises: GroupPromise[];

  @Field(() => Int)
  facilitatorCount: number;

  @Field(() => Int, { nullable: true })
  starterMeetings: number | null;

  @Field(() => ScheduleFields, { nullable: true, description: 'Null while a forming group has not set its time.' })
  schedule: ScheduleFields | null;

  @Field(() => EnrolmentStateEnum)
  enrolment: EnrolmentState;

  @Field(() => Int, { nullable: true })
  formingMinimum: number | null;

  @Field(() => Int, { nullable: true })
  sizeMin: number | null;

  @Field(() => Int, { nullable: true })
  sizeMax: number | null;

  @Field(() => Int, { nullable: true })
  placesLeft: number | null;

  @Field(() => Boolean, { description: 'A full or closed group that still takes names for when a place frees: visitors may ask for its waiting list.' })
  waitingList: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  pausedUntil: string | null;

  @Field(() => String, { nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  contactUrl: string | null;
}

@ObjectType('EditableGroup', { simpleResolvers: true, description: 'A group as its editors see it: its fields as stored, its version and history.' })
export class EditableGroup {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => Int, { description: 'Send it back with an edit: CONFLICT when someone saved since.' })
  version: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was archived; null while it is in the finder.' })
  archivedAt: Date | null;

  @Field(() => GroupFieldsType)
  fields: GroupFieldsType;

  /** Resolved by GroupEditingResolver. */
  history?: Change[];
}
