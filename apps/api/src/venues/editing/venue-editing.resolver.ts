import type { VenueFields } from '@groupfinder/domain';
import { IsUUID, ValidateNested } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { Change } from '../../history/change.type';
import { Allow, signedIn } from '../../kernel/access';
import type { Context } from '../../kernel/context';
import { EditInput } from '../../kernel/edit.input';
import { validationCode } from '../../kernel/validation';
import { Organisation } from '../../organisations/organisation.type';
import type { VenueEntity } from '../venue.entity';
import { venueFieldsOf, type VenueEditingService } from './venue-editing.service';
import { EditableVenue, VenueFieldsType } from './venue-fields.type';

const ADMINS = ['PLATFORM_ADMIN', 'ORGANISATION_ADMIN'] as const;

@InputType()
export class CreateVenueInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  organisationId: string;

  @Field(() => VenueFieldsType)
  @ValidateNested()
  fields: VenueFieldsType;
}

@InputType({ description: 'Every field as the editor wants it; the fields that differ are the change.' })
export class UpdateVenueInput extends EditInput {
  @Field(() => VenueFieldsType)
  @ValidateNested()
  fields: VenueFieldsType;
}

const plain = (fields: VenueFieldsType): VenueFields => JSON.parse(JSON.stringify(fields)) as VenueFields;

async function editableVenues(context: Context, editing: VenueEditingService, venues: VenueEntity[]): Promise<EditableVenue[]> {
  const counts = await editing.groupCounts(
    context.db,
    venues.map((venue) => venue.id),
  );
  return venues.map((venue) =>
    Object.assign(new EditableVenue(), {
      id: venue.id,
      organisationId: venue.organisationId,
      version: venue.version,
      archivedAt: venue.archivedAt,
      fields: venueFieldsOf(venue),
      groupCount: counts.get(venue.id) ?? 0,
    }),
  );
}

@Resolver(() => EditableVenue)
export class VenueEditingResolver {
  constructor(private readonly editing: VenueEditingService) {}

  private async one(context: Context, venue: VenueEntity): Promise<EditableVenue> {
    const [editable] = await editableVenues(context, this.editing, [venue]);
    return editable as EditableVenue;
  }

  @Allow(...ADMINS)
  @Mutation(() => EditableVenue, { description: 'Its organisation’s admins: a new venue; the point comes from the gazetteer unless given.' })
  async createVenue(@Arg('input', () => CreateVenueInput) input: CreateVenueInput, @Ctx() context: Context): Promise<EditableVenue> {
    return this.one(context, await this.editing.create(context.db, signedIn(context), input.organisationId, plain(input.fields), context.now));
  }

  @Allow(...ADMINS)
  @Mutation(() => EditableVenue, { description: 'Its organisation’s admins: saves the fields from `version`; a rename reaches the search of every group there at once.' })
  async updateVenue(@Arg('input', () => UpdateVenueInput) input: UpdateVenueInput, @Ctx() context: Context): Promise<EditableVenue> {
    return this.one(context, await this.editing.update(context.db, signedIn(context), { ...plain(input.fields), id: input.id, version: input.version }, context.now));
  }

  @Allow(...ADMINS)
  @Mutation(() => EditableVenue, { description: 'Its organisation’s admins: offered for no new group; groups meeting there keep it.' })
  async archiveVenue(@Arg('input', () => EditInput) input: EditInput, @Ctx() context: Context): Promise<EditableVenue> {
    return this.one(context, await this.editing.archive(context.db, signedIn(context), input, context.now));
  }

  @Allow(...ADMINS)
  @Mutation(() => EditableVenue, { description: 'Its organisation’s admins: offers an archived venue again.' })
  async restoreVenue(@Arg('input', () => EditInput) input: EditInput, @Ctx() context: Context): Promise<EditableVenue> {
    return this.one(context, await this.editing.restore(context.db, signedIn(context), input, context.now));
  }

  @FieldResolver(() => [Change], { nullable: true, description: 'Its organisation’s admins: its changes, newest first.' })
  history(@Root() venue: EditableVenue, @Ctx() context: Context): Promise<Change[]> {
    return this.editing.changes(context.db, signedIn(context), venue.id, context.locale);
  }
}

@Resolver(() => Organisation)
export class OrganisationVenuesResolver {
  constructor(private readonly editing: VenueEditingService) {}

  @Allow('PLATFORM_ADMIN', 'ORGANISATION_ADMIN', 'UNIT_ADMIN', 'EDITOR')
  @FieldResolver(() => [EditableVenue], { nullable: true, description: 'Anyone holding a role in it: its venues, archived ones last.' })
  async venues(@Root() organisation: Organisation, @Ctx() context: Context): Promise<EditableVenue[]> {
    return editableVenues(context, this.editing, await this.editing.list(context.db, signedIn(context), organisation.id));
  }
}
