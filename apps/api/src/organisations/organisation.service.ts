import type { EntityManager } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

export class OrganisationService {
  /** All organisations, by name. */
  list(db: EntityManager): Promise<OrganisationEntity[]> {
    return db.getRepository(OrganisationEntity).find({ order: { name: 'ASC', id: 'ASC' } });
  }
}
