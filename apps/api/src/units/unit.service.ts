import type { Locale } from '@groupfinder/translations';
import type { EntityManager } from 'typeorm';
import type { Change } from '../history/change.type';
import { fieldChanges, type HistoryService } from '../history/history.service';
import { updateAtVersion } from '../history/versioned-update';
import type { Viewer } from '../kernel/context';
import { AppError } from '../kernel/errors';
import type { MembershipService } from '../users/membership.service';
import { UnitEntity } from './unit.entity';

export class UnitService {
  constructor(
    private readonly memberships: MembershipService,
    private readonly history: HistoryService,
  ) {}

  /** An organisation's units, by name: public, like the groups they run. */
  list(db: EntityManager, organisationId: string): Promise<UnitEntity[]> {
    return db.find(UnitEntity, { where: { organisationId }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** A unit the viewer administers. */
  administered(db: EntityManager, viewer: Viewer, id: string): Promise<UnitEntity> {
    return this.memberships.administeredUnit(db, viewer, id);
  }

  /** A new unit of an organisation the viewer administers; SLUG_TAKEN when the organisation has one by that slug. */
  async create(db: EntityManager, viewer: Viewer, input: { organisationId: string; name: string; slug: string }): Promise<UnitEntity> {
    const organisation = await this.memberships.administeredOrganisation(db, viewer, input.organisationId);
    if (await db.existsBy(UnitEntity, { organisationId: organisation.id, slug: input.slug })) throw new AppError('SLUG_TAKEN');
    return db.save(db.create(UnitEntity, { organisationId: organisation.id, name: input.name.trim(), slug: input.slug }));
  }

  /** Renames a unit from `version` (CONFLICT when someone saved since), recording the change. */
  async update(db: EntityManager, viewer: Viewer, edit: { id: string; version: number; name?: string }, now: Date, reverts?: string): Promise<UnitEntity> {
    const { id, version, ...values } = edit;
    const current = await this.memberships.administeredUnit(db, viewer, id);
    if (current.version !== version) throw new AppError('CONFLICT', { version: current.version });
    const fields = fieldChanges<{ name?: string }>(current, { name: values.name?.trim() });
    if (fields.length === 0) return current;
    const saved = await updateAtVersion(db, { table: 'units', id, version, columns: { name: 'name' } }, fields, now);
    await this.history.record(db, viewer, { entity: 'UNIT', entityId: id, organisationId: current.organisationId, unitId: id }, { version: saved, fields, now, reverts });
    return db.findOneByOrFail(UnitEntity, { id });
  }

  /** Puts fields back as a change found them: a change of its own, recorded as reverting `changeId`. */
  async revert(db: EntityManager, viewer: Viewer, id: string, values: { name?: string }, changeId: string, now: Date): Promise<UnitEntity> {
    const { version } = await this.memberships.administeredUnit(db, viewer, id);
    return this.update(db, viewer, { ...values, id, version }, now, changeId);
  }

  /** A unit's changes, newest first, for its admins. */
  async changes(db: EntityManager, viewer: Viewer, id: string, locale: Locale): Promise<Change[]> {
    await this.memberships.administeredUnit(db, viewer, id);
    return this.history.list(db, 'UNIT', id, locale);
  }
}
