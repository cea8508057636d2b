import { Field, ID } from 'type-graphql';
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

  organisationId: string;

  static from(entity: UnitEntity): Unit {
    return Object.assign(new Unit(), { id: entity.id, slug: entity.slug, name: entity.name, organisationId: entity.organisationId });
  }
}
