import { audiencesServing, topicWithSubtopics } from '@groupfinder/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from '../server/connection';
import { GroupEntity } from './group.entity';
import { groupNotFound, invalidCursor } from './group.errors';
import type { GroupFilter } from './groups.args';

export interface GroupPage {
  groups: GroupEntity[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface GroupSearch {
  filter?: GroupFilter;
  /** Only the groups of one organisation (its page in the dashboard). */
  organisationId?: string;
  first: number;
  after?: string | null;
}

/** Escapes LIKE wildcards so that a visitor's "50%" is searched for literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export class GroupService {
  constructor(private readonly dataSource: DataSource) {}

  private query(): SelectQueryBuilder<GroupEntity> {
    return this.dataSource
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .innerJoinAndSelect('g.organisation', 'o')
      .leftJoinAndSelect('g.venue', 'v')
      .leftJoinAndSelect('g.municipality', 'm');
  }

  /** Groups matching every filter given, ordered by slug (unique, so pages never skip or repeat). */
  async search({ filter = {}, organisationId, first, after }: GroupSearch): Promise<GroupPage> {
    const query = this.query();
    if (organisationId) query.andWhere('g.organisation_id = :organisationId', { organisationId });
    if (filter.country) query.andWhere('COALESCE(m.country, o.country) = :country', { country: filter.country });
    if (filter.municipalityCode) query.andWhere('m.code = :municipalityCode', { municipalityCode: filter.municipalityCode });
    if (filter.topics?.length) {
      const topics = [...new Set(filter.topics.flatMap(topicWithSubtopics))];
      query.andWhere('g.topics && CAST(:topics AS text[])', { topics });
    }
    if (filter.audience) query.andWhere('g.audience IN (:...audiences)', { audiences: audiencesServing(filter.audience) });
    if (filter.languages?.length) query.andWhere('g.languages && CAST(:languages AS text[])', { languages: filter.languages });
    const text = filter.text?.trim();
    if (text) {
      query.andWhere(
        `(g.name::text ILIKE :pattern OR g.description::text ILIKE :pattern OR o.name ILIKE :pattern
          OR v.name ILIKE :pattern OR v.street ILIKE :pattern OR v.postal_code ILIKE :pattern
          OR v.town ILIKE :pattern OR m.name ILIKE :pattern)`,
        { pattern: likePattern(text) },
      );
    }
    const totalCount = await query.clone().getCount();

    if (after != null) {
      const afterSlug = decodeCursor(after);
      if (afterSlug === null) throw invalidCursor();
      query.andWhere('g.slug > :afterSlug', { afterSlug });
    }
    // The joins are all many-to-one, so LIMIT counts groups, not joined rows.
    const rows = await query.orderBy('g.slug', 'ASC').limit(first + 1).getMany();
    const groups = rows.slice(0, first);
    return { groups, cursors: groups.map((group) => encodeCursor(group.slug)), hasNextPage: rows.length > first, totalCount };
  }

  async bySlug(slug: string): Promise<GroupEntity> {
    const group = await this.query().where('g.slug = :slug', { slug }).getOne();
    if (!group) throw groupNotFound();
    return group;
  }
}
