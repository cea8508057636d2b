import type { EmbedFields } from '@groupfinder/domain';
import { IsUUID, ValidateNested } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Change } from '../history/change.type';
import { Allow, Public, signedIn } from '../kernel/access';
import type { Context } from '../kernel/context';
import { EditInput } from '../kernel/edit.input';
import { LocalizedText } from '../kernel/localized-text';
import { validationCode } from '../kernel/validation';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { Municipality } from '../municipalities/municipality.type';
import type { EmbedEntity } from './embed.entity';
import { embedSnippet } from './embed-pages';
import { embedFieldsOf, type EmbedService } from './embed.service';
import { EditableEmbed, EmbedFieldsType, EmbedSettings } from './embed.type';

const EDITORS = ['PLATFORM_ADMIN', 'MUNICIPALITY_EDITOR'] as const;

@InputType()
export class CreateEmbedInput {
  @Field(() => ID)
  @IsUUID('all', validationCode('NOT_FOUND'))
  municipalityId: string;

  @Field(() => EmbedFieldsType)
  @ValidateNested()
  fields: EmbedFieldsType;
}

@InputType({ description: 'Every field as the editor wants it; the fields that differ are the change.' })
export class UpdateEmbedInput extends EditInput {
  @Field(() => EmbedFieldsType)
  @ValidateNested()
  fields: EmbedFieldsType;
}

const plain = (fields: EmbedFieldsType): EmbedFields => JSON.parse(JSON.stringify(fields)) as EmbedFields;

/** Where the snippet points: the API's public address (PUBLIC_URL), which serves the script and the frame page. */
export interface EmbedLinks {
  publicUrl: string;
}

@Resolver(() => EditableEmbed)
export class EmbedResolver {
  constructor(
    private readonly service: EmbedService,
    private readonly links: EmbedLinks,
  ) {}

  private editable(embed: EmbedEntity): EditableEmbed {
    return Object.assign(new EditableEmbed(), {
      id: embed.id,
      key: embed.key,
      municipality: Municipality.from(embed.municipality as MunicipalityEntity),
      version: embed.version,
      updatedAt: embed.updatedAt,
      fields: embedFieldsOf(embed),
      snippet: embedSnippet(this.links.publicUrl, embed.key),
      frameUrl: `${this.links.publicUrl}/embed/${embed.key}`,
    });
  }

  @Allow(...EDITORS)
  @Query(() => [Municipality], { description: 'Municipality editors: the municipalities whose embeds they edit (platform admins: all), by name.' })
  async embedMunicipalities(@Ctx() context: Context): Promise<Municipality[]> {
    return (await this.service.municipalities(context.db, signedIn(context))).map(Municipality.from);
  }

  @Allow(...EDITORS)
  @Query(() => [EditableEmbed], { description: 'Municipality editors: the embeds of their municipalities, by municipality and name.' })
  async embeds(@Ctx() context: Context): Promise<EditableEmbed[]> {
    return (await this.service.list(context.db, signedIn(context))).map((embed) => this.editable(embed));
  }

  @Allow(...EDITORS)
  @Query(() => EditableEmbed, { description: 'Municipality editors: one embed of theirs; NOT_FOUND for others.' })
  async embed(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<EditableEmbed> {
    return this.editable(await this.service.editable(context.db, signedIn(context), id));
  }

  @Allow(...EDITORS)
  @Mutation(() => EditableEmbed, { description: 'Municipality editors: a new embed of their municipality, with a new public key.' })
  async createEmbed(@Arg('input', () => CreateEmbedInput) input: CreateEmbedInput, @Ctx() context: Context): Promise<EditableEmbed> {
    return this.editable(await this.service.create(context.db, signedIn(context), input.municipalityId, plain(input.fields), context.now));
  }

  @Allow(...EDITORS)
  @Mutation(() => EditableEmbed, { description: 'Municipality editors: saves the fields from `version`; pages showing it follow within EMBED_CACHE_SECONDS.' })
  async updateEmbed(@Arg('input', () => UpdateEmbedInput) input: UpdateEmbedInput, @Ctx() context: Context): Promise<EditableEmbed> {
    return this.editable(await this.service.update(context.db, signedIn(context), { ...plain(input.fields), id: input.id, version: input.version }, context.now));
  }

  @Allow(...EDITORS)
  @Mutation(() => EditableEmbed, { description: 'Municipality editors: deletes it from `version`; its key stops working (EMBED_NOT_FOUND). Its history stays.' })
  async deleteEmbed(@Arg('input', () => EditInput) input: EditInput, @Ctx() context: Context): Promise<EditableEmbed> {
    return this.editable(await this.service.delete(context.db, signedIn(context), input));
  }

  @FieldResolver(() => [Change], { nullable: true, description: 'Its municipality’s editors: its changes, newest first.' })
  history(@Root() embed: EditableEmbed, @Ctx() context: Context): Promise<Change[]> {
    return this.service.changes(context.db, signedIn(context), embed.id, context.locale);
  }

  @Public()
  @Query(() => EmbedSettings, { nullable: true, description: 'Public. How the finder of the embed this request is made through (`/graphql?embed=<key>`) looks and what it says; null without one.' })
  embedSettings(@Ctx() context: Context): EmbedSettings | null {
    const embed = context.embed;
    if (!embed) return null;
    const { locale } = context;
    return Object.assign(new EmbedSettings(), {
      defaultLanguage: embed.defaultLanguage,
      accentColour: embed.accentColour,
      font: embed.font,
      contactText: LocalizedText.pick(embed.contactText, locale, embed.defaultLanguage),
      crisisText: LocalizedText.pick(embed.crisisText, locale, embed.defaultLanguage),
      country: embed.scope.country,
      municipalityName: embed.municipalityName,
      municipalityCode: embed.municipalityCode,
    });
  }
}
