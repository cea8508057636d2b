import type { MessageKey, Translate } from '@groupfinder/translations';
import { describeLine, describeText } from '../editing/describeValue';
import { isLanguage } from '../editing/languages';
import type { ProblemControl } from '../editing/ProblemSummary';
import type { PointProblem, VenueField, VenueFormValues } from './venueForm';

const FIELD_LABELS: Record<VenueField | 'latitude' | 'longitude', MessageKey> = {
  name: 'dashboard.venue.name',
  street: 'dashboard.venue.street',
  postalCode: 'dashboard.venue.postalCode',
  town: 'dashboard.venue.town',
  point: 'dashboard.venue.point',
  latitude: 'dashboard.venue.latitude',
  longitude: 'dashboard.venue.longitude',
  accessibility: 'dashboard.venue.accessibility',
  transportNotes: 'dashboard.venue.notes',
};

/** The names of the venue form's controls that the API's errors may name. */
export const VENUE_CONTROL_NAMES = ['name', 'street', 'postalCode', 'town', 'latitude', 'longitude'];

/** A field of the venue form by name, as its label says it. */
export function venueFieldLabel(t: Translate, field: VenueField): string {
  return t(FIELD_LABELS[field]);
}

/** The id of the control of a field the API names (`postalCode`, `transportNotes.da`), within one form. */
export function venueControlId(formId: string, field: string): string {
  return `${formId}-${field.replace(/[^A-Za-z0-9]/g, '-')}`;
}

/** The control a problem of the API is about, to link to it from the summary of problems. */
export function venueProblemControl(t: Translate, formId: string, field: string): ProblemControl | null {
  const [name, language] = field.split('.');
  if (name === 'transportNotes' && language && isLanguage(language)) {
    return { id: venueControlId(formId, field), label: t('dashboard.venue.notes.in', { language: t(`language.${language}`) }) };
  }
  if (name && name in FIELD_LABELS && language === undefined) return { id: venueControlId(formId, name), label: t(FIELD_LABELS[name as keyof typeof FIELD_LABELS]) };
  return null;
}

/** A field's value in words, for choosing between mine and theirs after a conflict. */
export function describeVenueField<K extends VenueField>(t: Translate, field: K, value: VenueFormValues[K]): string {
  const empty = t('dashboard.value.empty');
  switch (field) {
    case 'point': {
      const point = value as VenueFormValues['point'];
      return point.latitude.trim() === '' && point.longitude.trim() === '' ? t('dashboard.venue.point.fromPostcode.short') : `${point.latitude || empty}, ${point.longitude || empty}`;
    }
    case 'accessibility': {
      const features = value as VenueFormValues['accessibility'];
      return features.length > 0 ? features.map((feature) => t(`accessibility.${feature}`)).join(', ') : t('dashboard.venue.accessibility.none');
    }
    case 'transportNotes':
      return describeText(t, value as VenueFormValues['transportNotes']);
    default:
      return describeLine(t, value as string);
  }
}

/** A point typed that cannot be sent, said at its field. */
export function pointProblemMessage(t: Translate, problem: PointProblem): string {
  return t(problem.code === 'BOTH_NEEDED' ? 'dashboard.venue.point.both' : 'dashboard.venue.point.notNumber');
}

/** After a save that left the point to the API: the point it took from the postcode, or that it found none. Null when a point was given. */
export function pointNotice(t: Translate, sent: { readonly latitude?: number | null }, saved: { readonly latitude?: number | null; readonly longitude?: number | null }): string | null {
  if (sent.latitude !== null) return null;
  if (saved.latitude === null || saved.latitude === undefined) return t('dashboard.venue.point.notFound');
  return t('dashboard.venue.point.taken', { latitude: String(saved.latitude), longitude: String(saved.longitude) });
}
