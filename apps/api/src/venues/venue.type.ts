import { Field, Float, ObjectType } from 'type-graphql';
import type { VenueEntity } from './venue.entity';

@ObjectType({ description: 'Where a group meets.' })
export class Venue {
  @Field(() => String)
  name: string;

  @Field(() => String)
  street: string;

  @Field(() => String)
  postalCode: string;

  @Field(() => String)
  town: string;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  static from(entity: VenueEntity): Venue {
    const { name, street, postalCode, town, latitude, longitude } = entity;
    return Object.assign(new Venue(), { name, street, postalCode, town, latitude, longitude });
  }
}
