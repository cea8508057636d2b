import type { Country, Language } from '@groupfinder/domain';
import type { EntityManager } from 'typeorm';
import { refreshSearchText } from '../groups/search-text';
import { refuseWhileRunningGroups } from '../units/unit.service';
import { createdFields, fieldChanges, revertedValues, type HistoryService } from '../history/history.service';
import { updateAtVersion } from '../history/versioned-update';
import type { Viewer } from '../kernel/context';
import { AppError } from '../kernel/errors';
import type { MembershipService } from '../users/membership.service';
import { OrganisationEntity } from './organisation.entity';

/** What an admin may change of an organisation; what is left out stays as it is. */
export interface OrganisationEdit {
  name?: string;
  website?: string | null;
  phone?: string | null;
  email?: string | null;
  defaultLanguage?: Language;
  /** Null or left out: unchanged. */
  requestRetentionDays?: number | null;
  archivedAt?: Date | null;
}

/** What a platform admin gives a new organisation. */
export interface NewOrganisation {
  slug: string;
  name: string;
  country: Country;
  defaultLanguage: Language;
  website?: string | null;
  phone?: string | null;
  email?: string | null;
}

const COLUMNS: Record<keyof OrganisationEdit, string> = {
  name: 'name',
  website: 'website',
  phone: 'phone',
  email: 'email',
  defaultLanguage: 'default_language',
  requestRetentionDays: 'request_retention_days',
  archivedAt: 'archived_at',
};

export class OrganisationService {
  constructor(
    private readonly memberships: MembershipService,
    private readonly history: HistoryService,
  ) {}

  /** The organisations in the finder (not archived), by name. */
  list(db: EntityManager): Promise<OrganisationEntity[]> {
    // By name whatever its case ("Selvhjelp Oslo" before "SMART Recovery Sverige"), the same on every database
    // whatever its collation (letters by code point: æ, ø and å after z, as the Nordic alphabets have them).
    return db.getRepository(OrganisationEntity).createQueryBuilder('o').where('o.archived_at IS NULL').orderBy('lower(o.name) COLLATE "C"').addOrderBy('o.id').getMany();
  }

  /** A new organisation, by a platform admin; SLUG_TAKEN when another has the slug. */
  async create(db: EntityManager, viewer: Viewer, fields: NewOrganisation, now: Date): Promise<OrganisationEntity> {
    if (!viewer.scope.platformAdmin) throw new AppError('FORBIDDEN');
    if (await db.existsBy(OrganisationEntity, { slug: fields.slug })) throw new AppError('SLUG_TAKEN');
    const values = { website: null, phone: null, email: null, ...fields, name: fields.name.trim() };
    const saved = await db.save(db.create(OrganisationEntity, values));
    await this.history.record(db, viewer, { entity: 'ORGANISATION', entityId: saved.id, organisationId: saved.id, unitId: null }, { version: 1, fields: createdFields(values), now });
    return saved;
  }

  /** Out of the finder's lists, by a platform admin, once it runs no group there (ORGANISATION_RUNS_GROUPS otherwise); undone by restore. */
  archive(db: EntityManager, viewer: Viewer, edit: { id: string; version: number }, now: Date): Promise<OrganisationEntity> {
    if (!viewer.scope.platformAdmin) throw new AppError('FORBIDDEN');
    return this.update(db, viewer, { ...edit, archivedAt: now }, now);
  }

  restore(db: EntityManager, viewer: Viewer, edit: { id: string; version: number }, now: Date): Promise<OrganisationEntity> {
    if (!viewer.scope.platformAdmin) throw new AppError('FORBIDDEN');
    return this.update(db, viewer, { ...edit, archivedAt: null }, now);
  }

  /**
   * Saves an edit made from `version`: refused with CONFLICT (changing nothing) when someone saved
   * another since. Records the change, and keeps the search text of its groups true when the name changes.
   */
  async update(db: EntityManager, viewer: Viewer, edit: OrganisationEdit & { id: string; version: number }, now: Date, reverts?: string): Promise<OrganisationEntity> {
    const { id, version, ...values } = edit;
    if (values.requestRetentionDays === null) delete values.requestRetentionDays;
    const current = await this.memberships.administeredOrganisation(db, viewer, id);
    if (current.version !== version) throw new AppError('CONFLICT', { version: current.version });
    if (values.archivedAt) await refuseWhileRunningGroups(db, { organisationId: id }, 'ORGANISATION_RUNS_GROUPS');
    // The organisation is the controller of its requests: only its own admins set how long they are kept (row-level security lets nobody else near them).
    if (values.requestRetentionDays !== undefined && values.requestRetentionDays !== current.requestRetentionDays && !viewer.scope.organisationIds.includes(id)) throw new AppError('FORBIDDEN');
    const fields = fieldChanges<OrganisationEdit>(current, values);
    if (fields.length === 0) return current;
    const saved = await updateAtVersion(db, { table: 'organisations', id, version, columns: COLUMNS }, fields, now);
    await this.history.record(db, viewer, { entity: 'ORGANISATION', entityId: id, organisationId: id, unitId: null }, { version: saved, fields, now, reverts });
    if (fields.some((field) => field.field === 'name')) await refreshSearchText(db, { organisationId: id });
    if (values.requestRetentionDays !== undefined && fields.some((field) => field.field === 'requestRetentionDays')) {
      // Every request's deletion date counts from its last change with the new number of days, in the same transaction.
      await db.query(
        `UPDATE join_requests r SET delete_after = r.updated_at + make_interval(days => $2::int) FROM groups g WHERE g.id = r.group_id AND g.organisation_id = $1`,
        [id, values.requestRetentionDays],
      );
    }
    return db.findOneByOrFail(OrganisationEntity, { id });
  }

  /** Puts fields back as a change found them, from the current version: a change of its own, recorded as reverting `changeId`. */
  async revert(db: EntityManager, viewer: Viewer, id: string, values: Record<string, unknown>, changeId: string, now: Date): Promise<OrganisationEntity> {
    const { version } = await this.memberships.administeredOrganisation(db, viewer, id);
    return this.update(db, viewer, { ...(revertedValues(values) as OrganisationEdit), id, version }, now, changeId);
  }
}
