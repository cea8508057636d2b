import type { Role } from '@groupfinder/domain';

/** Where an invitation is made: on an organisation's page, or on one of its units' pages. */
export type InvitationPlace = { readonly organisationId: string; readonly unitId?: undefined } | { readonly organisationId: string; readonly unitId: string };

/** The roles an admin can give from a page: a unit's page gives roles within that unit only. */
export function invitableRoles(place: InvitationPlace): readonly Role[] {
  return place.unitId ? ['UNIT_ADMIN', 'EDITOR'] : ['ORGANISATION_ADMIN', 'UNIT_ADMIN', 'EDITOR'];
}

/** What the form must ask besides the e-mail and the role: a unit admin's unit, an editor's group. */
export function invitationNeeds(role: Role, place: InvitationPlace): { readonly unit: boolean; readonly group: boolean } {
  return { unit: role === 'UNIT_ADMIN' && !place.unitId, group: role === 'EDITOR' };
}

/** What a form that gives a role asks: the role, and the unit or group it needs. */
export interface RoleChoices {
  readonly role: Role;
  /** Chosen in the form when the page is not a unit's. */
  readonly unitId: string;
  readonly groupId: string;
}

export interface InvitationChoices extends RoleChoices {
  readonly email: string;
}

/**
 * The scope of the role as the API's InviteUserInput and GrantRoleInput want it: each role names
 * exactly its scope (an organisation admin no unit; a unit admin its unit; an editor a group,
 * within the unit when given from one). Giving a role to a member follows the same rules.
 */
export function invitationScope(
  { role, unitId, groupId }: RoleChoices,
  place: InvitationPlace,
): { organisationId: string; unitId?: string; groupId?: string } {
  const unit = place.unitId ?? (unitId || undefined);
  switch (role) {
    case 'UNIT_ADMIN':
      return { organisationId: place.organisationId, ...(unit ? { unitId: unit } : {}) };
    case 'EDITOR':
      return { organisationId: place.organisationId, ...(place.unitId ? { unitId: place.unitId } : {}), ...(groupId ? { groupId } : {}) };
    default:
      return { organisationId: place.organisationId };
  }
}
