import { GraphQLDateTimeISO } from 'graphql-scalars';
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

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was archived; archived units take no new groups.' })
  archivedAt: Date | null;

  organisationId: string;

  static from(entity: UnitEntity): Unit {
    const { id, slug, name, version, organisationId, archivedAt } = entity;
    return Object.assign(new Unit(), { id, slug, name, version, organisationId, archivedAt });
  }
}
