import type { GroupFields } from '@groupfinder/domain';
import { IsUUID, ValidateNested } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Change } from '../../history/change.type';
import { Allow, signedIn } from '../../kernel/access';
import type { Context } from '../../kernel/context';
import { EditInput } from '../../kernel/edit.input';
import { validationCode } from '../../kernel/validation';
import { Organisation } from '../../organisations/organisation.type';
import type { GroupEntity } from '../group.entity';
import { fieldsOf, type GroupEditingService } from './group-editing.service';
import { EditableGroup, GroupFieldsType } from './group-fields.type';

const EDITORS = ['PLATFORM_ADMIN', 'ORGANISATION_ADMIN', 'UNIT_ADMIN', 'EDITOR'] as const;

@InputType()
export class CreateGroupInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  organisationId: string;

  @Field(() => GroupFieldsType)
  @ValidateNested()
  fields: GroupFieldsType;
}

@InputType({ description: 'Every field as the editor wants it; the fields that differ from the stored ones are the change.' })
export class UpdateGroupInput extends EditInput {
  @Field(() => GroupFieldsType)
  @ValidateNested()
  fields: GroupFieldsType;
}

/** The input's fields as plain values (nested input objects are class instances). */
const plain = (fields: GroupFieldsType): GroupFields => JSON.parse(JSON.stringify(fields)) as GroupFields;

function editable(group: GroupEntity): EditableGroup {
  return Object.assign(new EditableGroup(), {
    id: group.id,
    organisationId: group.organisationId,
    version: group.version,
    archivedAt: group.archivedAt,
    fields: fieldsOf(group),
  });
}

@Resolver(() => EditableGroup)
export class GroupEditingResolver {
  constructor(private readonly editing: GroupEditingService) {}

  @Query(() => EditableGroup, { description: 'A group as its editors see it; NOT_FOUND for anyone else, whether or not it exists.' })
  async editableGroup(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<EditableGroup> {
    return editable(await this.editing.editable(context.db, signedIn(context), id));
  }

  @Allow(...EDITORS)
  @Mutation(() => EditableGroup, { description: 'Its organisation’s or unit’s admins: a new group. INVALID_INPUT lists each problem at its field; nothing is saved then.' })
  async createGroup(@Arg('input', () => CreateGroupInput) input: CreateGroupInput, @Ctx() context: Context): Promise<EditableGroup> {
    return editable(await this.editing.create(context.db, signedIn(context), input.organisationId, plain(input.fields), context.now));
  }

  @Allow(...EDITORS)
  @Mutation(() => EditableGroup, { description: 'Its editors: saves the fields from `version`. CONFLICT when someone saved since, INVALID_INPUT with each problem at its field; nothing is saved then.' })
  async updateGroup(@Arg('input', () => UpdateGroupInput) input: UpdateGroupInput, @Ctx() context: Context): Promise<EditableGroup> {
    return editable(await this.editing.update(context.db, signedIn(context), { ...plain(input.fields), id: input.id, version: input.version }, context.now));
  }

  @Allow(...EDITORS)
  @Mutation(() => EditableGroup, { description: 'Its editors: takes the group out of the finder, keeping it and its history.' })
  async archiveGroup(@Arg('input', () => EditInput) input: EditInput, @Ctx() context: Context): Promise<EditableGroup> {
    return editable(await this.editing.archive(context.db, signedIn(context), input, context.now));
  }

  @Allow(...EDITORS)
  @Mutation(() => EditableGroup, { description: 'Its editors: puts an archived group back in the finder.' })
  async restoreGroup(@Arg('input', () => EditInput) input: EditInput, @Ctx() context: Context): Promise<EditableGroup> {
    return editable(await this.editing.restore(context.db, signedIn(context), input, context.now));
  }

  @FieldResolver(() => [Change], { description: 'Its changes, newest first.' })
  history(@Root() group: EditableGroup, @Ctx() context: Context): Promise<Change[]> {
    return this.editing.changes(context.db, signedIn(context), group.id, context.locale);
  }
}

/** The groups an organisation's editors may open, on the organisation. */
@Resolver(() => Organisation)
export class OrganisationGroupsEditingResolver {
  constructor(private readonly editing: GroupEditingService) {}

  @Allow(...EDITORS)
  @FieldResolver(() => [EditableGroup], { nullable: true, description: 'Its editors: the groups they may edit, archived ones too, by slug.' })
  async editableGroups(@Root() organisation: Organisation, @Ctx() context: Context): Promise<EditableGroup[]> {
    return (await this.editing.list(context.db, signedIn(context), organisation.id)).map(editable);
  }
}
