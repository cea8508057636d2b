import type { Language } from '@groupfinder/domain';
import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../server/access';
import type { Context } from '../server/context';
import { LanguageEnum } from '../server/enums';
import type { GroupPage } from './group.service';
import { GroupService } from './group.service';
import { Group, GroupConnection } from './group.type';
import { GroupsArgs } from './groups.args';

/** A page of group entities as a connection, in the caller's language. */
export function toConnection(page: GroupPage, context: Context): GroupConnection {
  return Object.assign(new GroupConnection(), {
    edges: page.groups.map((group, index) => ({ cursor: page.cursors[index] as string, node: Group.from(group, context.request.locale) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    totalCount: page.totalCount,
  });
}

@Resolver(() => Group)
export class GroupResolver {
  constructor(private readonly groupService: GroupService) {}

  @Public()
  @Query(() => GroupConnection, { description: 'Public. Groups matching the filter, in a stable order.' })
  async groups(@Args(() => GroupsArgs) args: GroupsArgs, @Ctx() context: Context): Promise<GroupConnection> {
    return toConnection(await this.groupService.search(args), context);
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
}
