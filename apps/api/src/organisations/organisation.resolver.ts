import type { Language } from '@groupfinder/domain';
import { Arg, Args, Ctx, FieldResolver, ID, InputType, Field, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsUUID } from 'class-validator';
import { toConnection } from '../groups/group.resolver';
import { GroupService } from '../groups/group.service';
import { GroupConnection } from '../groups/group.type';
import { GroupSort, PageArgs } from '../groups/groups.args';
import { Allow, Public, signedIn } from '../kernel/access';
import { AppError } from '../kernel/errors';
import { validationCode } from '../kernel/validation';
import { Unit } from '../units/unit.type';
import type { UnitService } from '../units/unit.service';
import { Invitation } from '../users/invitation.type';
import { Member } from '../users/member.type';
import type { MembershipService } from '../users/membership.service';
import { OrganisationEntity } from './organisation.entity';
import { CreateOrganisationInput, UpdateOrganisationInput } from './update-organisation.input';
import { EditInput } from '../kernel/edit.input';
import { Change } from '../history/change.type';
import type { HistoryService } from '../history/history.service';
import type { Context } from '../kernel/context';
import { LanguageEnum } from '../kernel/enums';
import { OrganisationService } from './organisation.service';
import { Organisation } from './organisation.type';

@InputType()
export class SetSecondFactorRequirementInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  organisationId: string;

  @Field(() => Boolean)
  required: boolean;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(
    private readonly organisationService: OrganisationService,
    private readonly groupService: GroupService,
    private readonly unitService: UnitService,
    private readonly membershipService: MembershipService,
    private readonly historyService: HistoryService,
  ) {}

  @Allow('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Mutation(() => Organisation, { description: 'Its admins: saves an edit made from `version`; CONFLICT (nothing changed) when someone saved since.' })
  async updateOrganisation(@Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput, @Ctx() context: Context): Promise<Organisation> {
    return Organisation.from(await this.organisationService.update(context.db, signedIn(context), input, context.now));
  }

  @Allow('PLATFORM_ADMIN')
  @Mutation(() => Organisation, { description: 'Platform admins: a new organisation (SLUG_TAKEN when the slug is another’s).' })
  async createOrganisation(@Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput, @Ctx() context: Context): Promise<Organisation> {
    return Organisation.from(await this.organisationService.create(context.db, signedIn(context), input, context.now));
  }

  @Allow('PLATFORM_ADMIN')
  @Mutation(() => Organisation, { description: 'Platform admins: out of the finder’s lists once it runs no group there (ORGANISATION_RUNS_GROUPS otherwise).' })
  async archiveOrganisation(@Arg('input', () => EditInput) input: EditInput, @Ctx() context: Context): Promise<Organisation> {
    return Organisation.from(await this.organisationService.archive(context.db, signedIn(context), input, context.now));
  }

  @Allow('PLATFORM_ADMIN')
  @Mutation(() => Organisation, { description: 'Platform admins: takes an archived organisation back.' })
  async restoreOrganisation(@Arg('input', () => EditInput) input: EditInput, @Ctx() context: Context): Promise<Organisation> {
    return Organisation.from(await this.organisationService.restore(context.db, signedIn(context), input, context.now));
  }

  @Allow('ORGANISATION_ADMIN')
  @FieldResolver(() => [Change], { nullable: true, description: 'Its admins: its changes, newest first.' })
  async history(@Root() organisation: Organisation, @Ctx() context: Context): Promise<Change[]> {
    await this.membershipService.administeredOrganisation(context.db, signedIn(context), organisation.id);
    return this.historyService.list(context.db, 'ORGANISATION', organisation.id, context.locale);
  }

  @Public()
  @Query(() => Organisation, { description: 'Public. One organisation by its slug; NOT_FOUND when there is none.' })
  async organisation(
    @Arg('slug', () => String) slug: string,
    @Ctx() context: Context,
    @Arg('locale', () => LanguageEnum, { nullable: true }) _locale?: Language,
  ): Promise<Organisation> {
    const organisation = await context.db.findOneBy(OrganisationEntity, { slug });
    if (!organisation) throw new AppError('NOT_FOUND');
    return Organisation.from(organisation);
  }

  @Query(() => [Organisation], { description: 'The organisations the caller administers, whole or through a unit (all, for a platform admin).' })
  async myOrganisations(@Ctx() context: Context): Promise<Organisation[]> {
    return (await this.membershipService.administeredOrganisations(context.db, signedIn(context))).map(Organisation.from);
  }

  @Allow('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Mutation(() => Organisation, { description: 'Requires (or stops requiring) a second factor of every admin of the organisation and its units.' })
  async setSecondFactorRequirement(@Arg('input', () => SetSecondFactorRequirementInput) input: SetSecondFactorRequirementInput, @Ctx() context: Context): Promise<Organisation> {
    return Organisation.from(await this.membershipService.setSecondFactorRequirement(context.db, signedIn(context), input.organisationId, input.required));
  }

  @FieldResolver(() => [Unit], { description: 'Its local units, by name.' })
  async units(@Root() organisation: Organisation, @Ctx() context: Context): Promise<Unit[]> {
    return (await this.unitService.list(context.db, organisation.id)).map(Unit.from);
  }

  @Allow('ORGANISATION_ADMIN')
  @FieldResolver(() => Boolean, { nullable: true, description: 'Its admins: whether every admin of it must sign in with a second factor.' })
  async requireSecondFactor(@Root() organisation: Organisation, @Ctx() context: Context): Promise<boolean> {
    return (await this.membershipService.administeredOrganisation(context.db, signedIn(context), organisation.id)).requireSecondFactor;
  }

  @Allow('ORGANISATION_ADMIN')
  @FieldResolver(() => [Member], {
    nullable: true, description: 'Its admins: the people with a role in it or its units.' })
  members(@Root() organisation: Organisation, @Ctx() context: Context): Promise<Member[]> {
    return this.membershipService.members(context.db, signedIn(context), { organisationId: organisation.id }, context.locale);
  }

  @Allow('ORGANISATION_ADMIN')
  @FieldResolver(() => [Invitation], {
    nullable: true, description: 'Its admins: invitations to it or its units not yet accepted.' })
  invitations(@Root() organisation: Organisation, @Ctx() context: Context): Promise<Invitation[]> {
    return this.membershipService.invitations(context.db, signedIn(context), { organisationId: organisation.id }, context.now, context.locale);
  }

  @Public()
  @Query(() => [Organisation], { description: 'Public. The organisations that run groups, by name.' })
  async organisations(
    @Ctx() context: Context,
    @Arg('locale', () => LanguageEnum, { nullable: true }) _locale?: Language,
  ): Promise<Organisation[]> {
    return (await this.organisationService.list(context.db)).map(Organisation.from);
  }

  @FieldResolver(() => GroupConnection, { description: 'Its groups, by slug.' })
  async groups(@Root() organisation: Organisation, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context): Promise<GroupConnection> {
    // Through an embed, only the groups it shows, as everywhere else.
    const search = { ...page, organisationId: organisation.id, sort: GroupSort.NAME, locale: context.locale, now: context.now, embed: context.embed?.scope };
    return toConnection(await this.groupService.search(context.db, search), context);
  }
}
