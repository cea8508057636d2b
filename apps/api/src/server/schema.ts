import 'reflect-metadata';
import '../kernel/enums';
import type { GraphQLSchema } from 'graphql';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, buildSchema, type ContainerType, type ResolverData } from 'type-graphql';
import { AuthResolver } from '../auth/auth.resolver';
import { AuthService } from '../auth/auth.service';
import type { SessionService } from '../auth/session.service';
import type { Throttle } from '../auth/throttle';
import type { Mailer } from '../mail/mailer';
import type { SmsSender } from '../mail/sms';
import { GroupConnectionResolver, GroupResolver, resolveNextMeetingsDirectly } from '../groups/group.resolver';
import { GroupService, type FacetsOptions } from '../groups/group.service';
import { MunicipalityResolver } from '../municipalities/municipality.resolver';
import { MunicipalityService } from '../municipalities/municipality.service';
import { OrganisationResolver } from '../organisations/organisation.resolver';
import { OrganisationService } from '../organisations/organisation.service';
import { PlaceService } from '../places/place.service';
import { TopicResolver } from '../topics/topic.resolver';
import { UnitResolver } from '../units/unit.resolver';
import { UnitService } from '../units/unit.service';
import { MembershipResolver } from '../users/membership.resolver';
import { MembershipService } from '../users/membership.service';
import { guardFields } from './guard-fields';
import { readGettersDirectly } from '../kernel/output-type';
import { HistoryResolver } from '../history/history.resolver';
import { HistoryService } from '../history/history.service';
import { signedIn } from '../kernel/access';
import { GroupEditingResolver, OrganisationGroupsEditingResolver } from '../groups/editing/group-editing.resolver';
import { GroupEditingService } from '../groups/editing/group-editing.service';
import { OrganisationVenuesResolver, VenueEditingResolver } from '../venues/editing/venue-editing.resolver';
import { VenueEditingService } from '../venues/editing/venue-editing.service';
import { EmbedResolver, type EmbedLinks } from '../embeds/embed.resolver';
import { EmbedService } from '../embeds/embed.service';
import { JoinResolver } from '../joining/join.resolver';
import { JoinService } from '../joining/join.service';
import { MessageResolver } from '../joining/message.resolver';
import { MessageService } from '../joining/message.service';
import { DataSubjectResolver } from '../joining/data-subject.resolver';
import { DataSubjectService } from '../joining/data-subject.service';
import { JoinNotifier } from '../joining/notify';
import { QueueResolver } from '../joining/queue.resolver';
import { QueueService } from '../joining/queue.service';
import type { JobSender } from '../jobs/jobs';
import type { KeyRing } from '../privacy/sealed';

export const RESOLVERS = [GroupResolver, GroupConnectionResolver, OrganisationResolver, MunicipalityResolver, TopicResolver, UnitResolver, MembershipResolver, AuthResolver, HistoryResolver, GroupEditingResolver, OrganisationGroupsEditingResolver, VenueEditingResolver, OrganisationVenuesResolver, JoinResolver, MessageResolver, QueueResolver, DataSubjectResolver, EmbedResolver] as const;

/** What the services are built with, besides the request's unit of work that each call receives. */
export interface ServiceOptions {
  sessions: SessionService;
  mailer: Mailer;
  /** Texts to people who gave a phone number (SMS_URL); absent: they are sent none. */
  sms?: SmsSender;
  /** Where links in mail lead: the dashboard's address. */
  dashboardUrl: string;
  /** Counts failed sign-ins and reset requests (auth/throttle.ts): one per process, or shared through Redis. */
  throttle: Throttle;
  /** Seals personal data at rest and makes its blind indexes (privacy/; loadKeyRing in main.ts). */
  keys: KeyRing;
  /** Sends work to the job queue (a message to a group's delivery); absent where no queue runs, and writeToGroup fails there. */
  jobs?: JobSender;
  /** How long after a change of a group's enrolment those waiting are told; default WAITING_NOTICE_DELAY_SECONDS (tests shorten it). */
  waitingNoticeDelaySeconds?: number;
  /** Config.joinFormMinSeconds; default FORM_MIN_SECONDS. */
  formMinSeconds?: number;
}

