import type {
  AgeBand,
  Audience,
  EnrolmentState,
  Format,
  GroupPromise,
  Language,
  Method,
  Schedule as DomainSchedule,
} from '@groupfinder/domain';
import { describePause, describeSchedule, formatLongDate, translate, type Locale } from '@groupfinder/translations';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../municipalities/municipality.type';
import { Organisation } from '../organisations/organisation.type';
import { PageInfo } from '../server/connection';
import {
  AgeBandEnum,
  AudienceEnum,
  EnrolmentStateEnum,
  FormatEnum,
  LanguageEnum,
  MethodEnum,
  PromiseEnum,
} from '../server/enums';
import { LocalizedText } from '../server/localized-text';
import { Topic } from '../topics/topic.type';
import { Venue } from '../venues/venue.type';
import type { GroupEntity } from './group.entity';
import type { FacetDimension } from './group.service';

@ObjectType({ description: 'A break in the schedule, e.g. the summer holidays.' })
export class Pause {
  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  from: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD.' })
  until: string;

  @Field(() => LocalizedText, { nullable: true })
  reason: LocalizedText | null;

  @Field(() => String, { description: 'For people: "Sommerferie 1. juli – 10. august".' })
  summary: string;
}

@ObjectType({ description: 'A meeting moved to another time (an overridden occurrence, RECURRENCE-ID in iCalendar).' })
export class ScheduleMove {
  @Field(() => String, { description: 'When it was to start, local wall-clock YYYY-MM-DDTHH:mm.' })
  from: string;

  @Field(() => String, { description: 'When it starts instead, local wall-clock.' })
  to: string;
}

@ObjectType({ description: "When a group meets, in RFC 5545 terms and in words, in its own time zone." })
export class Schedule {
  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Copenhagen.' })
  timeZone: string;

  @Field(() => String, { description: 'The first meeting (DTSTART), local wall-clock YYYY-MM-DDTHH:mm.' })
  start: string;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => String, { nullable: true, description: 'RFC 5545 RRULE; null for a single meeting.' })
  rrule: string | null;

  @Field(() => [String], { description: 'EXDATE: cancelled meetings, local wall-clock.' })
  exdates: string[];

  @Field(() => [String], { description: 'RDATE: extra meetings, local wall-clock.' })
  rdates: string[];

  @Field(() => [ScheduleMove])
  moves: ScheduleMove[];

  @Field(() => [Pause])
  pauses: Pause[];

  @Field(() => String, { description: 'For people: "Hver 14. dag, tirsdag kl. 19:00–21:00".' })
  summary: string;

  static from(schedule: DomainSchedule, locale: Locale, organisationDefault: Language): Schedule {
    const { timeZone, start, durationMinutes, rrule, exdates, rdates } = schedule;
    return Object.assign(new Schedule(), {
      timeZone,
      start,
      durationMinutes,
      rrule,
      exdates,
      rdates,
      moves: schedule.moves.map((move) => Object.assign(new ScheduleMove(), move)),
      pauses: schedule.pauses.map((pause) =>
        Object.assign(new Pause(), {
          from: pause.from,
          until: pause.until,
          reason: LocalizedText.pick(pause.reason, locale, organisationDefault),
          summary: describePause(pause, locale, organisationDefault),
        }),
      ),
      summary: describeSchedule(schedule, locale),
    });
  }
}

@ObjectType({ description: 'How a newcomer can join, in facts and in words.' })
export class Enrolment {
  @Field(() => EnrolmentStateEnum)
  state: EnrolmentState;

  @Field(() => String, { description: 'The status in words, e.g. "Forming – join the waiting list".' })
  label: string;

  @Field(() => String, { description: 'What to do next, e.g. "Join the waiting list".' })
  callToAction: string;

  @Field(() => Int, { nullable: true, description: 'A forming group starts when this many have signed up.' })
  formingMinimum: number | null;

  @Field(() => Int, { nullable: true })
  sizeMin: number | null;

  @Field(() => Int, { nullable: true })
  sizeMax: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when not known.' })
  placesLeft: number | null;

  @Field(() => String, { nullable: true, description: 'For a paused group: the date it starts again, YYYY-MM-DD.' })
  pausedUntil: string | null;

  @Field(() => [String], { description: 'The facts above in words: "Starts when 4 have signed up", "4–8 people", "2 places left".' })
  details: string[];

