import type { Country } from '@groupfinder/domain';
import { Field, ID } from 'type-graphql';
import { CountryEnum } from '../kernel/enums';
import type { MunicipalityEntity } from './municipality.entity';
import { OutputType } from '../kernel/output-type';

@OutputType('A kommune, kommun or gmina.')
export class Municipality {
  @Field(() => ID)
  id: string;

  @Field(() => CountryEnum)
  country: Country;

  @Field(() => String, { description: 'The official code within the country (Gladsaxe is 159 in Denmark).' })
  code: string;

  @Field(() => String)
  name: string;

  static from(entity: MunicipalityEntity): Municipality {
    return Object.assign(new Municipality(), { id: entity.id, country: entity.country, code: entity.code, name: entity.name });
  }
}
