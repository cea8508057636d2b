import type { Country } from '@groupfinder/domain';
import type { DataSource } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';

export class MunicipalityService {
  constructor(private readonly dataSource: DataSource) {}

  /** Municipalities, of one country or all, by country and name. */
  list(country?: Country): Promise<MunicipalityEntity[]> {
    return this.dataSource.getRepository(MunicipalityEntity).find({
      where: country ? { country } : {},
      order: { country: 'ASC', name: 'ASC' },
    });
  }
}
