import type { Translate } from '@groupfinder/translations';
import { administersOrganisation, administersUnit, type MembershipScope } from '../../auth/access';
import type { SelectOption } from '../../ui/SelectField';
import type { NamedOption } from './useGroupFormOptions';

/**
 * The units a group may be placed in by this viewer (the API refuses others): the organisation
 * itself ('') for its admins, and the units they administer. `stored` is where the group is now
 * ('' the organisation itself; null for a new group): it stays offered, so that an editor can keep it.
 */
export function unitOptions(
  t: Translate,
  memberships: readonly MembershipScope[],
  organisationId: string,
  units: readonly NamedOption[],
  stored: string | null,
): SelectOption[] {
  const itself = administersOrganisation(memberships, organisationId) || stored === '' ? [{ value: '', label: t('dashboard.groupEditor.unitId.none') }] : [];
  const placeable = units.filter((unit) => unit.id === stored || administersUnit(memberships, { id: unit.id, organisationId }));
  return [...itself, ...placeable.map(({ id, name }) => ({ value: id, label: name }))];
}
