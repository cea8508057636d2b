import { Field, Float } from 'type-graphql';
import type { AccessibilityFeature, Language } from '@groupfinder/domain';
import { translate, type Locale } from '@groupfinder/translations';
import { AccessibilityFeatureEnum } from '../kernel/enums';
import { LocalizedText } from '../kernel/localized-text';
import type { VenueEntity } from './venue.entity';
import { OutputType } from '../kernel/output-type';

@OutputType('Where a group meets.')
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

  @Field(() => [AccessibilityFeatureEnum])
  accessibility: AccessibilityFeature[];

  @Field(() => [String], { description: 'The accessibility features in words, in the same order.' })
  accessibilityLabels: string[];

  @Field(() => LocalizedText, { nullable: true, description: 'How to get there.' })
  transportNotes: LocalizedText | null;

  static from(entity: VenueEntity, locale: Locale, organisationDefault: Language): Venue {
    const { name, street, postalCode, town, latitude, longitude, accessibility } = entity;
    return Object.assign(new Venue(), {
      name,
      street,
      postalCode,
      town,
      latitude,
      longitude,
      accessibility,
      accessibilityLabels: accessibility.map((feature) => translate(locale, `accessibility.${feature}`)),
      transportNotes: LocalizedText.pick(entity.transportNotes, locale, organisationDefault),
    });
  }
}
