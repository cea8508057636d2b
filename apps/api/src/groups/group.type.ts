import {
  pickText,
  type AgeBand,
  type Audience,
  type EnrolmentState,
  type Format,
  type Language,
  type TopicCode,
  type Weekday,
} from '@groupfinder/domain';
import { translate, type Locale } from '@groupfinder/translations';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../municipalities/municipality.type';
import { Organisation } from '../organisations/organisation.type';
import { PageInfo } from '../server/connection';
import { AgeBandEnum, AudienceEnum, EnrolmentStateEnum, FormatEnum, LanguageEnum, WeekdayEnum } from '../server/enums';
import { Topic } from '../topics/topic.type';
import { Venue } from '../venues/venue.type';
import type { GroupEntity } from './group.entity';

@ObjectType({ description: 'When a group meets every week, in its own time zone.' })
export class WeeklySchedule {
  @Field(() => WeekdayEnum)
  weekday: Weekday;

  @Field(() => String)
  weekdayLabel: string;

  @Field(() => String, { description: 'HH:MM, wall-clock time in timeZone.' })
  startTime: string;

  @Field(() => String, { description: 'HH:MM, wall-clock time in timeZone.' })
  endTime: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Copenhagen.' })
  timeZone: string;

  @Field(() => String, { description: 'For people: "Hver mandag kl. 19:00–20:30".' })
  summary: string;

  /** Null while a forming group has not set its time. */
  static from(entity: GroupEntity, locale: Locale): WeeklySchedule | null {
    const { weekday, startTime, endTime, timeZone } = entity;
    if (!weekday || !startTime || !endTime) return null;
    const day = translate(locale, `weekday.${weekday}`);
    const start = startTime.slice(0, 5);
    const end = endTime.slice(0, 5);
    return Object.assign(new WeeklySchedule(), {
      weekday,
      weekdayLabel: day,
      startTime: start,
      endTime: end,
      timeZone,
      summary: translate(locale, 'schedule.weekly', { weekday, day, start, end }),
    });
  }
}

@ObjectType({ description: 'How to reach the people behind a group.' })
export class Contact {
  @Field(() => String, { nullable: true, description: 'A named role or person, e.g. "De Frivilliges Hus".' })
  name: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  url: string | null;
}

@ObjectType({ description: 'A self-help group, as it may be shown to anyone.' })
export class Group {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  slug: string;

  @Field(() => String, { description: "In the asked-for language when written in it, else the organisation's default, else any." })
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => LanguageEnum, { description: 'The language name and description came in.' })
  contentLanguage: Language;

  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => Venue, { nullable: true, description: 'Null for a group that meets online only.' })
  venue: Venue | null;

  @Field(() => Municipality, { nullable: true, description: 'Where it meets, or will meet while forming; null for online groups.' })
  municipality: Municipality | null;

  @Field(() => [Topic])
  topics: Topic[];

  @Field(() => AudienceEnum)
  audience: Audience;

  @Field(() => String)
  audienceLabel: string;

  @Field(() => AgeBandEnum, { nullable: true })
  ageBand: AgeBand | null;

  @Field(() => String, { nullable: true })
  ageBandLabel: string | null;

  @Field(() => FormatEnum)
  format: Format;

  @Field(() => String)
  formatLabel: string;

  @Field(() => [LanguageEnum], { description: 'Languages spoken in the group.' })
  languages: Language[];

  @Field(() => WeeklySchedule, { nullable: true, description: 'Null while a forming group has not set its time.' })
  schedule: WeeklySchedule | null;

  @Field(() => EnrolmentStateEnum)
  enrolment: EnrolmentState;

  @Field(() => String, { description: 'The status in words, e.g. "Forming – join the waiting list".' })
  enrolmentLabel: string;

  @Field(() => Contact)
  contact: Contact;

  @Field(() => Boolean, { description: 'Invented for the demo; never a real group.' })
  isDemo: boolean;

  /** Everything a visitor may see, in `locale`. Needs the organisation and venue loaded. */
  static from(entity: GroupEntity, locale: Locale): Group {
    const organisation = entity.organisation;
    if (!organisation) throw new Error('Group.from needs the organisation loaded');
    const name = pickText(entity.name, locale, organisation.defaultLanguage);
    const description = pickText(entity.description, name?.language ?? locale, organisation.defaultLanguage);
    const contact = Object.assign(new Contact(), {
      name: entity.contactName,
      phone: entity.contactPhone,
      email: entity.contactEmail,
      url: entity.contactUrl,
    });
    return Object.assign(new Group(), {
      id: entity.id,
      slug: entity.slug,
      name: name?.text ?? entity.slug,
      description: description?.text ?? null,
      contentLanguage: name?.language ?? organisation.defaultLanguage,
      organisation: Organisation.from(organisation),
      venue: entity.venue ? Venue.from(entity.venue) : null,
      municipality: entity.municipality ? Municipality.from(entity.municipality) : null,
      topics: entity.topics.map((code: TopicCode) => Topic.from(code, locale)),
      audience: entity.audience,
      audienceLabel: translate(locale, `audience.${entity.audience}`),
      ageBand: entity.ageBand,
      ageBandLabel: entity.ageBand ? translate(locale, `ageBand.${entity.ageBand}`) : null,
      format: entity.format,
      formatLabel: translate(locale, `format.${entity.format}`),
      languages: entity.languages,
      schedule: WeeklySchedule.from(entity, locale),
      enrolment: entity.enrolment,
      enrolmentLabel: translate(locale, `enrolment.${entity.enrolment}`),
      contact,
      isDemo: entity.isDemo,
    });
  }
}

@ObjectType()
export class GroupEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Group)
  node: Group;
}

@ObjectType({ description: 'A page of groups in a stable order.' })
export class GroupConnection {
  @Field(() => [GroupEdge])
  edges: GroupEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'All groups that match, on every page.' })
  totalCount: number;
}
