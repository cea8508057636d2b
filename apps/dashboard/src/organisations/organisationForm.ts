import { RETENTION } from '@groupfinder/domain';
import type { Language, UpdateOrganisationInput } from '../gql/graphql';

/** An organisation's details as its form holds them: what is not given is an empty field. */
export interface OrganisationFormValues {
  readonly name: string;
  readonly website: string;
  readonly phone: string;
  readonly email: string;
  readonly defaultLanguage: Language;
  /** Days after its last change a request to join is deleted, as typed. */
  readonly requestRetentionDays: string;
}

export const ORGANISATION_FIELDS = ['name', 'website', 'phone', 'email', 'defaultLanguage', 'requestRetentionDays'] as const satisfies readonly (keyof OrganisationFormValues)[];
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];

export function organisationFormValues(organisation: {
  readonly name: string;
  readonly website?: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly defaultLanguage: Language;
  readonly requestRetentionDays?: number | null;
}): OrganisationFormValues {
  return {
    name: organisation.name,
    website: organisation.website ?? '',
    phone: organisation.phone ?? '',
    email: organisation.email ?? '',
    defaultLanguage: organisation.defaultLanguage,
    requestRetentionDays: organisation.requestRetentionDays == null ? '' : String(organisation.requestRetentionDays),
  };
}

/** The retention time typed, as days, when it is a whole number within the bounds the API takes; null otherwise. */
export function retentionDays(text: string): number | null {
  const value = text.trim();
  if (!/^\d{1,6}$/.test(value)) return null;
  const days = Number(value);
  return days >= RETENTION.requestMinDays && days <= RETENTION.requestMaxDays ? days : null;
}

type OrganisationEdit = Omit<UpdateOrganisationInput, 'id' | 'version'>;

/**
 * What to send for an edit: only the fields changed since `base` (left out: unchanged), trimmed,
 * a contact field emptied as null. The name is sent even when empty, so that the API says what it needs.
 */
export function organisationEdit(base: OrganisationFormValues, values: OrganisationFormValues): OrganisationEdit {
  const edit: { -readonly [K in keyof OrganisationEdit]: OrganisationEdit[K] } = {};
  if (values.name.trim() !== base.name.trim()) edit.name = values.name.trim();
  for (const field of ['website', 'phone', 'email'] as const) {
    const value = values[field].trim();
    if (value !== base[field].trim()) edit[field] = value === '' ? null : value;
  }
  if (values.defaultLanguage !== base.defaultLanguage) edit.defaultLanguage = values.defaultLanguage;
  // Checked before sending (see retentionDays): a value that is not a number is left for the form to point out.
  const days = retentionDays(values.requestRetentionDays);
  if (values.requestRetentionDays.trim() !== base.requestRetentionDays.trim() && days !== null) edit.requestRetentionDays = days;
  return edit;
}
