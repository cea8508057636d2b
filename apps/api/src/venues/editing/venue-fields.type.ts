import type { AccessibilityFeature, TranslatedText } from '@groupfinder/domain';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Change } from '../../history/change.type';
import { AccessibilityFeatureEnum } from '../../kernel/enums';

/** What an editor reads and writes of a venue; both output and input, so that they cannot drift apart. */
@ObjectType('VenueFields', { simpleResolvers: true, description: 'Everything an editor sets on a venue.' })
@InputType('VenueFieldsInput')
export class VenueFieldsType {
  @Field(() => String)
  name: string;

  @Field(() => String)
  street: string;

  @Field(() => String, { description: 'As the country writes it: 2860, 111 22, 0150, 00-001.' })
  postalCode: string;

  @Field(() => String)
  town: string;

  @Field(() => Float, { nullable: true, description: 'Null with longitude: taken from the gazetteer’s postcode, else its town.' })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => [AccessibilityFeatureEnum])
  accessibility: AccessibilityFeature[];

  @Field(() => GraphQLJSONObject, { description: 'How to get there, by language code.' })
  transportNotes: TranslatedText;
}

@ObjectType('EditableVenue', { simpleResolvers: true, description: 'A venue as its organisation’s editors see it.' })
export class EditableVenue {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  archivedAt: Date | null;

  @Field(() => VenueFieldsType)
  fields: VenueFieldsType;

  @Field(() => Int, { description: 'How many groups meet there (archived ones not counted).' })
  groupCount: number;

  /** Resolved by VenueEditingResolver. */
  history?: Change[];
}
