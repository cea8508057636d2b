import { LIMITS, nextMeetings, type Language } from '@groupfinder/domain';
import type { Locale, MessageKey } from '@groupfinder/translations';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Kind, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema, type SelectionNode } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Meeting } from '../meetings/meeting.type';
import { NextMeetingsCache } from '../meetings/next-meetings-cache';
import { Public } from '../kernel/access';
import type { Context } from '../kernel/context';
import { LanguageEnum } from '../kernel/enums';
import { label } from '../kernel/label';
import { AppError } from '../kernel/errors';
import { FACET_DIMENSIONS, GroupService, type FacetCount, type FacetDimension, type Facets, type GroupPage, type GroupSearch } from './group.service';
import { Group, GroupConnection, GroupFacets, GroupWidening } from './group.type';
import { GroupsArgs } from './groups.args';

const FACET_LABELS: Record<FacetDimension, (value: string) => MessageKey> = {
  topics: (value) => `topic.${value}` as MessageKey,
  audience: (value) => `audience.${value}` as MessageKey,
  ageBands: (value) => `ageBand.${value}` as MessageKey,
  formats: (value) => `format.${value}` as MessageKey,
  languages: (value) => `language.${value}` as MessageKey,
  enrolment: (value) => `enrolment.${value}` as MessageKey,
  weekdays: (value) => `weekday.${value}` as MessageKey,
};

function labelled(facets: Facets, locale: Locale): GroupFacets {
  const entries = Object.entries(facets) as [FacetDimension, FacetCount[]][];
  return Object.assign(
    new GroupFacets(),
    Object.fromEntries(
      entries.map(([dimension, counts]) => [
        dimension,
        counts.map((count) => ({
          // Languages are upper case on the wire, like the Language enum.
          value: dimension === 'languages' ? count.value.toUpperCase() : count.value,
          label: label(locale, FACET_LABELS[dimension](count.value)),
          count: count.count,
        })),
      ]),
    ),
  );
}

/** A page of groups as a connection, in the caller's language; counts and facets are computed only when selected. */
export function toConnection(page: GroupPage, context: Context): GroupConnection {
  let counting: Promise<number> | undefined;
  return Object.assign(new GroupConnection(), {
    edges: page.hits.map((hit) => ({ cursor: hit.cursor, node: Group.from(hit.group, context.locale, context.now), distanceKm: hit.distanceKm })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.hits.at(-1)?.cursor ?? null },
    source: {
      // totalCount and totalCountCapped share one count.
      count: () => (counting ??= page.count()),
      facets: async (dimensions: readonly FacetDimension[]) => {
        const facets = await page.facets(dimensions);
        return facets && labelled(facets, context.locale);
      },
      widenings: async () => (await page.widenings()).map((widening) => Object.assign(new GroupWidening(), { ...widening, count: Math.min(widening.count, LIMITS.countMax) })),
    },
  });
}

/** The fields selected under this one (through fragments too), by name. */
function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet.selections);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet?.selections ?? []);
  return names;
}

const DAY_MS = 86_400_000;

function withinMeetingsWindow(from: Date, now: Date): boolean {
  return Math.abs(from.getTime() - now.getTime()) <= LIMITS.meetingsFromMaxDays * DAY_MS;
}

@Resolver(() => Group)
export class GroupResolver {
  constructor(
    private readonly groupService: GroupService,
    private readonly upcoming = new NextMeetingsCache(),
  ) {}

  @Public()
  @Query(() => GroupConnection, { description: 'Public. Groups matching the filter, in a stable order.' })
  async groups(@Args(() => GroupsArgs) args: GroupsArgs, @Ctx() context: Context): Promise<GroupConnection> {
    const search: GroupSearch = { ...args, locale: context.locale, now: context.now, embed: context.embed?.scope };
    return toConnection(await this.groupService.search(context.db, search), context);
  }

  @Public()
  @Query(() => Group, { description: 'Public. One group by its slug; GROUP_NOT_FOUND when there is none.' })
  async group(
    @Arg('slug', () => String) slug: string,
    @Ctx() context: Context,
    @Arg('locale', () => LanguageEnum, { nullable: true }) _locale?: Language,
  ): Promise<Group> {
    return Group.from(await this.groupService.bySlug(context.db, slug, context.embed?.scope), context.locale, context.now);
  }

