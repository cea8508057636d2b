import type { Locale } from '@groupfinder/translations';
import { IsNull, type EntityManager } from 'typeorm';
import type { Change } from '../history/change.type';
import { fieldChanges, revertedValues, type HistoryService } from '../history/history.service';
import { GroupEntity } from '../groups/group.entity';
import { updateAtVersion } from '../history/versioned-update';
import type { Viewer } from '../kernel/context';
import { AppError } from '../kernel/errors';
import type { MembershipService } from '../users/membership.service';
import { UnitEntity } from './unit.entity';

/** What may change of a unit. */
export interface UnitEdit {
  name?: string;
  archivedAt?: Date | null;
}

/** Refuses to archive an organisation or unit that still runs groups in the finder: they would be left without one. */
export async function refuseWhileRunningGroups(db: EntityManager, where: { unitId: string } | { organisationId: string }, code: 'UNIT_RUNS_GROUPS' | 'ORGANISATION_RUNS_GROUPS'): Promise<void> {
  const count = await db.countBy(GroupEntity, { ...where, archivedAt: IsNull() });
  if (count > 0) throw new AppError(code, { count });
}

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

  /** Renames (or archives) a unit from `version` (CONFLICT when someone saved since), recording the change. */
  async update(db: EntityManager, viewer: Viewer, edit: UnitEdit & { id: string; version: number }, now: Date, reverts?: string): Promise<UnitEntity> {
    const { id, version, ...values } = edit;
    const current = await this.memberships.administeredUnit(db, viewer, id);
    if (current.version !== version) throw new AppError('CONFLICT', { version: current.version });
    if (values.archivedAt) await refuseWhileRunningGroups(db, { unitId: id }, 'UNIT_RUNS_GROUPS');
    const fields = fieldChanges<UnitEdit>(current, { ...values, name: values.name?.trim() });
    if (fields.length === 0) return current;
    const saved = await updateAtVersion(db, { table: 'units', id, version, columns: { name: 'name', archivedAt: 'archived_at' } }, fields, now);
    await this.history.record(db, viewer, { entity: 'UNIT', entityId: id, organisationId: current.organisationId, unitId: id }, { version: saved, fields, now, reverts });
    return db.findOneByOrFail(UnitEntity, { id });
  }

  /** Takes no new groups once it runs none in the finder (UNIT_RUNS_GROUPS otherwise); undone by restore. */
  async archive(db: EntityManager, viewer: Viewer, edit: { id: string; version: number }, now: Date): Promise<UnitEntity> {
    await this.organisationAdminOf(db, viewer, edit.id);
    return this.update(db, viewer, { ...edit, archivedAt: now }, now);
  }

  async restore(db: EntityManager, viewer: Viewer, edit: { id: string; version: number }, now: Date): Promise<UnitEntity> {
    await this.organisationAdminOf(db, viewer, edit.id);
    return this.update(db, viewer, { ...edit, archivedAt: null }, now);
  }

  /** Whether a unit is kept is its organisation's decision, not the unit's own admins'. */
  private async organisationAdminOf(db: EntityManager, viewer: Viewer, unitId: string): Promise<void> {
    const unit = await this.memberships.administeredUnit(db, viewer, unitId);
    await this.memberships.administeredOrganisation(db, viewer, unit.organisationId);
  }

  /** Puts fields back as a change found them: a change of its own, recorded as reverting `changeId`. */
  async revert(db: EntityManager, viewer: Viewer, id: string, values: Record<string, unknown>, changeId: string, now: Date): Promise<UnitEntity> {
    const { version } = await this.memberships.administeredUnit(db, viewer, id);
    return this.update(db, viewer, { ...(revertedValues(values) as UnitEdit), id, version }, now, changeId);
  }

  /** A unit's changes, newest first, for its admins. */
  async changes(db: EntityManager, viewer: Viewer, id: string, locale: Locale): Promise<Change[]> {
    await this.memberships.administeredUnit(db, viewer, id);
    return this.history.list(db, 'UNIT', id, locale);
  }
}
