import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, signedIn } from '../kernel/access';
import type { Context } from '../kernel/context';
import { Organisation } from '../organisations/organisation.type';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Invitation } from '../users/invitation.type';
import { Member } from '../users/member.type';
import type { MembershipService } from '../users/membership.service';
import { CreateUnitInput, UpdateUnitInput } from './create-unit.input';
import { Change } from '../history/change.type';
import { EditInput } from '../kernel/edit.input';
import type { UnitService } from './unit.service';
import { Unit } from './unit.type';

@Resolver(() => Unit)
export class UnitResolver {
  constructor(
    private readonly unitService: UnitService,
    private readonly membershipService: MembershipService,
  ) {}

  @Query(() => Unit, { description: 'A unit the caller administers (directly or through its organisation).' })
  async unit(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Unit> {
    return Unit.from(await this.unitService.administered(context.db, signedIn(context), id));
  }

  @Allow('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Mutation(() => Unit, { description: 'Adds a local unit to an organisation the caller administers.' })
  async createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() context: Context): Promise<Unit> {
    return Unit.from(await this.unitService.create(context.db, signedIn(context), input));
  }

  @Allow('PLATFORM_ADMIN', 'ORGANISATION_ADMIN', 'UNIT_ADMIN')
  @Mutation(() => Unit, { description: 'Its admins: renames a unit from `version`; CONFLICT (nothing changed) when someone saved since.' })
  async updateUnit(@Arg('input', () => UpdateUnitInput) input: UpdateUnitInput, @Ctx() context: Context): Promise<Unit> {
    return Unit.from(await this.unitService.update(context.db, signedIn(context), input, context.now));
  }

  @Allow('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Mutation(() => Unit, { description: 'Its organisation’s admins: a unit that runs no group in the finder takes no new ones (UNIT_RUNS_GROUPS otherwise).' })
  async archiveUnit(@Arg('input', () => EditInput) input: EditInput, @Ctx() context: Context): Promise<Unit> {
    return Unit.from(await this.unitService.archive(context.db, signedIn(context), input, context.now));
  }

  @Allow('PLATFORM_ADMIN', 'ORGANISATION_ADMIN')
  @Mutation(() => Unit, { description: 'Its organisation’s admins: takes an archived unit back.' })
  async restoreUnit(@Arg('input', () => EditInput) input: EditInput, @Ctx() context: Context): Promise<Unit> {
    return Unit.from(await this.unitService.restore(context.db, signedIn(context), input, context.now));
  }

  @Allow('ORGANISATION_ADMIN', 'UNIT_ADMIN')
  @FieldResolver(() => [Change], { nullable: true, description: 'Its admins: its changes, newest first.' })
  history(@Root() unit: Unit, @Ctx() context: Context): Promise<Change[]> {
    return this.unitService.changes(context.db, signedIn(context), unit.id, context.locale);
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() unit: Unit, @Ctx() context: Context): Promise<Organisation> {
    return Organisation.from(await context.db.findOneByOrFail(OrganisationEntity, { id: unit.organisationId }));
  }

  @Allow('ORGANISATION_ADMIN', 'UNIT_ADMIN')
  @FieldResolver(() => [Member], {
    nullable: true, description: 'Admins of the unit or its organisation: the people with a role in it.' })
  members(@Root() unit: Unit, @Ctx() context: Context): Promise<Member[]> {
    return this.membershipService.members(context.db, signedIn(context), { unitId: unit.id }, context.locale);
  }

  @Allow('ORGANISATION_ADMIN', 'UNIT_ADMIN')
  @FieldResolver(() => [Invitation], {
    nullable: true, description: 'Admins of the unit or its organisation: invitations not yet accepted.' })
  invitations(@Root() unit: Unit, @Ctx() context: Context): Promise<Invitation[]> {
    return this.membershipService.invitations(context.db, signedIn(context), { unitId: unit.id }, context.now, context.locale);
  }
}
