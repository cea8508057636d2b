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
import { LIMITS } from '@groupfinder/domain';
import { describePause, describeSchedule, formatLongDate, translate, type Locale } from '@groupfinder/translations';
import { LRUCache } from 'lru-cache';
import { Field, Float, ID, Int } from 'type-graphql';
import { Municipality } from '../municipalities/municipality.type';
import { Organisation } from '../organisations/organisation.type';
import { PageInfo } from '../kernel/connection';
import {
  AgeBandEnum,
  AudienceEnum,
  EnrolmentStateEnum,
  FormatEnum,
  LanguageEnum,
  MethodEnum,
  PromiseEnum,
} from '../kernel/enums';
import { label } from '../kernel/label';
import { LocalizedText } from '../kernel/localized-text';
import { Topic } from '../topics/topic.type';
import { Venue } from '../venues/venue.type';
import type { GroupEntity } from './group.entity';
import type { FacetDimension } from './group.service';
import { WideningKind } from './groups.args';
import { OutputType } from '../kernel/output-type';
import { joinWay, type JoinWay } from '@groupfinder/domain';
import { JoinWayEnum } from '../joining/join.types';
import { messageRecipient } from '../joining/message-recipient';

@OutputType('A break in the schedule, e.g. the summer holidays.')
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

@OutputType('A meeting moved to another time (an overridden occurrence, RECURRENCE-ID in iCalendar).')
export class ScheduleMove {
  @Field(() => String, { description: 'When it was to start, local wall-clock YYYY-MM-DDTHH:mm.' })
  from: string;

  @Field(() => String, { description: 'When it starts instead, local wall-clock.' })
  to: string;
}

/** The columns of a group that Group shows: what a search loads of each group (group-rows.ts), besides its organisation, venue and municipality. */
export const SHOWN_COLUMNS = [
  'id',
  'slug',
  'name',
  'description',
  'practicalNotes',
  'topics',
  'audience',
  'ageBand',
  'ageMin',
  'ageMax',
  'format',
  'onlineJoinUrl',
  'onlineJoinOnRequest',
  'languages',
  'method',
  'promises',
  'facilitatorCount',
  'starterMeetings',
  'schedule',
  'enrolment',
  'formingMinimum',
  'sizeMin',
  'sizeMax',
  'placesLeft',
  'pausedUntil',
  'waitingList',
  'intakeText',
  'contactName',
  'contactPhone',
  'contactEmail',
  'contactUrl',
  'isDemo',
] as const satisfies readonly (keyof GroupEntity)[];

/** A group as Group shows it: not its search text, timestamps, version or the ids of its relations. */
export type ShownGroup = Pick<GroupEntity, (typeof SHOWN_COLUMNS)[number] | 'organisation' | 'venue' | 'municipality'>;

/** Schedule summaries per language, schedule and hour: many groups share a schedule, and a page is asked for again and again. */
const SUMMARIES = new LRUCache<string, string>({ max: 20_000 });

/**
 * The object types below that put things into words compute each field when it is asked for (getters):
 * a page of the widget asks for a few fields of twenty groups, not for every text of each.
 */
@OutputType("When a group meets, in RFC 5545 terms and in words, in its own time zone.")
export class Schedule {
  constructor(
    private readonly schedule: DomainSchedule,
    private readonly locale: Locale,
    private readonly organisationDefault: Language,
    /** The request's clock: a date is written with its year unless it is this year's. */
    private readonly now: Date,
  ) {}

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Copenhagen.' })
  get timeZone(): string {
    return this.schedule.timeZone;
  }

  @Field(() => String, { description: 'The first meeting (DTSTART), local wall-clock YYYY-MM-DDTHH:mm.' })
  get start(): string {
    return this.schedule.start;
  }

  @Field(() => Int)
  get durationMinutes(): number {
    return this.schedule.durationMinutes;
  }

  @Field(() => String, { nullable: true, description: 'RFC 5545 RRULE; null for a single meeting.' })
  get rrule(): string | null {
    return this.schedule.rrule;
  }

  @Field(() => [String], { description: 'EXDATE: cancelled meetings, local wall-clock.' })
  get exdates(): string[] {
    return this.schedule.exdates;
  }

  @Field(() => [String], { description: 'RDATE: extra meetings, local wall-clock.' })
  get rdates(): string[] {
    return this.schedule.rdates;
  }

  @Field(() => [ScheduleMove])
  get moves(): ScheduleMove[] {
    return this.schedule.moves.map((move) => Object.assign(new ScheduleMove(), move));
  }

