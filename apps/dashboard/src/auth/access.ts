import type { Role } from '@groupfinder/domain';

/** The parts of a membership that say what it lets its holder administer. */
export interface MembershipScope {
  readonly role: Role;
  readonly organisation?: { readonly id: string } | null | undefined;
  readonly unit?: { readonly id: string } | null | undefined;
}

/**
 * Whether the viewer administers an organisation: platform admins do every one. The API checks
 * again; this only decides which parts of a page to show.
 */
export function administersOrganisation(memberships: readonly MembershipScope[], organisationId: string): boolean {
  return memberships.some(
    ({ role, organisation }) => role === 'PLATFORM_ADMIN' || (role === 'ORGANISATION_ADMIN' && organisation?.id === organisationId),
  );
}

/** Whether the viewer administers a unit: its own admins, and whoever administers its organisation. */
export function administersUnit(memberships: readonly MembershipScope[], unit: { readonly id: string; readonly organisationId: string }): boolean {
  return (
    administersOrganisation(memberships, unit.organisationId) ||
    memberships.some(({ role, unit: scope }) => role === 'UNIT_ADMIN' && scope?.id === unit.id)
  );
}
