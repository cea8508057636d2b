import { embedProblems, normaliseEmbedFields, type EmbedFields } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import { isUUID } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { Change } from '../history/change.type';
import { createdFields, fieldChanges, revertedValues, type HistoryService } from '../history/history.service';
import { updateAtVersion } from '../history/versioned-update';
import { afterCommit } from '../kernel/after-commit';
import type { Author } from '../kernel/context';
import { AppError, InvalidInput, type InputProblem } from '../kernel/errors';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { EmbedEntity } from './embed.entity';

const COLUMNS: Record<keyof EmbedFields, string> = {
  name: 'name',
  neighbourCodes: 'neighbour_codes',
  includeOnline: 'include_online',
  onlineLanguages: 'online_languages',
  topics: 'topics',
  organisationIds: 'organisation_ids',
  defaultLanguage: 'default_language',
  accentColour: 'accent_colour',
  font: 'font',
  allowedOrigins: 'allowed_origins',
  contactText: 'contact_text',
  crisisText: 'crisis_text',
};
const FIELD_NAMES = Object.keys(COLUMNS) as (keyof EmbedFields)[];

export function embedFieldsOf(embed: EmbedEntity): EmbedFields {
  return Object.fromEntries(FIELD_NAMES.map((field) => [field, embed[field]])) as unknown as EmbedFields;
}

