import type { Role } from '@groupfinder/domain';
import { useState } from 'react';
import { useLocale } from '../i18n/useLocale';
import { SelectField } from '../ui/SelectField';
import { invitableRoles, invitationNeeds, invitationScope, type InvitationPlace } from './invitation';
import type { Choice } from './InviteForm';

/** The role chosen in a form that gives one here (an invitation or a grant), with the unit or group it needs. */
export function useRoleScope(place: InvitationPlace) {
  const roles = invitableRoles(place);
  // The least of the roles offered first: the most powerful is chosen on purpose, not left standing.
  const [role, setRole] = useState<Role>(roles[roles.length - 1] ?? 'EDITOR');
  const [unitId, setUnitId] = useState('');
  const [groupId, setGroupId] = useState('');
  const needs = invitationNeeds(role, place);
  return {
    roles,
    role,
    setRole,
    unitId,
    setUnitId,
    groupId,
    setGroupId,
    needs,
    /** Which field the API's MEMBERSHIP_SCOPE_INVALID belongs at. */
    scopeField: needs.group ? 'groupId' : needs.unit ? 'unitId' : 'role',
    /** The role and the ids of its scope, as the API takes them. */
    input: () => ({ role, ...invitationScope({ role, unitId, groupId }, place) }),
  };
}

export interface RoleScopeFieldsProps {
  readonly choice: ReturnType<typeof useRoleScope>;
  readonly units: readonly Choice[];
  readonly groups: readonly Choice[];
  readonly fieldError: (name: string) => string | undefined;
}

/** The role select, and the unit or group select the chosen role needs. */
export function RoleScopeFields({ choice, units, groups, fieldError }: RoleScopeFieldsProps) {
  const { t } = useLocale();
  return (
    <>
      <SelectField
        label={t('dashboard.invite.role')}
        name="role"
        value={choice.role}
        options={choice.roles.map((value) => ({ value, label: t(`role.${value}`) }))}
        onChange={(value) => choice.setRole(choice.roles.find((candidate) => candidate === value) ?? choice.role)}
        error={fieldError('role')}
      />
      {choice.needs.unit ? (
        <SelectField
          label={t('dashboard.invite.unit')}
          name="unitId"
          required
          value={choice.unitId}
          placeholder={t('dashboard.invite.unit.choose')}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          onChange={choice.setUnitId}
          error={fieldError('unitId')}
        />
      ) : null}
      {choice.needs.group ? (
        <SelectField
          label={t('dashboard.invite.group')}
          name="groupId"
          required
          value={choice.groupId}
          placeholder={t('dashboard.invite.group.choose')}
          options={groups.map((group) => ({ value: group.id, label: group.name }))}
          onChange={choice.setGroupId}
          error={fieldError('groupId')}
        />
      ) : null}
    </>
  );
}
