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

/** The roles that edit groups, each within its scope (an editor: the groups assigned to them). */
const GROUP_EDITING_ROLES: readonly Role[] = ['PLATFORM_ADMIN', 'ORGANISATION_ADMIN', 'UNIT_ADMIN', 'EDITOR'];

/** Whether the viewer edits groups anywhere; which ones of an organisation, the API's editableGroups says. */
export function editsGroups(memberships: readonly MembershipScope[]): boolean {
  return memberships.some(({ role }) => GROUP_EDITING_ROLES.includes(role));
}

/** Whether the viewer may add groups to an organisation: its admins and the admins of one of its units. */
export function createsGroupsIn(memberships: readonly MembershipScope[], organisation: { readonly id: string; readonly unitIds: readonly string[] }): boolean {
  return organisation.unitIds.some((id) => administersUnit(memberships, { id, organisationId: organisation.id })) || administersOrganisation(memberships, organisation.id);
}

/** Whether the viewer administers a group (and so may revert its changes): the admins of its unit or organisation. */
export function administersGroup(memberships: readonly MembershipScope[], group: { readonly organisationId: string; readonly unitId: string | null }): boolean {
  return group.unitId ? administersUnit(memberships, { id: group.unitId, organisationId: group.organisationId }) : administersOrganisation(memberships, group.organisationId);
}

/** The roles that edit embeds: municipality editors (their municipalities'), platform admins (all). */
const EMBED_EDITING_ROLES: readonly Role[] = ['PLATFORM_ADMIN', 'MUNICIPALITY_EDITOR'];

/** Whether the viewer edits embeds anywhere: the banner links to them. Which municipalities, the API's embedMunicipalities says. */
export function editsEmbeds(memberships: readonly MembershipScope[]): boolean {
  return memberships.some(({ role }) => EMBED_EDITING_ROLES.includes(role));
}

/**
 * Where signing in leads when no page asked for it: the embeds for someone who only edits
 * embeds (a municipality editor has no organisation to go to), the account page otherwise.
 */
export function homePage(memberships: readonly Pick<MembershipScope, 'role'>[]): 'embeds' | 'account' {
  return memberships.length > 0 && memberships.every(({ role }) => role === 'MUNICIPALITY_EDITOR') ? 'embeds' : 'account';
}

/**
 * Whether the viewer works a group's queue of requests to join: the admins of its organisation or
 * its unit, as the API decides (QueueService), not platform admins: who asked is health information,
 * kept to the group's own people.
 */
export function worksQueueOf(memberships: readonly MembershipScope[], group: { readonly organisationId: string; readonly unitId: string | null }): boolean {
  return memberships.some(
    ({ role, organisation, unit }) =>
      (role === 'ORGANISATION_ADMIN' && organisation?.id === group.organisationId) || (role === 'UNIT_ADMIN' && group.unitId !== null && unit?.id === group.unitId),
  );
}