/** A new public key: 128 random bits, URL-safe. Not a secret (it is in the page); unguessable, so nobody finds others' embeds by counting. */
function newKey(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The one write path of embeds: a municipality's editors (and platform admins) create, change and
 * delete them; row-level security allows no one else. Every change goes to the history.
 */
export class EmbedService {
  constructor(
    private readonly history: HistoryService,
    /** Told a key whose embed changed or went, once the change is committed (the process's EmbedDirectory forgets it). */
    private readonly changed: (key: string) => void = () => undefined,
  ) {}

  /** The embeds of the municipalities the viewer edits, by municipality and name. */
  list(db: EntityManager, viewer: Author): Promise<EmbedEntity[]> {
    const { platformAdmin, municipalityIds } = viewer.scope;
    if (!platformAdmin && municipalityIds.length === 0) return Promise.resolve([]);
    return db.find(EmbedEntity, {
      where: platformAdmin ? {} : { municipalityId: In(municipalityIds) },
      relations: { municipality: true },
      order: { municipality: { name: 'ASC' }, name: 'ASC', id: 'ASC' },
    });
  }

  /** The municipalities the viewer may make embeds for, by country and name. */
  municipalities(db: EntityManager, viewer: Author): Promise<MunicipalityEntity[]> {
    const { platformAdmin, municipalityIds } = viewer.scope;
    if (!platformAdmin && municipalityIds.length === 0) return Promise.resolve([]);
    return db.find(MunicipalityEntity, { where: platformAdmin ? {} : { id: In(municipalityIds) }, order: { country: 'ASC', name: 'ASC' } });
  }

  /** One embed the viewer edits; NOT_FOUND for others. */
  async editable(db: EntityManager, viewer: Author, id: string): Promise<EmbedEntity> {
    const embed = isUUID(id) ? await db.findOne(EmbedEntity, { where: { id }, relations: { municipality: true } }) : null;
    if (!embed || !(viewer.scope.platformAdmin || viewer.scope.municipalityIds.includes(embed.municipalityId))) throw new AppError('NOT_FOUND');
    return embed;
  }

  async create(db: EntityManager, viewer: Author, municipalityId: string, given: EmbedFields, now: Date): Promise<EmbedEntity> {
    const municipality = isUUID(municipalityId) ? await db.findOneBy(MunicipalityEntity, { id: municipalityId }) : null;
    if (!municipality) throw new AppError('NOT_FOUND');
    if (!(viewer.scope.platformAdmin || viewer.scope.municipalityIds.includes(municipalityId))) throw new AppError('FORBIDDEN');
    const fields = await this.checked(db, municipality, given);
    const saved = await db.save(db.create(EmbedEntity, { ...fields, key: newKey(), municipalityId, version: 1, createdAt: now, updatedAt: now }));
    await this.history.record(db, viewer, { entity: 'EMBED', entityId: saved.id, organisationId: null, unitId: null, municipalityId }, { version: 1, fields: createdFields(fields), now });
    return this.editable(db, viewer, saved.id);
  }

  /** Saves the fields given from `version` (CONFLICT when someone saved since). */
  async update(db: EntityManager, viewer: Author, edit: Partial<EmbedFields> & { id: string; version: number }, now: Date, reverts?: string): Promise<EmbedEntity> {
    const { id, version, ...values } = edit;
    const current = await this.editable(db, viewer, id);
    if (current.version !== version) throw new AppError('CONFLICT', { version: current.version });
    const fields = await this.checked(db, current.municipality as MunicipalityEntity, { ...embedFieldsOf(current), ...values });
    const wanted = Object.fromEntries(Object.keys(values).map((field) => [field, fields[field as keyof EmbedFields]])) as Partial<EmbedFields>;
    const changes = fieldChanges<EmbedFields>(embedFieldsOf(current), wanted);
    if (changes.length === 0) return current;
    const saved = await updateAtVersion(db, { table: 'embeds', id, version, columns: COLUMNS }, changes, now);
    await this.history.record(db, viewer, { entity: 'EMBED', entityId: id, organisationId: null, unitId: null, municipalityId: current.municipalityId }, { version: saved, fields: changes, now, reverts });
    afterCommit(db, () => this.changed(current.key));
    return this.editable(db, viewer, id);
  }

  /** Its key stops working at once (in every process within EMBED_CACHE_SECONDS); its history stays. */
  async delete(db: EntityManager, viewer: Author, edit: { id: string; version: number }): Promise<EmbedEntity> {
    const current = await this.editable(db, viewer, edit.id);
    const deleted = (await db.query(`DELETE FROM embeds WHERE id = $1 AND version = $2 RETURNING id`, [edit.id, edit.version])) as [unknown[], number];
    if (deleted[1] === 0) throw new AppError('CONFLICT', { version: current.version });
    afterCommit(db, () => this.changed(current.key));
    return current;
  }

  async revert(db: EntityManager, viewer: Author, id: string, values: Record<string, unknown>, changeId: string, now: Date): Promise<EmbedEntity> {
    const { version } = await this.editable(db, viewer, id);
    return this.update(db, viewer, { ...(revertedValues(values) as Partial<EmbedFields>), id, version }, now, changeId);
  }

  async changes(db: EntityManager, viewer: Author, id: string, locale: Locale): Promise<Change[]> {
    await this.editable(db, viewer, id);
    return this.history.list(db, 'EMBED', id, locale);
  }

  /** The fields normalised and checked: the domain's rules, then that neighbours and organisations exist. INVALID_INPUT otherwise. */
  private async checked(db: EntityManager, municipality: MunicipalityEntity, given: EmbedFields): Promise<EmbedFields> {
    const fields = normaliseEmbedFields(given);
    const problems: InputProblem[] = embedProblems(fields);
    const neighbourCodes = fields.neighbourCodes.filter((code) => code !== municipality.code);
    const known = new Set(
      neighbourCodes.length === 0 ? [] : (await db.findBy(MunicipalityEntity, { country: municipality.country, code: In(neighbourCodes) })).map((each) => each.code),
    );
    neighbourCodes.forEach((code, index) => {
      if (!known.has(code)) problems.push({ field: `neighbourCodes.${index}`, code: 'MUNICIPALITY_INVALID' });
    });
    const organisationIds = fields.organisationIds.filter((id) => isUUID(id));
    const organisations = organisationIds.length === 0 ? 0 : await db.countBy(OrganisationEntity, { id: In(organisationIds) });
    if (organisations !== fields.organisationIds.length) problems.push({ field: 'organisationIds', code: 'ORGANISATION_INVALID' });
    if (problems.length > 0) throw new InvalidInput(problems);
    return { ...fields, neighbourCodes };
  }
}
