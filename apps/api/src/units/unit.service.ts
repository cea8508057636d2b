import type { EntityManager } from 'typeorm';
import type { Viewer } from '../kernel/context';
import { AppError } from '../kernel/errors';
import type { MembershipService } from '../users/membership.service';
import { UnitEntity } from './unit.entity';

export class UnitService {
  constructor(private readonly memberships: MembershipService) {}

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
}
