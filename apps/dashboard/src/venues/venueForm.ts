import { ACCESSIBILITY_FEATURES, type AccessibilityFeature, type TranslatedText } from '@groupfinder/domain';
import { trimmedText, writtenText } from '../editing/writtenTexts';
import type { VenueFieldsInput } from '../gql/graphql';

/** The point on the map as typed: both empty means "take it from the postcode" (the API fills it in). */
export interface VenuePoint {
  readonly latitude: string;
  readonly longitude: string;
}

/** A venue's fields as its form holds them, in the form's order. Texts keep only the languages written in. */
export interface VenueFormValues {
  readonly name: string;
  readonly street: string;
  readonly postalCode: string;
  readonly town: string;
  readonly point: VenuePoint;
  readonly accessibility: readonly AccessibilityFeature[];
  readonly transportNotes: TranslatedText;
}

export type VenueField = keyof VenueFormValues;

export const NEW_VENUE: VenueFormValues = {
  name: '',
  street: '',
  postalCode: '',
  town: '',
  point: { latitude: '', longitude: '' },
  accessibility: [],
  transportNotes: {},
};

/** A venue's fields as the API answers them. */
export interface StoredVenueFields {
  readonly name: string;
  readonly street: string;
  readonly postalCode: string;
  readonly town: string;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
  readonly accessibility: readonly string[];
  readonly transportNotes: unknown;
}

export function venueFormValues(fields: StoredVenueFields): VenueFormValues {
  return {
    name: fields.name,
    street: fields.street,
    postalCode: fields.postalCode,
    town: fields.town,
    point: { latitude: fields.latitude === null || fields.latitude === undefined ? '' : String(fields.latitude), longitude: fields.longitude === null || fields.longitude === undefined ? '' : String(fields.longitude) },
    accessibility: ACCESSIBILITY_FEATURES.filter((feature) => fields.accessibility.includes(feature)),
    transportNotes: writtenText(fields.transportNotes),
  };
}

/** Why the point as typed cannot be sent. */
export type PointProblem = { readonly field: 'latitude' | 'longitude'; readonly code: 'NOT_A_NUMBER' | 'BOTH_NEEDED' };

/** A coordinate as typed, with a decimal point or a decimal comma; null when empty, NaN when not a number. */
function coordinate(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed.replace(',', '.'));
}

/**
 * What the API takes: lines trimmed, the point as numbers, or null for both so that the API takes it
 * from the postcode (else the town). A point that is half given or not numbers is a problem instead.
 */
export function venueInput(values: VenueFormValues): { readonly input: VenueFieldsInput; readonly problem: null } | { readonly input: null; readonly problem: PointProblem } {
  const latitude = coordinate(values.point.latitude);
  const longitude = coordinate(values.point.longitude);
  for (const [field, value] of [['latitude', latitude], ['longitude', longitude]] as const) {
    if (value !== null && !Number.isFinite(value)) return { input: null, problem: { field, code: 'NOT_A_NUMBER' } };
  }
  if ((latitude === null) !== (longitude === null)) return { input: null, problem: { field: latitude === null ? 'latitude' : 'longitude', code: 'BOTH_NEEDED' } };
  return {
    problem: null,
    input: {
      name: values.name.trim(),
      street: values.street.trim(),
      postalCode: values.postalCode.trim(),
      town: values.town.trim(),
      latitude,
      longitude,
      accessibility: [...values.accessibility],
      transportNotes: trimmedText(values.transportNotes),
    },
  };
}
