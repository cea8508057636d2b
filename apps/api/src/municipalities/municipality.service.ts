import type { Country } from '@groupfinder/domain';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { refreshSearchText } from '../groups/search-text';
import type { Author } from '../kernel/context';
import { AppError } from '../kernel/errors';
import { MunicipalityEntity } from './municipality.entity';

export class MunicipalityService {
  /** Municipalities, of one country or all, by country and name. */
  /** The municipalities bordering one, by name. */
  neighbours(db: EntityManager, municipalityId: string): Promise<MunicipalityEntity[]> {
    return db
      .createQueryBuilder(MunicipalityEntity, 'm')
      .innerJoin('municipality_neighbours', 'n', 'n.neighbour_id = m.id')
      .where('n.municipality_id = :municipalityId', { municipalityId })
      .orderBy('m.name')
      .getMany();
  }

  list(db: EntityManager, country?: Country): Promise<MunicipalityEntity[]> {
    return db.getRepository(MunicipalityEntity).find({
      where: country ? { country } : {},
      order: { country: 'ASC', name: 'ASC' },
    });
  }

  /** A new name, by a platform admin; the search text of the groups meeting there follows at once. */
  async rename(db: EntityManager, author: Author, id: string, name: string): Promise<MunicipalityEntity> {
    if (!author.scope.platformAdmin) throw new AppError('FORBIDDEN');
    const municipality = isUUID(id) ? await db.findOneBy(MunicipalityEntity, { id }) : null;
    if (!municipality) throw new AppError('NOT_FOUND');
    await db.update(MunicipalityEntity, { id }, { name: name.trim() });
    await refreshSearchText(db, { municipalityId: id });
    return db.findOneByOrFail(MunicipalityEntity, { id });
  }
}