  @Field(() => LocalizedText, { nullable: true, description: 'Who holds the intake conversation and how to ask for it.' })
  intake: LocalizedText | null;
}

@ObjectType({ description: 'Who holds the meetings.' })
export class Facilitation {
  @Field(() => Int, { description: "Facilitators present; children's and youth groups always have 1-2." })
  facilitatorCount: number;

  @Field(() => Int, { nullable: true, description: 'A volunteer starter joins the first this-many meetings, then the group runs itself.' })
  starterMeetings: number | null;

  @Field(() => [String])
  details: string[];
}

@ObjectType({ description: 'How to take part online.' })
export class OnlineJoin {
  @Field(() => String, { nullable: true, description: 'The meeting link, when published.' })
  url: string | null;

  @Field(() => Boolean, { description: 'The link is given on request.' })
  onRequest: boolean;

  @Field(() => String, { nullable: true })
  label: string | null;
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

  @Field(() => LocalizedText, { description: "In the asked-for language when written in it, else the organisation's, else any." })
  name: LocalizedText;

  @Field(() => LocalizedText, { nullable: true })
  description: LocalizedText | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Practical notes: what to bring, the door to use, ...' })
  practicalNotes: LocalizedText | null;

  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => Venue, { nullable: true, description: 'Null for a group that meets online only, or that has no venue yet.' })
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

  @Field(() => Int, { nullable: true })
  ageMin: number | null;

  @Field(() => Int, { nullable: true })
  ageMax: number | null;

  @Field(() => String, { nullable: true, description: 'The age band or range in words.' })
  ageLabel: string | null;

  @Field(() => FormatEnum)
  format: Format;

  @Field(() => String)
  formatLabel: string;

  @Field(() => OnlineJoin, { nullable: true, description: 'For online and hybrid groups.' })
  onlineJoin: OnlineJoin | null;

  @Field(() => [LanguageEnum], { description: 'Languages spoken in the group.' })
  languages: Language[];

  @Field(() => MethodEnum, { nullable: true })
  method: Method | null;

  @Field(() => String, { nullable: true })
  methodLabel: string | null;

  @Field(() => [PromiseEnum])
  promises: GroupPromise[];

  @Field(() => [String], { description: 'The promises in words, in the same order.' })
  promiseLabels: string[];

  @Field(() => Facilitation)
  facilitation: Facilitation;

  @Field(() => Schedule, { nullable: true, description: 'Null while a forming group has not set its time.' })
  schedule: Schedule | null;

  @Field(() => Enrolment)
  enrolment: Enrolment;

  @Field(() => Contact)
  contact: Contact;

  @Field(() => Boolean, { description: 'Invented for the demo; never a real group.' })
  isDemo: boolean;

  /** The stored schedule, for the nextMeetings field; not exposed as such. */
  storedSchedule: DomainSchedule | null;

  /** Everything a visitor may see, in `locale`. Needs the organisation, venue and municipality loaded. */
  static from(entity: GroupEntity, locale: Locale): Group {
    const organisation = entity.organisation;
    if (!organisation) throw new Error('Group.from needs the organisation loaded');
    const fallback = organisation.defaultLanguage;
    const text = (value: GroupEntity['name']) => LocalizedText.pick(value, locale, fallback);
    const ageLabel =
      entity.ageMin != null && entity.ageMax != null
        ? translate(locale, 'group.ageRange', { min: entity.ageMin, max: entity.ageMax })
        : entity.ageBand
          ? translate(locale, `ageBand.${entity.ageBand}`)
          : null;
    return Object.assign(new Group(), {
      id: entity.id,
      slug: entity.slug,
      name: text(entity.name) ?? Object.assign(new LocalizedText(), { text: entity.slug, language: fallback }),
      description: text(entity.description),
      practicalNotes: text(entity.practicalNotes),
      organisation: Organisation.from(organisation),
      venue: entity.venue ? Venue.from(entity.venue, locale, fallback) : null,
      municipality: entity.municipality ? Municipality.from(entity.municipality) : null,
      topics: entity.topics.map((code) => Topic.from(code, locale)),
      audience: entity.audience,
      audienceLabel: translate(locale, `audience.${entity.audience}`),
      ageBand: entity.ageBand,
      ageMin: entity.ageMin,
      ageMax: entity.ageMax,
      ageLabel,
      format: entity.format,
      formatLabel: translate(locale, `format.${entity.format}`),
      onlineJoin:
        entity.format === 'IN_PERSON'
          ? null
          : Object.assign(new OnlineJoin(), {
              url: entity.onlineJoinOnRequest ? null : entity.onlineJoinUrl,
              onRequest: entity.onlineJoinOnRequest,
              label: entity.onlineJoinOnRequest ? translate(locale, 'group.onlineOnRequest') : null,
            }),
      languages: entity.languages,
      method: entity.method,
      methodLabel: entity.method ? translate(locale, `method.${entity.method}`) : null,
      promises: entity.promises,
      promiseLabels: entity.promises.map((promise) => translate(locale, `promise.${promise}`)),
      facilitation: Object.assign(new Facilitation(), {
        facilitatorCount: entity.facilitatorCount,
        starterMeetings: entity.starterMeetings,
        details: [
          ...(entity.facilitatorCount > 0 ? [translate(locale, 'group.facilitators', { count: entity.facilitatorCount })] : []),
          ...(entity.starterMeetings ? [translate(locale, 'group.starter', { count: entity.starterMeetings })] : []),
        ],
      }),
      schedule: entity.schedule ? Schedule.from(entity.schedule, locale, fallback) : null,
      enrolment: enrolmentOf(entity, locale, fallback),
      contact: Object.assign(new Contact(), {
        name: entity.contactName,
        phone: entity.contactPhone,
        email: entity.contactEmail,
        url: entity.contactUrl,
      }),
      isDemo: entity.isDemo,
      storedSchedule: entity.schedule,
    });
  }
}

