import type { Country } from '@groupfinder/domain';
import type { EntityManager } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';

export class MunicipalityService {
  /** Municipalities, of one country or all, by country and name. */
  list(db: EntityManager, country?: Country): Promise<MunicipalityEntity[]> {
    return db.getRepository(MunicipalityEntity).find({
      where: country ? { country } : {},
      order: { country: 'ASC', name: 'ASC' },
    });
  }
}