  @Field(() => [Pause])
  get pauses(): Pause[] {
    const { locale, organisationDefault, now } = this;
    return this.schedule.pauses.map((pause) =>
      Object.assign(new Pause(), {
        from: pause.from,
        until: pause.until,
        reason: LocalizedText.pick(pause.reason, locale, organisationDefault),
        summary: describePause(pause, locale, organisationDefault, { now }),
      }),
    );
  }

  @Field(() => String, { description: 'For people: "Hver 14. dag, tirsdag kl. 19:00–21:00".' })
  get summary(): string {
    // What a summary says depends on today's date ("from 3 February" until then): kept per hour.
    const key = `${this.locale}|${this.now.toISOString().slice(0, 13)}|${JSON.stringify(this.schedule)}`;
    let summary = SUMMARIES.get(key);
    if (summary === undefined) {
      summary = describeSchedule(this.schedule, this.locale, { now: this.now });
      SUMMARIES.set(key, summary);
    }
    return summary;
  }
}

@OutputType('How a newcomer can join, in facts and in words.')
export class Enrolment {
  constructor(
    private readonly entity: ShownGroup,
    private readonly locale: Locale,
    private readonly organisationDefault: Language,
  ) {}

  @Field(() => EnrolmentStateEnum)
  get state(): EnrolmentState {
    return this.entity.enrolment;
  }

  @Field(() => String, { description: 'The status in words, e.g. "Forming – join the waiting list".' })
  get label(): string {
    return label(this.locale, `enrolment.${this.entity.enrolment}`);
  }

  @Field(() => String, { description: 'What to do next, e.g. "Join the waiting list".' })
  get callToAction(): string {
    return label(this.locale, `cta.${this.entity.enrolment}`);
  }

  @Field(() => Int, { nullable: true, description: 'A forming group starts when this many have signed up.' })
  get formingMinimum(): number | null {
    return this.entity.formingMinimum;
  }

  @Field(() => Int, { nullable: true })
  get sizeMin(): number | null {
    return this.entity.sizeMin;
  }

  @Field(() => Int, { nullable: true })
  get sizeMax(): number | null {
    return this.entity.sizeMax;
  }

  @Field(() => Int, { nullable: true, description: 'Null when not known.' })
  get placesLeft(): number | null {
    return this.entity.placesLeft;
  }

  @Field(() => String, { nullable: true, description: 'For a paused group: the date it starts again, YYYY-MM-DD.' })
  get pausedUntil(): string | null {
    return this.entity.pausedUntil;
  }

  @Field(() => [String], { description: 'The facts above in words: "Starts when 4 have signed up", "4–8 people", "2 places left".' })
  get details(): string[] {
    const { entity, locale } = this;
    return [
      ...(entity.enrolment === 'FORMING' && entity.formingMinimum ? [translate(locale, 'enrolment.formingMinimum', { count: entity.formingMinimum })] : []),
      ...(entity.sizeMin && entity.sizeMax ? [translate(locale, 'enrolment.size', { min: entity.sizeMin, max: entity.sizeMax })] : []),
      ...(entity.placesLeft != null ? [translate(locale, 'enrolment.placesLeft', { count: entity.placesLeft })] : []),
      ...(entity.enrolment === 'PAUSED' && entity.pausedUntil ? [translate(locale, 'enrolment.pausedUntil', { date: formatLongDate(entity.pausedUntil, locale) })] : []),
    ];
  }

  @Field(() => LocalizedText, { nullable: true, description: 'Who holds the intake conversation and how to ask for it.' })
  get intake(): LocalizedText | null {
    return LocalizedText.pick(this.entity.intakeText, this.locale, this.organisationDefault);
  }
}

@OutputType('Who holds the meetings.')
export class Facilitation {
  constructor(
    private readonly entity: ShownGroup,
    private readonly locale: Locale,
  ) {}

  @Field(() => Int, { description: "Facilitators present; children's and youth groups always have 1-2." })
  get facilitatorCount(): number {
    return this.entity.facilitatorCount;
  }

  @Field(() => Int, { nullable: true, description: 'A volunteer starter joins the first this-many meetings, then the group runs itself.' })
  get starterMeetings(): number | null {
    return this.entity.starterMeetings;
  }

  @Field(() => [String])
  get details(): string[] {
    const { entity, locale } = this;
    return [
      ...(entity.facilitatorCount > 0 ? [translate(locale, 'group.facilitators', { count: entity.facilitatorCount })] : []),
      ...(entity.starterMeetings ? [translate(locale, 'group.starter', { count: entity.starterMeetings })] : []),
    ];
  }
}

@OutputType('How to take part online.')
export class OnlineJoin {
  @Field(() => String, { nullable: true, description: 'The meeting link, when published.' })
  url: string | null;

