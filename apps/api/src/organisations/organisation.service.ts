import type { DataSource } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

export class OrganisationService {
  constructor(private readonly dataSource: DataSource) {}

  /** All organisations, by name. */
  list(): Promise<OrganisationEntity[]> {
    return this.dataSource.getRepository(OrganisationEntity).find({ order: { name: 'ASC', id: 'ASC' } });
  }
}
