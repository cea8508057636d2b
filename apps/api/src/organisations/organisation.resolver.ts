import type { Language } from '@groupfinder/domain';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { toConnection } from '../groups/group.resolver';
import { GroupService } from '../groups/group.service';
import { GroupConnection } from '../groups/group.type';
import { GroupSort, PageArgs } from '../groups/groups.args';
import { Public } from '../kernel/access';
import type { Context } from '../kernel/context';
import { LanguageEnum } from '../kernel/enums';
import { OrganisationService } from './organisation.service';
import { Organisation } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(
    private readonly organisationService: OrganisationService,
    private readonly groupService: GroupService,
  ) {}

  @Public()
  @Query(() => [Organisation], { description: 'Public. The organisations that run groups, by name.' })
  async organisations(
    @Ctx() _context: Context,
    @Arg('locale', () => LanguageEnum, { nullable: true }) _locale?: Language,
  ): Promise<Organisation[]> {
    return (await this.organisationService.list()).map(Organisation.from);
  }

  @FieldResolver(() => GroupConnection, { description: 'Its groups, by slug.' })
  async groups(@Root() organisation: Organisation, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context): Promise<GroupConnection> {
    const search = { ...page, organisationId: organisation.id, sort: GroupSort.NAME, locale: context.request.locale };
    return toConnection(await this.groupService.search(search), context);
  }
}
