import { Field, ID, Int } from 'type-graphql';
import { OutputType } from '../kernel/output-type';
import type { UnitEntity } from './unit.entity';

@OutputType('A local unit of an organisation, such as a volunteer centre of a national body.')
export class Unit {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  slug: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { description: 'Raised by every saved edit; an edit names the version it started from.' })
  version: number;

  organisationId: string;

  static from(entity: UnitEntity): Unit {
    return Object.assign(new Unit(), { id: entity.id, slug: entity.slug, name: entity.name, version: entity.version, organisationId: entity.organisationId });
  }
}