  @FieldResolver(() => [Meeting], {
    description: 'The coming meetings from `from` (default now): cancelled ones included and marked, moved ones at their new time, none inside a pause.',
  })
  nextMeetings(
    @Root() group: Group,
    @Arg('first', () => Int, { defaultValue: 3, description: `How many, 1 to ${LIMITS.meetingsMax}.` }) first: number,
    @Arg('from', () => GraphQLDateTimeISO, { nullable: true, description: `From this moment, at most ${LIMITS.meetingsFromMaxDays} days before or after now; default now.` }) from: Date | null | undefined,
    @Ctx() context: Context,
  ): Meeting[] {
    // Checked here rather than by class-validator, which would cost more than the answer for each group of a page.
    if (!Number.isInteger(first) || first < 1 || first > LIMITS.meetingsMax) throw new AppError('MEETINGS_OUT_OF_RANGE', { max: LIMITS.meetingsMax });
    // Expanding a rule up to a far year costs time for every group of the page: `from` stays near now.
    if (from && !withinMeetingsWindow(from, context.now)) {
      throw new AppError('MEETINGS_FROM_OUT_OF_RANGE', { days: LIMITS.meetingsFromMaxDays });
    }
    if (!group.storedSchedule) return [];
    const meetings = from ? nextMeetings(group.storedSchedule, { from, count: first }) : this.upcoming.get(group.id, group.storedSchedule, first, context.now);
    return meetings.map((meeting) => Meeting.from(meeting, context.locale));
  }
}

/**
 * `Group.nextMeetings` straight to its method: type-graphql's resolver wrapper converts and awaits
 * every parameter of every call (a promise each, a class-validator pass for a `from`), twenty times
 * a page, where GraphQL has already coerced both arguments (Int, DateTimeISO) and no middleware or
 * access rule applies to the field. Called on the built schema, before access rules are added.
 */
export function resolveNextMeetingsDirectly(schema: GraphQLSchema, resolver: GroupResolver): void {
  const field = (schema.getType('Group') as GraphQLObjectType | undefined)?.getFields()['nextMeetings'];
  if (!field) throw new Error('The schema has no Group.nextMeetings');
  field.resolve = (group: Group, args: { first: number; from?: Date | null }, context: Context) => resolver.nextMeetings(group, args.first, args.from, context);
}

@Resolver(() => GroupConnection)
export class GroupConnectionResolver {
  @FieldResolver(() => Int, {
    complexity: LIMITS.queryCountCost,
    description: `How many groups match, on every page, counted up to ${LIMITS.countMax.toLocaleString('en')}: when more match, totalCountCapped is true.`,
  })
  async totalCount(@Root() connection: GroupConnection): Promise<number> {
    return Math.min(await connection.source.count(), LIMITS.countMax);
  }

  @FieldResolver(() => Boolean, { description: `More groups match than totalCount says ("${LIMITS.countMax.toLocaleString('en')}+").` })
  async totalCountCapped(@Root() connection: GroupConnection): Promise<boolean> {
    return (await connection.source.count()) > LIMITS.countMax;
  }

  @FieldResolver(() => GroupFacets, {
    nullable: true,
    description:
      "Counts per filter value for the same search, each filter's own choice left out; only the dimensions selected are counted. Null when they could not be counted in time (a search through many groups at a busy moment): they are being counted, ask again.",
  })
  facets(@Root() connection: GroupConnection, @Info() info: GraphQLResolveInfo): Promise<GroupFacets | null> {
    const selected = selectedFields(info);
    return connection.source.facets(FACET_DIMENSIONS.filter((dimension) => selected.has(dimension)));
  }

  @FieldResolver(() => [GroupWidening], {
    complexity: LIMITS.queryCountCost * 4,
    description:
      'How the same search could find more groups: in the neighbouring municipalities or online too, without the words, without a filter or without them all; only the ways that would find some, each with its count. For an empty result, to suggest what to widen.',
  })
  widenings(@Root() connection: GroupConnection): Promise<GroupWidening[]> {
    return connection.source.widenings();
  }
}