  @Field(() => Boolean, { description: 'The link is given on request.' })
  onRequest: boolean;

  @Field(() => String, { nullable: true })
  label: string | null;
}

@OutputType('How to reach the people behind a group.')
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

@OutputType('A self-help group, as it may be shown to anyone.')
export class Group {
  /** The organisation's language: where a text is missing in the one asked for. */
  private readonly fallback: Language;

  /** Needs the organisation, venue and municipality loaded. */
  private constructor(
    private readonly entity: ShownGroup,
    private readonly locale: Locale,
    private readonly now: Date,
  ) {
    if (!entity.organisation) throw new Error('Group.from needs the organisation loaded');
    this.fallback = entity.organisation.defaultLanguage;
  }

  /** Everything a visitor may see, in `locale` and as of `now` (the request's clock), each field computed when asked for. */
  static from(entity: ShownGroup, locale: Locale, now: Date): Group {
    return new Group(entity, locale, now);
  }

  private text(value: ShownGroup['name']): LocalizedText | null {
    return LocalizedText.pick(value, this.locale, this.fallback);
  }

  @Field(() => ID)
  get id(): string {
    return this.entity.id;
  }

  @Field(() => String)
  get slug(): string {
    return this.entity.slug;
  }

  @Field(() => LocalizedText, { description: "In the asked-for language when written in it, else the organisation's, else any." })
  get name(): LocalizedText {
    return this.text(this.entity.name) ?? Object.assign(new LocalizedText(), { text: this.entity.slug, language: this.fallback });
  }

  @Field(() => LocalizedText, { nullable: true })
  get description(): LocalizedText | null {
    return this.text(this.entity.description);
  }

  @Field(() => LocalizedText, { nullable: true, description: 'Practical notes: what to bring, the door to use, ...' })
  get practicalNotes(): LocalizedText | null {
    return this.text(this.entity.practicalNotes);
  }

  @Field(() => Organisation)
  get organisation(): Organisation {
    return Organisation.from(this.entity.organisation as NonNullable<ShownGroup['organisation']>);
  }

  @Field(() => Venue, { nullable: true, description: 'Null for a group that meets online only, or that has no venue yet.' })
  get venue(): Venue | null {
    return this.entity.venue ? Venue.from(this.entity.venue, this.locale, this.fallback) : null;
  }

  @Field(() => Municipality, { nullable: true, description: 'Where it meets, or will meet while forming; null for online groups.' })
  get municipality(): Municipality | null {
    return this.entity.municipality ? Municipality.from(this.entity.municipality) : null;
  }

  @Field(() => [Topic])
  get topics(): Topic[] {
    return this.entity.topics.map((code) => Topic.from(code, this.locale));
  }

  @Field(() => AudienceEnum)
  get audience(): Audience {
    return this.entity.audience;
  }

  @Field(() => String)
  get audienceLabel(): string {
    return label(this.locale, `audience.${this.entity.audience}`);
  }

  @Field(() => AgeBandEnum, { nullable: true })
  get ageBand(): AgeBand | null {
    return this.entity.ageBand;
  }

  @Field(() => Int, { nullable: true })
  get ageMin(): number | null {
    return this.entity.ageMin;
  }

  @Field(() => Int, { nullable: true })
  get ageMax(): number | null {
    return this.entity.ageMax;
  }

  @Field(() => String, { nullable: true, description: 'The age band or range in words.' })
  get ageLabel(): string | null {
    const { entity, locale } = this;
    if (entity.ageMin != null && entity.ageMax != null) return translate(locale, 'group.ageRange', { min: entity.ageMin, max: entity.ageMax });
    return entity.ageBand ? label(locale, `ageBand.${entity.ageBand}`) : null;
  }

  @Field(() => FormatEnum)
  get format(): Format {
    return this.entity.format;
  }

  @Field(() => String)
  get formatLabel(): string {
    return label(this.locale, `format.${this.entity.format}`);
  }

  @Field(() => OnlineJoin, { nullable: true, description: 'For online and hybrid groups.' })
  get onlineJoin(): OnlineJoin | null {
    const { entity, locale } = this;
    if (entity.format === 'IN_PERSON') return null;
    return Object.assign(new OnlineJoin(), {
      url: entity.onlineJoinOnRequest ? null : entity.onlineJoinUrl,
      onRequest: entity.onlineJoinOnRequest,
      label: entity.onlineJoinOnRequest ? label(locale, 'group.onlineOnRequest') : null,
    });
  }

  @Field(() => [LanguageEnum], { description: 'Languages spoken in the group.' })
  get languages(): Language[] {
    return this.entity.languages;
  }

