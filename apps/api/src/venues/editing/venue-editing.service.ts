import { venueProblems, withoutBlankLanguages, type VenueFields } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import { isUUID } from 'class-validator';
import { In, IsNull, type EntityManager } from 'typeorm';
import { GroupEntity } from '../../groups/group.entity';
import { refreshSearchText } from '../../groups/search-text';
import type { Change } from '../../history/change.type';
import { createdFields, fieldChanges, revertedValues, type HistoryService } from '../../history/history.service';
import { updateAtVersion } from '../../history/versioned-update';
import type { Author } from '../../kernel/context';
import { AppError, InvalidInput } from '../../kernel/errors';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import type { PlaceService } from '../../places/place.service';
import { UnitEntity } from '../../units/unit.entity';
import { VenueEntity } from '../venue.entity';

const COLUMNS: Record<keyof VenueFields | 'archivedAt', string> = {
  name: 'name',
  street: 'street',
  postalCode: 'postal_code',
  town: 'town',
  latitude: 'latitude',
  longitude: 'longitude',
  accessibility: 'accessibility',
  transportNotes: 'transport_notes',
  archivedAt: 'archived_at',
};
const FIELD_NAMES = Object.keys(COLUMNS).filter((field) => field !== 'archivedAt') as (keyof VenueFields)[];
/** What a visitor may type to find the groups meeting there. */
const SEARCHED: readonly string[] = ['name', 'street', 'postalCode', 'town'];

export function venueFieldsOf(venue: VenueEntity): VenueFields {
  return Object.fromEntries(FIELD_NAMES.map((field) => [field, venue[field]])) as unknown as VenueFields;
}

/**
 * The one write path of venues, shared by an organisation's groups: its admins create, change and
 * archive them (row-level security allows no one else); every editor of its groups may read them to
 * choose one. A rename reaches the search text of every group meeting there in the same transaction.
 */
export class VenueEditingService {
  constructor(
    private readonly history: HistoryService,
    private readonly places: PlaceService,
  ) {}

  /** An organisation's venues, archived ones last, for anyone holding a role in it. */
  async list(db: EntityManager, viewer: Author, organisationId: string): Promise<VenueEntity[]> {
    if (!(await this.holdsRoleIn(db, viewer, organisationId))) throw new AppError('FORBIDDEN');
    return db.find(VenueEntity, { where: { organisationId }, order: { archivedAt: { direction: 'ASC', nulls: 'FIRST' }, name: 'ASC', id: 'ASC' } });
  }

  /** How many groups in the finder meet at each venue. */
  async groupCounts(db: EntityManager, venueIds: string[]): Promise<Map<string, number>> {
    if (venueIds.length === 0) return new Map();
    const rows: { venue_id: string; count: string }[] = await db
      .createQueryBuilder(GroupEntity, 'g')
      .select('g.venue_id', 'venue_id')
      .addSelect('count(*)', 'count')
      .where({ venueId: In(venueIds), archivedAt: IsNull() })
      .groupBy('g.venue_id')
      .getRawMany();
    return new Map(rows.map((row) => [row.venue_id, Number(row.count)]));
  }

  async create(db: EntityManager, viewer: Author, organisationId: string, given: VenueFields, now: Date): Promise<VenueEntity> {
    const organisation = await this.administered(db, viewer, organisationId);
    const fields = await this.checked(db, organisation, given);
    const saved = await db.save(db.create(VenueEntity, { ...fields, organisationId }));
    await this.history.record(db, viewer, { entity: 'VENUE', entityId: saved.id, organisationId, unitId: null }, { version: 1, fields: createdFields(fields), now });
    return db.findOneByOrFail(VenueEntity, { id: saved.id });
  }

