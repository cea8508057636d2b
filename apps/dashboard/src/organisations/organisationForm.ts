import type { Language, UpdateOrganisationInput } from '../gql/graphql';

/** An organisation's details as its form holds them: what is not given is an empty field. */
export interface OrganisationFormValues {
  readonly name: string;
  readonly website: string;
  readonly phone: string;
  readonly email: string;
  readonly defaultLanguage: Language;
}

export const ORGANISATION_FIELDS = ['name', 'website', 'phone', 'email', 'defaultLanguage'] as const satisfies readonly (keyof OrganisationFormValues)[];
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];

export function organisationFormValues(organisation: {
  readonly name: string;
  readonly website?: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly defaultLanguage: Language;
}): OrganisationFormValues {
  return {
    name: organisation.name,
    website: organisation.website ?? '',
    phone: organisation.phone ?? '',
    email: organisation.email ?? '',
    defaultLanguage: organisation.defaultLanguage,
  };
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
  return edit;
}