  @Field(() => MethodEnum, { nullable: true })
  get method(): Method | null {
    return this.entity.method;
  }

  @Field(() => String, { nullable: true })
  get methodLabel(): string | null {
    return this.entity.method ? label(this.locale, `method.${this.entity.method}`) : null;
  }

  @Field(() => [PromiseEnum])
  get promises(): GroupPromise[] {
    return this.entity.promises;
  }

  @Field(() => [String], { description: 'The promises in words, in the same order.' })
  get promiseLabels(): string[] {
    return this.entity.promises.map((promise) => label(this.locale, `promise.${promise}`));
  }

  @Field(() => Facilitation)
  get facilitation(): Facilitation {
    return new Facilitation(this.entity, this.locale);
  }

  @Field(() => Schedule, { nullable: true, description: 'Null while a forming group has not set its time.' })
  get schedule(): Schedule | null {
    return this.entity.schedule ? new Schedule(this.entity.schedule, this.locale, this.fallback, this.now) : null;
  }

  @Field(() => Enrolment)
  get enrolment(): Enrolment {
    return new Enrolment(this.entity, this.locale, this.fallback);
  }

  @Field(() => Boolean, { description: 'A full or closed group that still takes names for when a place frees.' })
  get waitingList(): boolean {
    return this.entity.waitingList;
  }

  @Field(() => JoinWayEnum, { description: 'How a visitor joins now: just come, ask (askToJoin) for the waiting list or for an intake conversation, or not at all.' })
  get joinWay(): JoinWay {
    return joinWay(this.entity);
  }

  @Field(() => Boolean, { description: 'Whether a visitor can write to the group (writeToGroup): it, or its organisation, has an e-mail address the message is passed on to.' })
  get canBeWritten(): boolean {
    return messageRecipient(this.entity.contactEmail, this.entity.organisation?.email) !== null;
  }

  @Field(() => Contact)
  get contact(): Contact {
    const { entity } = this;
    return Object.assign(new Contact(), { name: entity.contactName, phone: entity.contactPhone, email: entity.contactEmail, url: entity.contactUrl });
  }

  @Field(() => Boolean, { description: 'Invented for the demo; never a real group.' })
  get isDemo(): boolean {
    return this.entity.isDemo;
  }

  /** The stored schedule, for the nextMeetings field; not exposed as such. */
  get storedSchedule(): DomainSchedule | null {
    return this.entity.schedule;
  }
}

@OutputType()
export class GroupEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Group)
  node: Group;

  @Field(() => Float, { nullable: true, description: 'Kilometres from the point or place searched near; null for online groups or without one.' })
  distanceKm: number | null;
}

@OutputType('How many groups the same search finds with one value of a filter.')
export class FacetCount {
  @Field(() => String, { description: 'The filter value, e.g. GRIEF or MONDAY.' })
  value: string;

  @Field(() => String)
  label: string;

  @Field(() => Int)
  count: number;
}

@OutputType("Counts per filter value, each with that filter's own choice left out. Only the dimensions selected are counted.")
export class GroupFacets {
  @Field(() => [FacetCount], { complexity: LIMITS.queryCountCost })
  topics?: FacetCount[];

  @Field(() => [FacetCount], { complexity: LIMITS.queryCountCost })
  audience?: FacetCount[];

  @Field(() => [FacetCount], { complexity: LIMITS.queryCountCost })
  ageBands?: FacetCount[];

  @Field(() => [FacetCount], { complexity: LIMITS.queryCountCost })
  formats?: FacetCount[];

  @Field(() => [FacetCount], { complexity: LIMITS.queryCountCost })
  languages?: FacetCount[];

  @Field(() => [FacetCount], { complexity: LIMITS.queryCountCost })
  enrolment?: FacetCount[];

  @Field(() => [FacetCount], { complexity: LIMITS.queryCountCost })
  weekdays?: FacetCount[];
}

@OutputType('A way an empty (or short) search could find more groups, and how many it would.')
export class GroupWidening {
  @Field(() => WideningKind)
  kind: WideningKind;

  @Field(() => Int, { description: `How many groups the widened search finds, up to ${LIMITS.countMax}.` })
  count: number;
}

@OutputType('A page of groups in a stable order.')
export class GroupConnection {
  @Field(() => [GroupEdge])
  edges: GroupEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Resolved by GroupConnectionResolver, only when asked for. */
  totalCount: number;

  /** The search behind this page, for totalCount and facets. */
  source: { count: () => Promise<number>; facets: (dimensions: readonly FacetDimension[]) => Promise<GroupFacets | null>; widenings: () => Promise<GroupWidening[]> };
}