  /** Saves the fields given from `version` (CONFLICT when someone saved since). */
  async update(db: EntityManager, viewer: Author, edit: Partial<VenueFields> & { id: string; version: number; archivedAt?: Date | null }, now: Date, reverts?: string): Promise<VenueEntity> {
    const { id, version, archivedAt, ...values } = edit;
    const current = await this.editable(db, viewer, id);
    if (current.version !== version) throw new AppError('CONFLICT', { version: current.version });
    const organisation = await db.findOneByOrFail(OrganisationEntity, { id: current.organisationId });
    // A moved address without a new point takes the gazetteer's again.
    const moved = (['postalCode', 'town'] as const).some((field) => values[field] !== undefined && values[field] !== current[field]);
    const pointGiven = values.latitude !== undefined && (values.latitude !== current.latitude || values.longitude !== current.longitude);
    const next = { ...venueFieldsOf(current), ...values, ...(moved && !pointGiven ? { latitude: null, longitude: null } : {}) };
    const fields = await this.checked(db, organisation, next);
    const wanted = { ...Object.fromEntries(Object.keys(values).map((field) => [field, fields[field as keyof VenueFields]])), latitude: fields.latitude, longitude: fields.longitude };
    const changes = fieldChanges<VenueFields & { archivedAt: Date | null }>(current, archivedAt === undefined ? wanted : { ...wanted, archivedAt });
    if (changes.length === 0) return current;
    const saved = await updateAtVersion(db, { table: 'venues', id, version, columns: COLUMNS }, changes, now);
    if (changes.some((change) => SEARCHED.includes(change.field))) await refreshSearchText(db, { venueId: id });
    await this.history.record(db, viewer, { entity: 'VENUE', entityId: id, organisationId: current.organisationId, unitId: null }, { version: saved, fields: changes, now, reverts });
    return db.findOneByOrFail(VenueEntity, { id });
  }

  /** Offered for no new group; the groups meeting there keep it. Undone by restore. */
  archive(db: EntityManager, viewer: Author, edit: { id: string; version: number }, now: Date): Promise<VenueEntity> {
    return this.update(db, viewer, { ...edit, archivedAt: now }, now);
  }

  restore(db: EntityManager, viewer: Author, edit: { id: string; version: number }, now: Date): Promise<VenueEntity> {
    return this.update(db, viewer, { ...edit, archivedAt: null }, now);
  }

  async revert(db: EntityManager, viewer: Author, id: string, values: Record<string, unknown>, changeId: string, now: Date): Promise<VenueEntity> {
    const { version } = await this.editable(db, viewer, id);
    return this.update(db, viewer, { ...(revertedValues(values) as Partial<VenueFields>), id, version }, now, changeId);
  }

  async changes(db: EntityManager, viewer: Author, id: string, locale: Locale): Promise<Change[]> {
    await this.editable(db, viewer, id);
    return this.history.list(db, 'VENUE', id, locale);
  }

  /** A venue the viewer may change: its organisation's admins only. NOT_FOUND for others. */
  private async editable(db: EntityManager, viewer: Author, id: string): Promise<VenueEntity> {
    const venue = isUUID(id) ? await db.findOneBy(VenueEntity, { id }) : null;
    if (!venue || !(viewer.scope.platformAdmin || viewer.scope.organisationIds.includes(venue.organisationId))) throw new AppError('NOT_FOUND');
    return venue;
  }

  private async administered(db: EntityManager, viewer: Author, organisationId: string): Promise<OrganisationEntity> {
    const organisation = isUUID(organisationId) ? await db.findOneBy(OrganisationEntity, { id: organisationId }) : null;
    if (!organisation) throw new AppError('NOT_FOUND');
    if (!(viewer.scope.platformAdmin || viewer.scope.organisationIds.includes(organisationId))) throw new AppError('FORBIDDEN');
    return organisation;
  }

  private async holdsRoleIn(db: EntityManager, viewer: Author, organisationId: string): Promise<boolean> {
    const { platformAdmin, organisationIds, unitIds, groupIds } = viewer.scope;
    if (platformAdmin || organisationIds.includes(organisationId)) return true;
    if (unitIds.length > 0 && (await db.existsBy(UnitEntity, { id: In(unitIds), organisationId }))) return true;
    return groupIds.length > 0 && db.existsBy(GroupEntity, { id: In(groupIds), organisationId });
  }

  /** The fields normalised and checked, the point taken from the gazetteer when none is given; INVALID_INPUT otherwise. */
  private async checked(db: EntityManager, organisation: OrganisationEntity, given: VenueFields): Promise<VenueFields> {
    const fields: VenueFields = {
      ...given,
      name: given.name.trim(),
      street: given.street.trim(),
      postalCode: given.postalCode.trim(),
      town: given.town.trim(),
      accessibility: [...new Set(given.accessibility)],
      transportNotes: withoutBlankLanguages(given.transportNotes),
    };
    const problems = venueProblems(fields, organisation.country);
    if (problems.length > 0) throw new InvalidInput(problems);
    if (fields.latitude !== null) return fields;
    const place = (await this.places.resolvePlace(db, fields.postalCode, organisation.country)) ?? (await this.places.resolvePlace(db, fields.town, organisation.country));
    return place ? { ...fields, latitude: place.latitude, longitude: place.longitude } : fields;
  }
}