function enrolmentOf(entity: GroupEntity, locale: Locale, fallback: Language): Enrolment {
  const details = [
    ...(entity.enrolment === 'FORMING' && entity.formingMinimum ? [translate(locale, 'enrolment.formingMinimum', { count: entity.formingMinimum })] : []),
    ...(entity.sizeMin && entity.sizeMax ? [translate(locale, 'enrolment.size', { min: entity.sizeMin, max: entity.sizeMax })] : []),
    ...(entity.placesLeft != null ? [translate(locale, 'enrolment.placesLeft', { count: entity.placesLeft })] : []),
    ...(entity.enrolment === 'PAUSED' && entity.pausedUntil ? [translate(locale, 'enrolment.pausedUntil', { date: formatLongDate(entity.pausedUntil, locale) })] : []),
  ];
  return Object.assign(new Enrolment(), {
    state: entity.enrolment,
    label: translate(locale, `enrolment.${entity.enrolment}`),
    callToAction: translate(locale, `cta.${entity.enrolment}`),
    formingMinimum: entity.formingMinimum,
    sizeMin: entity.sizeMin,
    sizeMax: entity.sizeMax,
    placesLeft: entity.placesLeft,
    pausedUntil: entity.pausedUntil,
    details,
    intake: LocalizedText.pick(entity.intakeText, locale, fallback),
  });
}

@ObjectType()
export class GroupEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Group)
  node: Group;

  @Field(() => Float, { nullable: true, description: 'Kilometres from the point or place searched near; null for online groups or without one.' })
  distanceKm: number | null;
}

@ObjectType({ description: 'How many groups the same search finds with one value of a filter.' })
export class FacetCount {
  @Field(() => String, { description: 'The filter value, e.g. GRIEF or MONDAY.' })
  value: string;

  @Field(() => String)
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "Counts per filter value, each with that filter's own choice left out. Only the dimensions selected are counted." })
export class GroupFacets {
  @Field(() => [FacetCount])
  topics?: FacetCount[];

  @Field(() => [FacetCount])
  audience?: FacetCount[];

  @Field(() => [FacetCount])
  ageBands?: FacetCount[];

  @Field(() => [FacetCount])
  formats?: FacetCount[];

  @Field(() => [FacetCount])
  languages?: FacetCount[];

  @Field(() => [FacetCount])
  enrolment?: FacetCount[];

  @Field(() => [FacetCount])
  weekdays?: FacetCount[];
}

@ObjectType({ description: 'A page of groups in a stable order.' })
export class GroupConnection {
  @Field(() => [GroupEdge])
  edges: GroupEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Resolved by GroupConnectionResolver, only when asked for. */
  totalCount: number;

  /** The search behind this page, for totalCount and facets. */
  source: { count: () => Promise<number>; facets: (dimensions: readonly FacetDimension[]) => Promise<GroupFacets> };
}