/** The resolvers with their services: plain constructors, no injection framework. */
export function createResolvers(
  options: ServiceOptions & {
    countCacheSeconds: number;
    facets?: FacetsOptions;
    /** Where embeds' snippets point (the server fills it in once it listens). */
    embedLinks?: EmbedLinks;
    /** Told the key of an embed changed or deleted, after the commit (the server's EmbedDirectory forgets it). */
    embedChanged?: (key: string) => void;
  },
): ContainerType {
  const places = new PlaceService();
  const groups = new GroupService(places, options);
  const memberships = new MembershipService(options.mailer, options.dashboardUrl);
  const history = new HistoryService();
  const units = new UnitService(memberships, history);
  const organisations = new OrganisationService(memberships, history);
  const notifier = new JoinNotifier(options);
  // A group that opens or ends tells those on its waiting list.
  const groupEditing = new GroupEditingService(history, notifier);
  const venueService = new VenueEditingService(history, places);
  const venueEditing = new VenueEditingResolver(venueService);
  const embeds = new EmbedService(history, options.embedChanged);
  const queue = new QueueService({ keys: options.keys, notifier, groups: groupEditing });
  const joining = new JoinService({ ...options, places: queue });
  const instances = new Map<unknown, unknown>([
    [GroupResolver, new GroupResolver(groups)],
    [GroupConnectionResolver, new GroupConnectionResolver()],
    [OrganisationResolver, new OrganisationResolver(organisations, groups, units, memberships, history)],
    [
      HistoryResolver,
      new HistoryResolver(history, {
        ORGANISATION: (context, id, values, changeId) => organisations.revert(context.db, signedIn(context), id, values, changeId, context.now),
        UNIT: (context, id, values, changeId) => units.revert(context.db, signedIn(context), id, values, changeId, context.now),
        VENUE: (context, id, values, changeId) => venueService.revert(context.db, signedIn(context), id, values, changeId, context.now),
        GROUP: (context, id, values, changeId) => groupEditing.revert(context.db, signedIn(context), id, values, changeId, context.now),
        EMBED: (context, id, values, changeId) => embeds.revert(context.db, signedIn(context), id, values, changeId, context.now),
      }),
    ],
    [UnitResolver, new UnitResolver(units, memberships)],
    [GroupEditingResolver, new GroupEditingResolver(groupEditing)],
    [OrganisationGroupsEditingResolver, new OrganisationGroupsEditingResolver(groupEditing)],
    [VenueEditingResolver, venueEditing],
    [OrganisationVenuesResolver, new OrganisationVenuesResolver(venueService)],
    [MembershipResolver, new MembershipResolver(memberships)],
    [AuthResolver, new AuthResolver(new AuthService({ ...options, memberships }))],
    [MunicipalityResolver, new MunicipalityResolver(new MunicipalityService())],
    [TopicResolver, new TopicResolver()],
    [JoinResolver, new JoinResolver(joining)],
    [MessageResolver, new MessageResolver(new MessageService(options, joining))],
    [DataSubjectResolver, new DataSubjectResolver(new DataSubjectService({ keys: options.keys, places: queue }))],
    [EmbedResolver, new EmbedResolver(embeds, options.embedLinks ?? { publicUrl: '' })],
    [QueueResolver, new QueueResolver(queue)],
  ]);
  return {
    get(resolverClass) {
      const instance = instances.get(resolverClass);
      if (!instance) throw new Error(`No instance for ${String(resolverClass)}`);
      return instance;
    },
  };
}

/** As type-graphql validates by default, with unknown values allowed (arguments are GraphQL-typed already). */
const VALIDATOR_OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Arguments checked by their class-validator constraints, as type-graphql does itself (objects and
 * lists of objects; ArgumentValidationError, which formatError turns into the constraint's code), but
 * with class-validator imported once: type-graphql requires it anew for every argument it validates.
 */
async function validateArgument(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
    else await validateOrReject(value, VALIDATOR_OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

/** The schema; without a container (printing it), resolvers are never called. */
export async function createSchema(container?: ContainerType): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, container, validateFn: validateArgument });
  // The fields resolved for every group of a page, without type-graphql's wrappers.
  readGettersDirectly(schema);
  if (container) resolveNextMeetingsDirectly(schema, (await container.get(GroupResolver, {} as ResolverData)) as GroupResolver);
  return guardFields(schema);
}
