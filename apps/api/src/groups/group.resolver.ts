import { LIMITS, nextMeetings, type Language } from '@groupfinder/domain';
import { translate, type Locale, type MessageKey } from '@groupfinder/translations';
import { Max, Min } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Meeting } from '../meetings/meeting.type';
import { Public } from '../server/access';
import type { Context } from '../server/context';
import { LanguageEnum } from '../server/enums';
import { validationCode } from '../server/validation';
import type { FacetCount, Facets, GroupPage, GroupSearch } from './group.service';
import { GroupService } from './group.service';
import { Group, GroupConnection, GroupFacets } from './group.type';
import { GroupsArgs } from './groups.args';

const FACET_LABELS: Record<keyof Facets, (value: string) => MessageKey> = {
  topics: (value) => `topic.${value}` as MessageKey,
  audience: (value) => `audience.${value}` as MessageKey,
  ageBands: (value) => `ageBand.${value}` as MessageKey,
  formats: (value) => `format.${value}` as MessageKey,
  languages: (value) => `language.${value}` as MessageKey,
  enrolment: (value) => `enrolment.${value}` as MessageKey,
  weekdays: (value) => `weekday.${value}` as MessageKey,
};

function labelled(facets: Facets, locale: Locale): GroupFacets {
  const entries = Object.entries(facets) as [keyof Facets, FacetCount[]][];
  return Object.assign(
    new GroupFacets(),
    Object.fromEntries(
      entries.map(([dimension, counts]) => [
        dimension,
        counts.map((count) => ({
          // Languages are upper case on the wire, like the Language enum.
          value: dimension === 'languages' ? count.value.toUpperCase() : count.value,
          label: translate(locale, FACET_LABELS[dimension](count.value)),
          count: count.count,
        })),
      ]),
    ),
  );
}

/** A page of groups as a connection, in the caller's language; counts and facets are computed only when selected. */
export function toConnection(page: GroupPage, search: GroupSearch, service: GroupService, context: Context): GroupConnection {
  return Object.assign(new GroupConnection(), {
    edges: page.hits.map((hit) => ({ cursor: hit.cursor, node: Group.from(hit.group, context.request.locale), distanceKm: hit.distanceKm })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.hits.at(-1)?.cursor ?? null },
    source: {
      count: page.totalCount,
      facets: async () => labelled(await service.facets(search), context.request.locale),
    },
  });
}

@ArgsType()
class NextMeetingsArgs {
  @Field(() => Int, { defaultValue: 3, description: `How many, 1 to ${LIMITS.meetingsMax}.` })
  @Min(1, validationCode('MEETINGS_OUT_OF_RANGE', { max: LIMITS.meetingsMax }))
  @Max(LIMITS.meetingsMax, validationCode('MEETINGS_OUT_OF_RANGE', { max: LIMITS.meetingsMax }))
  first: number = 3;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'From this moment; default now.' })
  from?: Date | null;
}

@Resolver(() => Group)
export class GroupResolver {
  constructor(private readonly groupService: GroupService) {}

  @Public()
  @Query(() => GroupConnection, { description: 'Public. Groups matching the filter, in a stable order.' })
  async groups(@Args(() => GroupsArgs) args: GroupsArgs, @Ctx() context: Context): Promise<GroupConnection> {
    const search: GroupSearch = { ...args, locale: context.request.locale };
    return toConnection(await this.groupService.search(search), search, this.groupService, context);
  }

  @Public()
  @Query(() => Group, { description: 'Public. One group by its slug; GROUP_NOT_FOUND when there is none.' })
  async group(
    @Arg('slug', () => String) slug: string,
    @Ctx() context: Context,
    @Arg('locale', () => LanguageEnum, { nullable: true }) _locale?: Language,
  ): Promise<Group> {
    return Group.from(await this.groupService.bySlug(slug), context.request.locale);
  }

  @FieldResolver(() => [Meeting], {
    description: 'The coming meetings from `from` (default now): cancelled ones included and marked, moved ones at their new time, none inside a pause.',
  })
  nextMeetings(@Root() group: Group, @Args(() => NextMeetingsArgs) args: NextMeetingsArgs, @Ctx() context: Context): Meeting[] {
    if (!group.storedSchedule) return [];
    return nextMeetings(group.storedSchedule, { from: args.from ?? new Date(), count: args.first }).map((meeting) =>
      Meeting.from(meeting, context.request.locale),
    );
  }
}

@Resolver(() => GroupConnection)
export class GroupConnectionResolver {
  @FieldResolver(() => Int, { description: 'All groups that match, on every page.' })
  totalCount(@Root() connection: GroupConnection): Promise<number> {
    return connection.source.count();
  }

  @FieldResolver(() => GroupFacets, { description: "Counts per filter value for the same search, each filter's own choice left out." })
  facets(@Root() connection: GroupConnection): Promise<GroupFacets> {
    return connection.source.facets();
  }
}
