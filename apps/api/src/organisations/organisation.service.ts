import type { Language } from '@groupfinder/domain';
import type { EntityManager } from 'typeorm';
import { refreshSearchText } from '../groups/search-text';
import { fieldChanges, type HistoryService } from '../history/history.service';
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
}

const COLUMNS: Record<keyof OrganisationEdit, string> = { name: 'name', website: 'website', phone: 'phone', email: 'email', defaultLanguage: 'default_language' };

export class OrganisationService {
  constructor(
    private readonly memberships: MembershipService,
    private readonly history: HistoryService,
  ) {}

  /** All organisations, by name. */
  list(db: EntityManager): Promise<OrganisationEntity[]> {
    return db.getRepository(OrganisationEntity).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  /**
   * Saves an edit made from `version`: refused with CONFLICT (changing nothing) when someone saved
   * another since. Records the change, and keeps the search text of its groups true when the name changes.
   */
  async update(db: EntityManager, viewer: Viewer, edit: OrganisationEdit & { id: string; version: number }, now: Date, reverts?: string): Promise<OrganisationEntity> {
    const { id, version, ...values } = edit;
    const current = await this.memberships.administeredOrganisation(db, viewer, id);
    if (current.version !== version) throw new AppError('CONFLICT', { version: current.version });
    const fields = fieldChanges<OrganisationEdit>(current, values);
    if (fields.length === 0) return current;
    const saved = await updateAtVersion(db, { table: 'organisations', id, version, columns: COLUMNS }, fields, now);
    await this.history.record(db, viewer, { entity: 'ORGANISATION', entityId: id, organisationId: id, unitId: null }, { version: saved, fields, now, reverts });
    if (fields.some((field) => field.field === 'name')) await refreshSearchText(db, { organisationId: id });
    return db.findOneByOrFail(OrganisationEntity, { id });
  }

  /** Puts fields back as a change found them, from the current version: a change of its own, recorded as reverting `changeId`. */
  async revert(db: EntityManager, viewer: Viewer, id: string, values: OrganisationEdit, changeId: string, now: Date): Promise<OrganisationEntity> {
    const { version } = await this.memberships.administeredOrganisation(db, viewer, id);
    return this.update(db, viewer, { ...values, id, version }, now, changeId);
  }
}
