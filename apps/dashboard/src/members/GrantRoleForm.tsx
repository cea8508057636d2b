import { useMutation } from '@apollo/client/react';
import type { Role } from '@groupfinder/domain';
import { useState, type FormEvent } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useLocale } from '../i18n/useLocale';
import { FormAlert } from '../ui/FormAlert';
import { SelectField } from '../ui/SelectField';
import { useFormProblem } from '../ui/useFormProblem';
import { invitableRoles, invitationNeeds, invitationScope } from './invitation';
import type { InviteFormProps } from './InviteForm';

const GrantRoleFormFragment = graphql(`
  fragment GrantRoleForm_member on Member {
    id
    name
  }
`);

const GrantRoleMutation = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
      role
    }
  }
`);

export interface GrantRoleFormProps extends InviteFormProps {
  /** The people with a role here: one of them is given another. */
  readonly members: readonly FragmentType<typeof GrantRoleFormFragment>[];
}

/**
 * Gives a person who already has a role here another one, from the roles an invitation from this
 * page could give (the same choices of unit and group). With removing a role, this changes roles.
 */
export function GrantRoleForm({ members: memberRefs, place, units, groups, refetchQueries }: GrantRoleFormProps) {
  const { t } = useLocale();
  const members = memberRefs.map((member) => getFragmentData(GrantRoleFormFragment, member));
  const roles = invitableRoles(place);
  const [chosenUserId, setUserId] = useState('');
  const [role, setRole] = useState<Role>(roles[0] ?? 'EDITOR');
  const [unitId, setUnitId] = useState('');
  const [groupId, setGroupId] = useState('');
  const [given, setGiven] = useState<string | null>(null);
  const [grant, { loading }] = useMutation(GrantRoleMutation, { refetchQueries: [...refetchQueries], awaitRefetchQueries: true });
  // Somebody is always chosen: the first person until another is.
  const person = members.find((member) => member.id === chosenUserId) ?? members[0];
  const needs = invitationNeeds(role, place);
  const form = useFormProblem({
    fields: ['userId', 'role', 'unitId', 'groupId'],
    fieldsByCode: { MEMBERSHIP_SCOPE_INVALID: needs.group ? 'groupId' : needs.unit ? 'unitId' : 'role' },
  });

  if (!person) return null;

  async function onSubmit(event: FormEvent<HTMLFormElement>, userId: string, name: string) {
    event.preventDefault();
    if (loading) return;
    const scope = invitationScope({ role, unitId, groupId }, place);
    const { problem } = await form.send(() => grant({ variables: { input: { userId, role, ...scope } } }));
    setGiven(problem ? null : t('dashboard.grant.done', { person: name, role: t(`role.${role}`) }));
  }

  return (
    <form ref={form.formRef} className="form" onSubmit={(event) => void onSubmit(event, person.id, person.name)} noValidate>
      <div role="status">{given ? <p className="notice">{given}</p> : null}</div>
      <FormAlert form={form} />
      <SelectField
        label={t('dashboard.grant.person')}
        name="userId"
        value={person.id}
        options={members.map((member) => ({ value: member.id, label: member.name }))}
        onChange={setUserId}
        error={form.fieldError('userId')}
      />
      <SelectField
        label={t('dashboard.invite.role')}
        name="role"
        value={role}
        options={roles.map((value) => ({ value, label: t(`role.${value}`) }))}
        onChange={(value) => setRole(roles.find((candidate) => candidate === value) ?? role)}
        error={form.fieldError('role')}
      />
      {needs.unit ? (
        <SelectField
          label={t('dashboard.invite.unit')}
          name="unitId"
          required
          value={unitId}
          placeholder={t('dashboard.invite.unit.choose')}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          onChange={setUnitId}
          error={form.fieldError('unitId')}
        />
      ) : null}
      {needs.group ? (
        <SelectField
          label={t('dashboard.invite.group')}
          name="groupId"
          required
          value={groupId}
          placeholder={t('dashboard.invite.group.choose')}
          options={groups.map((group) => ({ value: group.id, label: group.name }))}
          onChange={setGroupId}
          error={form.fieldError('groupId')}
        />
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button">
          {t('dashboard.grant.submit')}
        </button>
      </div>
    </form>
  );
}
