import type { Role } from '@groupfinder/domain';
import type { Locale } from '@groupfinder/translations';
import { In, type EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { UnitEntity } from '../units/unit.entity';
import { VenueEntity } from '../venues/venue.entity';
import type { Author } from '../kernel/context';
import { AppError } from '../kernel/errors';
import { ChangeEntity, type ChangedEntity, type FieldChange } from './change.entity';
import { Change } from './change.type';

/** The record a change is about, and where it belongs (for the scope of who may read its history). */
export interface ChangedRecord {
  entity: ChangedEntity;
  entityId: string;
  /** An organisation's record, in one of its units or not; or (an embed) a municipality's. */
  organisationId: string | null;
  unitId: string | null;
  municipalityId?: string;
}

/** JSON with every object's keys in order: jsonb stores keys in its own order, an input in the caller's. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) && !(inner instanceof Date)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/** Whether two stored values are the same, whatever the order of their keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** A new record's fields as its first change: those given a value (not empty), each from nothing. */
export function createdFields(values: object): FieldChange[] {
  const empty = (value: unknown) => value === null || value === undefined || value === '' || sameValue(value, []) || sameValue(value, {});
  return Object.entries(values).flatMap(([field, value]) => (empty(value) ? [] : [{ field, old: null, new: value }]));
}

/** The fields whose value differs between `before` and `after`, among those `after` names. */
export function fieldChanges<T extends object>(before: T, after: Partial<T>): FieldChange[] {
  return (Object.keys(after) as (keyof T & string)[])
    .filter((field) => after[field] !== undefined && !sameValue(before[field], after[field]))
    .map((field) => ({ field, old: before[field] ?? null, new: after[field] ?? null }));
}

/**
 * A change's old values as a record takes them again: stored as JSON, so the time of an archive
 * comes back as text and becomes a Date once more.
 */
export function revertedValues(values: Record<string, unknown>): Record<string, unknown> & { archivedAt?: Date | null } {
  if (!('archivedAt' in values)) return values;
  const archivedAt = values['archivedAt'];
  return { ...values, archivedAt: archivedAt === null ? null : new Date(String(archivedAt)) };
}

/** The role of the author's scope that reaches the record, the widest first; null for the platform itself (no person). */
export function authorRole(viewer: Author, record: ChangedRecord): Role | null {
  const { scope } = viewer;
  if (viewer.userId === null) return null;
  if (scope.platformAdmin) return 'PLATFORM_ADMIN';
  if (record.organisationId && scope.organisationIds.includes(record.organisationId)) return 'ORGANISATION_ADMIN';
  if (record.unitId && scope.unitIds.includes(record.unitId)) return 'UNIT_ADMIN';
  if (record.entity === 'GROUP' && scope.groupIds.includes(record.entityId)) return 'EDITOR';
  if (record.municipalityId && scope.municipalityIds.includes(record.municipalityId)) return 'MUNICIPALITY_EDITOR';
  return null;
}

/** Who changed what and when (and in which role), appended in the same transaction as the change itself. */
export class HistoryService {
  record(db: EntityManager, viewer: Author, record: ChangedRecord, change: { version: number; fields: FieldChange[]; now: Date; reverts?: string }): Promise<ChangeEntity> {
    return db.save(
      db.create(ChangeEntity, {
        ...record,
        municipalityId: record.municipalityId ?? null,
        userId: viewer.userId,
        byRole: authorRole(viewer, record),
        madeAt: change.now,
        version: change.version,
        fields: change.fields,
        reverts: change.reverts ?? null,
      }),
    );
  }

  /** A record's changes, newest first, with who made each (when the caller may see them). Row-level security shows only those in the caller's scope. */
  async list(db: EntityManager, entity: ChangedEntity, entityId: string, locale: Locale): Promise<Change[]> {
    const changes = await db.find(ChangeEntity, { where: { entity, entityId }, order: { version: 'DESC' } });
    const ids = [...new Set(changes.flatMap((change) => (change.userId ? [change.userId] : [])))];
    const names = new Map((ids.length ? await db.findBy(UserEntity, { id: In(ids) }) : []).map((user) => [user.id, user.name]));
    const references = await this.referenceNames(db, changes);
    return changes.map((change) => Change.from(change, (change.userId && names.get(change.userId)) || null, locale, references));
  }

  /** The names of the units, venues and municipalities the changes refer to by id, for saying them in words. */
  private async referenceNames(db: EntityManager, changes: ChangeEntity[]): Promise<Map<string, string>> {
    const ids = (field: string) => [
      ...new Set(changes.flatMap((change) => change.fields.filter((each) => each.field === field).flatMap((each) => [each.old, each.new].filter((id): id is string => typeof id === 'string')))),
    ];
    const named = async (entity: typeof UnitEntity | typeof VenueEntity | typeof MunicipalityEntity, field: string) => {
      const wanted = ids(field);
      return wanted.length ? ((await db.findBy(entity, { id: In(wanted) })) as { id: string; name: string }[]) : [];
    };
    const rows = [...(await named(UnitEntity, 'unitId')), ...(await named(VenueEntity, 'venueId')), ...(await named(MunicipalityEntity, 'municipalityId'))];
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /**
   * What reverting a change would set: each of its fields back to its old value. Refused with
   * REVERT_SUPERSEDED when a later change touched one of those fields (reverting would undo that too),
   * and REVERT_CREATION for the change that created the record.
   */
  async revertible(db: EntityManager, changeId: string): Promise<{ change: ChangeEntity; values: Record<string, unknown> }> {
    const change = await db.findOneBy(ChangeEntity, { id: changeId });
    if (!change) throw new AppError('NOT_FOUND');
    // The first version is the record's creation: what would be put back is nothing (archiving is how a record goes).
    if (change.version === 1) throw new AppError('REVERT_CREATION');
    const later = await db
      .createQueryBuilder(ChangeEntity, 'c')
      .where('c.entity = :entity AND c.entity_id = :id AND c.version > :version', { entity: change.entity, id: change.entityId, version: change.version })
      .getMany();
    const fields = new Set(change.fields.map((field) => field.field));
    const touched = [...new Set(later.flatMap((each) => each.fields.map((field) => field.field)).filter((field) => fields.has(field)))];
    if (touched.length > 0) throw new AppError('REVERT_SUPERSEDED', { fields: touched.join(', ') }, { fieldNames: touched });
    return { change, values: Object.fromEntries(change.fields.map((field) => [field.field, field.old])) };
  }
}
